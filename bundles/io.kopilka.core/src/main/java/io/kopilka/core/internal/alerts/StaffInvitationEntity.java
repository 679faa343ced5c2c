package io.kopilka.core.internal.alerts;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** Table {@code staff_chat_invitation}: a one-time code (stored as its SHA-256) and the settings it grants. */
@Entity
@Table(name = "staff_chat_invitation")
public class StaffInvitationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "organization_id")
    public long organizationId;

    @Column(name = "code_hash")
    public String codeHash;

    @Column(name = "venue_id")
    public Long venueId;

    @Column(name = "kinds")
    public String kinds;

    @Column(name = "shift_reports")
    public short shiftReports;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "used_at")
    public Instant usedAt;

    /** The chat that used it, as {@code channel:address}. */
    @Column(name = "used_by")
    public String usedBy;
}
