package io.kopilka.core.internal.security;

import java.time.Instant;

import javax.persistence.EntityManager;

/** Writes an audit row inside the caller's transaction, so that the action and its record commit together. */
public final class AuditWriter {

    private AuditWriter() {
    }

    public static void write(EntityManager em, Long organizationId, String actor, String action, String target,
            String details) {
        AuditEntity a = new AuditEntity();
        a.organizationId = organizationId;
        a.actor = clip(actor == null ? "system" : actor, 200);
        a.action = clip(action, 64);
        a.target = clip(target, 200);
        a.details = clip(details, 2000);
        a.at = Instant.now();
        em.persist(a);
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
