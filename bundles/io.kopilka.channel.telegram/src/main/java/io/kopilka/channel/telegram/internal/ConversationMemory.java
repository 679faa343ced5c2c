package io.kopilka.channel.telegram.internal;

import java.time.Clock;

import io.kopilka.channel.telegram.internal.bot.ChatStates;
import org.osgi.service.component.annotations.Component;

/**
 * Keeps the bot's half-finished dialogues for as long as the bundle runs: the bot component is re-created whenever
 * its configuration changes or a Kopilka service it uses comes back, and a guest between sharing the phone and
 * consenting should not notice.
 */
@Component(service = ConversationMemory.class, immediate = true)
public class ConversationMemory {

    private final ChatStates states = new ChatStates(Clock.systemUTC());

    public ChatStates states() {
        return states;
    }
}
