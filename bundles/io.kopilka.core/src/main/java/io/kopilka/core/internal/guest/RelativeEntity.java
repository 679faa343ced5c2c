package io.kopilka.core.internal.guest;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** Table {@code guest_relative}: a relative of a guest, in the order the guest listed them. */
@Entity
@Table(name = "guest_relative")
public class RelativeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "guest_id")
    public long guestId;

    @Column(name = "position_no")
    public int position;

    @Column(name = "name")
    public String name;

    @Column(name = "relation")
    public String relation;

    @Column(name = "birth_date")
    public LocalDate birthDate;
}
