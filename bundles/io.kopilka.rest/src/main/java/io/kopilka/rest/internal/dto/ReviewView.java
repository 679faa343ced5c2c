package io.kopilka.rest.internal.dto;

import java.math.BigDecimal;
import java.time.Instant;

import io.kopilka.api.Amounts;
import io.kopilka.api.feedback.Review;

/** A review as JSON, with the receipt's facts and its sum as a decimal. */
public record ReviewView(long id, long guestId, long receiptKey, String receiptId, long venueId, String venueName,
        Long terminalId, String cashier, Instant receiptTime, BigDecimal receiptSum, int score, String text,
        Instant createdAt, Instant updatedAt) {

    public static ReviewView of(Review r) {
        return new ReviewView(r.id(), r.guestId(), r.receiptKey(), r.receiptId(), r.venueId(), r.venueName(),
                r.terminalId(), r.cashier(), r.receiptTime(), Amounts.toDecimal(r.receiptSum()), r.score(), r.text(),
                r.createdAt(), r.updatedAt());
    }
}
