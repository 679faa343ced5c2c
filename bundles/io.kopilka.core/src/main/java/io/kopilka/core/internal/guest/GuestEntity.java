package io.kopilka.core.internal.guest;

import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** Table {@code guest}: the profile; relatives, consents and identifiers live in their own tables. */
@Entity
@Table(name = "guest")
public class GuestEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "organization_id")
    public long organizationId;

    @Column(name = "phone")
    public String phone;

    @Column(name = "name")
    public String name;

    /** Lower-case name for case-insensitive search. */
    @Column(name = "name_lower")
    public String nameLower;

    @Column(name = "gender")
    public String gender;

    @Column(name = "birth_date")
    public LocalDate birthDate;

    @Column(name = "email")
    public String email;

    @Column(name = "address")
    public String address;

    @Column(name = "comment_text")
    public String comment;

    @Column(name = "registration_channel")
    public String registrationChannel;

    @Column(name = "source")
    public String source;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
