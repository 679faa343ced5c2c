package io.kopilka.core.internal.engagement;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** Table {@code guest_contact}: an address on a channel where a guest is reached. */
@Entity
@Table(name = "guest_contact")
public class GuestContactEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "organization_id")
    public long organizationId;

    @Column(name = "guest_id")
    public long guestId;

    @Column(name = "channel")
    public String channel;

    @Column(name = "address")
    public String address;

    @Column(name = "notifications")
    public short notifications;

    @Column(name = "linked_at")
    public Instant linkedAt;
}
