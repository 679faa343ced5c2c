package io.kopilka.core.internal.guest;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** Table {@code guest_consent}: the history of consents given and withdrawn; the latest per type is in force. */
@Entity
@Table(name = "guest_consent")
public class ConsentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "guest_id")
    public long guestId;

    @Column(name = "consent_type")
    public String type;

    @Column(name = "granted")
    public short granted;

    @Column(name = "given_at")
    public Instant givenAt;

    @Column(name = "channel")
    public String channel;
}
