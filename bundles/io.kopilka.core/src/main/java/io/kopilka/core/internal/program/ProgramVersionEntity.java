package io.kopilka.core.internal.program;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Lob;
import javax.persistence.Table;

/** Table {@code program_version}: one version of a program, never changed. */
@Entity
@Table(name = "program_version")
@IdClass(ProgramVersionEntity.Key.class)
public class ProgramVersionEntity {

    @Id
    @Column(name = "program_id")
    public long programId;

    @Id
    @Column(name = "version")
    public int version;

    @Lob
    @Column(name = "definition_json")
    public String definitionJson;

    @Column(name = "author")
    public String author;

    @Column(name = "created_at")
    public Instant createdAt;

    /** The primary key: program and version. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        public long programId;
        public int version;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.programId == programId && k.version == version;
        }

        @Override
        public int hashCode() {
            return Objects.hash(programId, version);
        }
    }
}
