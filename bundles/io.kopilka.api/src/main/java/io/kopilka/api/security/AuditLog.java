package io.kopilka.api.security;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** The append-only log of administrative actions: who did what to what, when. */
@ProviderType
public interface AuditLog {

    void record(Long organizationId, String actor, String action, String target, String details);

    /** The newest entries first. */
    List<AuditEntry> recent(long organizationId, int limit);
}
