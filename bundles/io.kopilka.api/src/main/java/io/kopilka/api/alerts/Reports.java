package io.kopilka.api.alerts;

import java.time.Instant;
import java.time.LocalDate;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Sales reports from POS events and the receipts Kopilka booked, over a period {@code [from, to)}.
 *
 * <p>Sources, per venue: when the venue's POS reported at least one {@code RECEIPT_CLOSED} event in the period, its
 * takings, receipts, sales by hour and discounts come from its POS events ({@code RECEIPT_CLOSED} amounts less
 * {@code RECEIPT_DELETED} ones; discounts added less removed, loyalty discounts included); otherwise (a POS without an
 * event feed) from the receipts Kopilka booked (paid after discounts, less refunds; cancelled receipts not counted).
 * Deletions ({@code DISH_REMOVED_SAVED}, {@code RECEIPT_DELETED}) always come from POS events, bonuses always from
 * Kopilka's receipts (accrued and redeemed, less what their refunds clawed back and gave back). A report of every
 * venue adds up each venue's figures.
 *
 * <p>Local times (the day, the hours) are in the venues' time zone: the {@code zone} of the receipt processing
 * configuration ({@code io.kopilka.processing}), Europe/Moscow by default.
 *
 * <p>A shift-close report, sent to staff chats with shift reports when a {@code SHIFT_CLOSED} event is stored, covers
 * the venue's previous {@code SHIFT_CLOSED} event up to this one; the first close Kopilka hears of covers the 24 hours
 * before it.
 */
@ProviderType
public interface Reports {

    /**
     * A calendar day in the venues' time zone, of one venue or all ({@code null}).
     *
     * @throws io.kopilka.api.NotFoundException naming {@code venue} for a venue of another organization or none
     */
    SalesReport day(long organizationId, Long venueId, LocalDate date);

    /** @throws io.kopilka.api.InvalidInputException naming {@code to} unless it is after {@code from}, within 366 days */
    SalesReport period(long organizationId, Long venueId, Instant from, Instant to);

    /** The report as a chat message (Russian, money as {@code 1 234,50 ₽}). */
    String text(SalesReport report);
}
