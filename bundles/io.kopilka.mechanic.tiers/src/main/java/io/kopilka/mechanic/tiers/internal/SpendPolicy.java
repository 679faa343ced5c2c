package io.kopilka.mechanic.tiers.internal;

import java.time.Instant;
import java.time.ZonedDateTime;

import io.kopilka.api.mechanic.GuestFacts;

/**
 * Which money counts toward a guest's level: all they ever spent or what they spent in the last {@code windowDays}
 * calendar days of the venue's zone before the receipt, and whether the receipt itself counts. Past spend below zero
 * (refunds in the window of purchases made before it) counts as zero.
 */
record SpendPolicy(SpendBasis basis, long windowDays, boolean includeCurrentReceipt) {

    /**
     * The minor units that count toward the guest's level on a receipt.
     *
     * @param receiptTime the receipt's time in the venue's zone
     * @param receiptNet the receipt's own amount (what is left of this program's lines after earlier discounts)
     */
    long spend(GuestFacts guest, ZonedDateTime receiptTime, long receiptNet) {
        long before = basis == SpendBasis.WINDOW ? guest.spentSince(windowStart(receiptTime)) : guest.totalSpent();
        long past = Math.max(0, before);
        return includeCurrentReceipt ? Math.addExact(past, receiptNet) : past;
    }

    /** The moment from which purchases count for the WINDOW basis. */
    Instant windowStart(ZonedDateTime receiptTime) {
        return receiptTime.minusDays(windowDays).toInstant();
    }
}
