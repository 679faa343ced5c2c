package io.kopilka.core.internal.security;

import java.util.List;

import io.kopilka.api.security.AuditEntry;
import io.kopilka.api.security.AuditLog;
import io.kopilka.core.internal.db.Database;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The audit log service over table {@code audit_log}. */
@Component(service = AuditLog.class)
public class AuditLogImpl implements AuditLog {

    private final Database db;

    @Activate
    public AuditLogImpl(@Reference Database db) {
        this.db = db;
    }

    @Override
    public void record(Long organizationId, String actor, String action, String target, String details) {
        db.tx(em -> {
            AuditWriter.write(em, organizationId, actor, action, target, details);
            return null;
        });
    }

    @Override
    public List<AuditEntry> recent(long organizationId, int limit) {
        return db.read(em -> em.createQuery("SELECT a FROM AuditEntity a WHERE a.organizationId = :o ORDER BY a.id DESC",
                AuditEntity.class).setParameter("o", organizationId).setMaxResults(Math.max(1, Math.min(limit, 1000)))
                .getResultList().stream().map(AuditEntity::toApi).toList());
    }
}
