package io.kopilka.core.internal.org;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import io.kopilka.api.org.Terminal;

/** Table {@code terminal}. */
@Entity
@Table(name = "terminal")
public class TerminalEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "venue_id")
    public long venueId;

    @Column(name = "code")
    public String code;

    @Column(name = "name")
    public String name;

    public Terminal toApi() {
        return new Terminal(id, venueId, code, name);
    }
}
