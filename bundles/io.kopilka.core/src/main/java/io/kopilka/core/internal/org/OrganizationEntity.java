package io.kopilka.core.internal.org;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import io.kopilka.api.org.Organization;

/** Table {@code organization}. */
@Entity
@Table(name = "organization")
public class OrganizationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "name")
    public String name;

    @Column(name = "created_at")
    public Instant createdAt;

    public Organization toApi() {
        return new Organization(id, name, createdAt);
    }
}
