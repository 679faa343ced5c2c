package io.kopilka.api.alerts;

import java.time.Instant;
import java.time.LocalDate;

import org.osgi.annotation.versioning.ProviderType;

/** Sales reports from POS events and the receipts Kopilka booked. */
@ProviderType
public interface Reports {

    /** A calendar day in the organization's time zone, of one venue or all ({@code null}). */
    SalesReport day(long organizationId, Long venueId, LocalDate date);

    SalesReport period(long organizationId, Long venueId, Instant from, Instant to);

    /** The report as a chat message. */
    String text(SalesReport report);
}
