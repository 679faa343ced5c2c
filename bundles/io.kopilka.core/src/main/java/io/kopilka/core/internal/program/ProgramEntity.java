package io.kopilka.core.internal.program;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;

/** Table {@code program}: the current version of a program; every version is also in {@code program_version}. */
@Entity
@Table(name = "program")
public class ProgramEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "organization_id")
    public long organizationId;

    @Column(name = "mechanic")
    public String mechanic;

    @Column(name = "name")
    public String name;

    @Column(name = "current_version")
    public int version;

    @Column(name = "active")
    public short active;

    @Lob
    @Column(name = "definition_json")
    public String definitionJson;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
