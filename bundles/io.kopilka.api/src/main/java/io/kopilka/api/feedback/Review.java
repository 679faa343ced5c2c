package io.kopilka.api.feedback;

import java.time.Instant;

/**
 * A guest's review of one visit, with the receipt's facts.
 *
 * @param receiptKey Kopilka's id of the receipt ({@code CommitResult.receiptKey})
 * @param receiptId the POS's id of the receipt
 * @param receiptSum the receipt's total in minor units
 * @param score 1 to 5
 * @param text the guest's words; {@code null} until written
 */
public record Review(long id, long organizationId, long guestId, long receiptKey, String receiptId, long venueId,
        String venueName, Long terminalId, String cashier, Instant receiptTime, long receiptSum, int score,
        String text, Instant createdAt, Instant updatedAt) {
}
