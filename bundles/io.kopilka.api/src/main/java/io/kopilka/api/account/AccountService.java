package io.kopilka.api.account;

import java.util.List;

import io.kopilka.api.Page;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The guest accounts and their ledger. Every change is one balanced journal entry written in one transaction with the
 * cached balances and lots it moves; concurrent operations on one account are serialised, so no balance is overspent.
 */
@ProviderType
public interface AccountService {

    /** The guest's accounts with balances as of now. */
    List<AccountBalance> balances(long organizationId, long guestId);

    /**
     * Applies a manual operation once per idempotency key.
     *
     * @throws io.kopilka.api.ConflictException on an insufficient balance or a reused key with a different request
     */
    OperationResult operate(long organizationId, long guestId, OperationRequest request, String author);

    /** Reverses an entry exactly with a new entry; a second storno of the same entry is a conflict. */
    OperationResult storno(long organizationId, long entryId, String idempotencyKey, String reason, String author);

    /** Entries of a guest, newest first; {@code account} filters by account type when not {@code null}. */
    Page<JournalEntry> history(long organizationId, long guestId, AccountType account, int page, int size);

    /** The guest's bonus lots with points left, soonest expiry first. */
    List<BonusLot> lots(long organizationId, long guestId);

    /** Sets how far a guest's credit account may go below zero. */
    AccountBalance setCreditLimit(long organizationId, long guestId, long limit, String author);

    /** Proves the ledger: every entry balanced, every cached balance and lot equal to its postings, no lot below zero. */
    LedgerCheckReport check();

    /** The same proof for one organization's entries, accounts and lots only. */
    LedgerCheckReport check(long organizationId);
}
