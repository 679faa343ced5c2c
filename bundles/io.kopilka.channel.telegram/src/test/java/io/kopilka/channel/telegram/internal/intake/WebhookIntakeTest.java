package io.kopilka.channel.telegram.internal.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.kopilka.channel.telegram.internal.api.Samples;
import io.kopilka.channel.telegram.internal.intake.WebhookIntake.Result;
import org.junit.jupiter.api.Test;

/** The webhook takes updates only with the bot's key and secret, and each once. */
class WebhookIntakeTest {

    private static final String SECRET = "webhook-secret-of-the-bot_42";
    private final List<Long> handled = new CopyOnWriteArrayList<>();
    private final WebhookIntake webhook = new WebhookIntake("4242", SECRET,
            new UpdateIntake(new HandledUpdates(null), u -> handled.add(u.id())));

    private static byte[] body(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theSecretIsChecked() {
        byte[] update = body(Samples.text(1, 5551, "/start"));
        assertEquals(Result.UNAUTHORIZED, webhook.receive("4242", null, update));
        assertEquals(Result.UNAUTHORIZED, webhook.receive("4242", "", update));
        assertEquals(Result.FORBIDDEN, webhook.receive("4242", SECRET + "x", update));
        assertEquals(Result.FORBIDDEN, webhook.receive("4242", "webhook-secret-of-the-bot_43", update));
        assertEquals(Result.NOT_FOUND, webhook.receive("4243", SECRET, update));
        assertEquals(List.of(), handled);
        assertEquals(Result.OK, webhook.receive("4242", SECRET, update));
        assertEquals(List.of(1L), handled);
    }

    @Test
    void aRepeatedUpdateIsAcknowledgedButHandledOnce() {
        byte[] update = body(Samples.callback(5, 5551, "review:77:4"));
        assertEquals(Result.OK, webhook.receive("4242", SECRET, update));
        assertEquals(Result.OK, webhook.receive("4242", SECRET, update));
        assertEquals(List.of(5L), handled);
    }

    @Test
    void whatIsNotAnUpdateIsABadRequest() {
        assertEquals(Result.BAD_REQUEST, webhook.receive("4242", SECRET, body("{not json")));
        assertEquals(Result.BAD_REQUEST, webhook.receive("4242", SECRET, body("{\"message\":{}}")));
        assertEquals(Result.BAD_REQUEST, webhook.receive("4242", SECRET, body("")));
        assertEquals(Result.BAD_REQUEST, webhook.receive("4242", SECRET, body("[1,2]")));
    }

    @Test
    void aFailureAsksTelegramToSendItAgain() {
        WebhookIntake failing = new WebhookIntake("4242", SECRET, new UpdateIntake(new HandledUpdates(null), u -> {
            throw new IllegalStateException("database down");
        }));
        assertEquals(503, failing.receive("4242", SECRET, body(Samples.text(9, 1, "x"))).status());
    }
}
