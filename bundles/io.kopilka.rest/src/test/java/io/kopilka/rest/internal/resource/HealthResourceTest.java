package io.kopilka.rest.internal.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;

import io.kopilka.api.Health;
import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.ComponentServiceObjects;

class HealthResourceTest {

    private static final Health.Report UP = new Health.Report(true, "Apache Derby", 8);

    @Test
    void aHealthServiceThatFailedToActivateIsAskedAgainOnTheNextCheck() {
        Objects objects = new Objects();
        objects.answers.add(() -> null);
        objects.answers.add(() -> () -> UP);

        assertNull(HealthResource.check(objects), "the failed activation reads as not running");
        assertEquals(UP, HealthResource.check(objects), "the next check activates it again");
        assertEquals(1, objects.released, "the service taken for a check is released after it");
    }

    @Test
    void aHealthServiceUnboundDuringTheCheckReadsAsNotRunning() {
        Objects objects = new Objects();
        objects.answers.add(() -> {
            throw new IllegalStateException("unbound");
        });

        assertNull(HealthResource.check(objects));
        assertNull(HealthResource.check(null), "no health service at all");
    }

    /** Component service objects that answer each getService with the next of {@link #answers}. */
    private static final class Objects implements ComponentServiceObjects<Health> {
        final Deque<Supplier<Health>> answers = new ArrayDeque<>();
        int released;

        @Override
        public Health getService() {
            return answers.removeFirst().get();
        }

        @Override
        public void ungetService(Health service) {
            released++;
        }

        @Override
        public ServiceReference<Health> getServiceReference() {
            throw new UnsupportedOperationException();
        }
    }
}
