package io.kopilka.core.internal.ledger;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import javax.persistence.EntityManager;

import io.kopilka.api.ConflictException;
import io.kopilka.api.account.AccountType;
import io.kopilka.api.account.LotMovement;
import io.kopilka.api.account.OperationRequest;
import io.kopilka.api.account.OperationType;
import io.kopilka.core.internal.text.Texts;

/**
 * Applies one manual operation inside a transaction: locks the account, answers a replayed idempotency key with the
 * first entry, checks the balance rules, and writes one balanced entry with its postings and lot movements.
 */
final class Operations {

    private final LedgerWriter writer;

    Operations(LedgerWriter writer) {
        this.writer = writer;
    }

    /** The entry written, or the first entry of a replayed key ({@code replayed} set). */
    Applied apply(EntityManager em, long organizationId, long guestId, OperationRequest r, String author, Instant now) {
        AccountType accountType = r.type().account();
        AccountEntity account = writer.lock(em, guestId, accountType);
        String hash = Fingerprint.of(guestId, r.type(), r.amount(), r.reason(), r.comment(), r.activatesAt(),
                r.expiresAt());
        EntryEntity earlier = Replays.find(em, organizationId, r.idempotencyKey(), hash);
        if (earlier != null) {
            return new Applied(earlier, true);
        }
        long delta = delta(r.type(), r.amount());
        checkLimits(account, accountType, delta);
        List<LotMovement> debits = accountType == AccountType.BONUS && delta < 0
                ? LotAllocator.consume(writer.openLots(em, account.id), -delta, now)
                : List.of();

        EntryEntity entry = new EntryEntity();
        entry.organizationId = organizationId;
        entry.guestId = guestId;
        entry.entryType = r.type().name();
        entry.accountType = accountType.name();
        entry.amount = delta;
        entry.balanceAfter = account.balance + delta;
        entry.reason = Texts.optional(r.reason(), "reason", 500);
        entry.comment = Texts.optional(r.comment(), "comment", 2000);
        entry.author = author;
        entry.idempotencyKey = r.idempotencyKey();
        entry.requestHash = hash;
        entry.createdAt = now;
        writer.open(em, entry);

        writer.post(em, entry, account, delta);
        writer.postSystem(em, entry, SystemAccounts.counterOf(r.type()), -delta);
        if (accountType == AccountType.BONUS) {
            if (delta > 0) {
                Instant activates = Objects.requireNonNullElse(r.activatesAt(), now);
                writer.creditLot(em, entry, account, delta, activates, r.expiresAt());
            } else {
                writer.applyMovements(em, entry, debits);
            }
        }
        return new Applied(entry, false);
    }

    static long delta(OperationType type, long amount) {
        return switch (type) {
            case ACCRUE, DEPOSIT_TOPUP, CREDIT_SETTLE, ADJUST -> amount;
            case REDEEM, DEPOSIT_SPEND, CREDIT_SPEND -> -amount;
            default -> throw new IllegalArgumentException(type + " is not a manual operation");
        };
    }

    /** Deposit never below zero; credit between minus the limit and zero. Bonus is checked lot by lot. */
    static void checkLimits(AccountEntity account, AccountType type, long delta) {
        long after = account.balance + delta;
        if (type == AccountType.DEPOSIT && after < 0) {
            throw new ConflictException(ConflictException.REASON_INSUFFICIENT_BALANCE, "amount",
                    "insufficient deposit: " + account.balance + " available, " + -delta + " requested (minor units)");
        }
        if (type == AccountType.CREDIT && after < -account.creditLimit) {
            throw new ConflictException(ConflictException.REASON_INSUFFICIENT_BALANCE, "amount",
                    "credit limit exceeded: " + (account.creditLimit + account.balance) + " available (minor units)");
        }
        if (type == AccountType.CREDIT && after > 0) {
            throw new ConflictException(ConflictException.REASON_INSUFFICIENT_BALANCE, "amount",
                    "settles more than is owed: " + -account.balance + " owed (minor units)");
        }
    }

    /** An entry and whether it was replayed. */
    record Applied(EntryEntity entry, boolean replayed) {
    }
}
