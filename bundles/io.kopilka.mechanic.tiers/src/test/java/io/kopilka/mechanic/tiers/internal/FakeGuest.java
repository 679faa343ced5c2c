package io.kopilka.mechanic.tiers.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.kopilka.api.mechanic.GuestFacts;

/** A guest with a purchase history, answering spend questions the way the core does (sums of committed receipts). */
final class FakeGuest implements GuestFacts {

    private final List<Purchase> purchases = new ArrayList<>();
    private final List<Instant> askedSince = new ArrayList<>();

    FakeGuest bought(Instant time, long amount) {
        purchases.add(new Purchase(time, amount));
        return this;
    }

    /** The moments {@link #spentSince} was asked about, in order. */
    List<Instant> askedSince() {
        return askedSince;
    }

    @Override
    public long guestId() {
        return 42;
    }

    @Override
    public long purchases() {
        return purchases.size();
    }

    @Override
    public long totalSpent() {
        return purchases.stream().mapToLong(Purchase::amount).sum();
    }

    @Override
    public long spentSince(Instant from) {
        askedSince.add(from);
        return purchases.stream().filter(p -> !p.time().isBefore(from)).mapToLong(Purchase::amount).sum();
    }

    @Override
    public Instant lastPurchase() {
        return purchases.stream().map(Purchase::time).max(Instant::compareTo).orElse(null);
    }

    @Override
    public LocalDate birthDate() {
        return null;
    }

    private record Purchase(Instant time, long amount) {
    }
}
