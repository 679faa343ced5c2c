package io.kopilka.rest.internal.dto;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.kopilka.api.InvalidInputException;
import io.kopilka.api.messaging.WebhookEvent;

/** A webhook subscription to create: the URL and the events, by name. */
public record WebhookBody(String url, List<String> events) {

    /** The events, each checked. */
    public Set<WebhookEvent> eventSet() {
        if (events == null || events.isEmpty()) {
            throw new InvalidInputException("events", "name at least one of " + List.of(WebhookEvent.values()));
        }
        Set<WebhookEvent> set = EnumSet.noneOf(WebhookEvent.class);
        for (String e : events) {
            set.add(Params.enumOrFail(WebhookEvent.class, e, "events"));
        }
        return set;
    }
}
