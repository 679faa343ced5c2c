package io.kopilka.core.internal.org;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import io.kopilka.api.org.Venue;

/** Table {@code venue}. */
@Entity
@Table(name = "venue")
public class VenueEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "organization_id")
    public long organizationId;

    @Column(name = "code")
    public String code;

    @Column(name = "name")
    public String name;

    public Venue toApi() {
        return new Venue(id, organizationId, code, name);
    }
}
