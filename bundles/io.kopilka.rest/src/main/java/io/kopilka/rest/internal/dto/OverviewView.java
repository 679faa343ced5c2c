package io.kopilka.rest.internal.dto;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.kopilka.api.Amounts;
import io.kopilka.api.guest.GuestOverview;

/** A guest's overview as JSON, amounts as decimals. */
public record OverviewView(long guestId, String name, String card, BigDecimal bonusAvailable, BigDecimal bonusPending,
        BigDecimal deposit, List<Expiring> expiring, String tier, String nextTier, BigDecimal remainingToNext,
        List<Purchase> lastPurchases) {

    /** Points expiring at a moment. */
    public record Expiring(BigDecimal amount, Instant at) {
    }

    /** One of the last purchases. */
    public record Purchase(long receiptKey, Instant at, String venueName, BigDecimal sum, BigDecimal accrued,
            BigDecimal redeemed) {
    }

    public static OverviewView of(GuestOverview o) {
        return new OverviewView(o.guestId(), o.name(), o.card(), Amounts.toDecimal(o.bonusAvailable()),
                Amounts.toDecimal(o.bonusPending()), Amounts.toDecimal(o.deposit()),
                o.expiring().stream().map(e -> new Expiring(Amounts.toDecimal(e.amount()), e.at())).toList(),
                o.tier(), o.nextTier(), Amounts.toDecimal(o.remainingToNext()),
                o.lastPurchases().stream().map(p -> new Purchase(p.receiptKey(), p.at(), p.venueName(),
                        Amounts.toDecimal(p.sum()), Amounts.toDecimal(p.accrued()), Amounts.toDecimal(p.redeemed())))
                        .toList());
    }
}
