package io.kopilka.core.internal.ledger;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** Table {@code account}: a guest's account (balance cached, changed only with its postings) or a system account
 * (balance not cached: the sum of its postings). */
@Entity
@Table(name = "account")
public class AccountEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "organization_id")
    public long organizationId;

    @Column(name = "guest_id")
    public Long guestId;

    /** BONUS, DEPOSIT, CREDIT or SYSTEM. */
    @Column(name = "account_type")
    public String accountType;

    /** {@code guest:<id>:<TYPE>} or {@code system:<CODE>}; unique in the organization. */
    @Column(name = "code")
    public String code;

    @Column(name = "balance")
    public long balance;

    @Column(name = "credit_limit")
    public long creditLimit;
}
