package io.kopilka.channel.telegram.internal.intake;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.kopilka.channel.telegram.internal.api.BotApi;
import io.kopilka.channel.telegram.internal.api.BotApiException;
import io.kopilka.channel.telegram.internal.api.Update;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Long polling on a thread of its own: removes a webhook if one is set, then asks {@code getUpdates} from the offset
 * after the newest handled update, waiting up to the poll timeout; the offset moves past an update only once it has
 * been handled (or dropped), and an update to be tried again is asked for again after a pause. Failures back off
 * from 1 s to a minute. {@link #stop} ends the wait of a poll at once but lets an update being handled finish.
 */
public final class Poller {

    static final long MAX_BACKOFF_MS = 60_000;
    private static final Logger LOG = LoggerFactory.getLogger(Poller.class);

    private final BotApi api;
    private final UpdateIntake intake;
    private final int timeoutSeconds;
    private final CountDownLatch stopping = new CountDownLatch(1);
    private final Thread thread;
    private volatile Future<List<Update>> poll;

    public Poller(BotApi api, UpdateIntake intake, int timeoutSeconds) {
        this.api = api;
        this.intake = intake;
        this.timeoutSeconds = Math.max(1, Math.min(timeoutSeconds, 600));
        this.thread = new Thread(this::run, "kopilka-telegram-poll");
        thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    public void stop() {
        stopping.countDown();
        Future<List<Update>> current = poll;
        if (current != null) {
            current.cancel(true);
        }
        try {
            thread.join(15_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean running() {
        return stopping.getCount() > 0;
    }

    private void run() {
        int failures = 0;
        boolean webhookRemoved = false;
        long offset = intake.nextOffset();
        while (running()) {
            try {
                if (!webhookRemoved) {
                    api.deleteWebhook();
                    webhookRemoved = true;
                }
                poll = api.getUpdates(offset, timeoutSeconds);
                List<Update> updates = await();
                failures = 0;
                offset = handle(updates, offset);
            } catch (BotApiException e) {
                failures++;
                webhookRemoved &= !(e.errorCode() == 409 && String.valueOf(e.getMessage()).contains("webhook"));
                LOG.warn("Telegram getUpdates failed ({} {}); try {} again after a pause", e.errorCode(),
                        e.getMessage(), failures);
                pause(Math.min(MAX_BACKOFF_MS, 1000L << Math.min(failures - 1, 6)));
            } catch (CancellationException | StoppedException e) {
                LOG.debug("Telegram poll cancelled");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The poll's updates; a failure after {@link #stop} is the stop's doing, not Telegram's. */
    private List<Update> await() throws BotApiException, InterruptedException {
        try {
            return api.await(poll);
        } catch (BotApiException e) {
            if (!running()) {
                throw new StoppedException();
            }
            throw e;
        }
    }

    /** The poll was ended by {@link #stop}. */
    private static final class StoppedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StoppedException() {
            super(null, null, false, false);
        }
    }

    /** Hands the updates over in order; returns the offset to poll from next. */
    private long handle(List<Update> updates, long offset) {
        long next = offset;
        for (Update update : updates) {
            if (!running()) {
                break;
            }
            if (intake.accept(update) == UpdateIntake.Outcome.RETRY) {
                pause(1000);
                break;
            }
            next = Math.max(next, update.id() + 1);
        }
        return next;
    }

    private void pause(long millis) {
        try {
            stopping.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
