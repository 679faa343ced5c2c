package io.kopilka.core.internal.alerts;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import io.kopilka.api.alerts.StaffChat;

/** Table {@code staff_chat}: a chat receiving alerts, once per organization, channel and address. */
@Entity
@Table(name = "staff_chat")
public class StaffChatEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "organization_id")
    public long organizationId;

    @Column(name = "channel")
    public String channel;

    @Column(name = "address")
    public String address;

    @Column(name = "venue_id")
    public Long venueId;

    /** The kinds, comma separated; empty for all. */
    @Column(name = "kinds")
    public String kinds;

    @Column(name = "shift_reports")
    public short shiftReports;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public StaffChat toApi() {
        return new StaffChat(id, organizationId, channel, address, venueId, AlertKinds.parse(kinds),
                shiftReports != 0, createdAt);
    }
}
