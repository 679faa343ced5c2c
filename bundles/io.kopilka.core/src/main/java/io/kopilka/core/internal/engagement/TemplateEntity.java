package io.kopilka.core.internal.engagement;

import java.io.Serializable;
import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** Table {@code message_template}: an organization's own text of one notice kind, and whether it is sent. */
@Entity
@Table(name = "message_template")
@IdClass(TemplateEntity.Key.class)
public class TemplateEntity {

    @Id
    @Column(name = "organization_id")
    public long organizationId;

    @Id
    @Column(name = "kind")
    public String kind;

    @Column(name = "body")
    public String text;

    @Column(name = "enabled")
    public short enabled;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** The primary key. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        public long organizationId;
        public String kind;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.organizationId == organizationId && k.kind.equals(kind);
        }

        @Override
        public int hashCode() {
            return Long.hashCode(organizationId) * 31 + kind.hashCode();
        }
    }
}
