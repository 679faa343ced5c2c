package io.kopilka.channel.telegram.internal.bot;

import java.util.Optional;
import java.util.function.Supplier;

import io.kopilka.api.alerts.Reports;
import io.kopilka.api.alerts.StaffChats;
import io.kopilka.api.feedback.Reviews;
import io.kopilka.api.guest.GuestOverviews;
import io.kopilka.api.guest.GuestService;
import io.kopilka.api.messaging.GuestContacts;
import io.kopilka.api.messaging.Outbox;
import io.kopilka.api.messaging.Templates;
import io.kopilka.api.org.OrganizationService;

/**
 * The Kopilka services the bot works with, for one organization. Reviews, staff chats and reports may be missing (an
 * older core, alerts not installed): the bot then says so instead of failing.
 */
public record Platform(long organizationId, GuestService guests, GuestContacts contacts, GuestOverviews overviews,
        Templates templates, Outbox outbox, OrganizationService organizations, Supplier<Reviews> reviewService,
        Supplier<StaffChats> staffChatService, Supplier<Reports> reportService) {

    /** The channel id the bot links guests and staff chats under. */
    public static final String CHANNEL = "telegram";

    Optional<Reviews> reviews() {
        return Optional.ofNullable(reviewService.get());
    }

    Optional<StaffChats> staffChats() {
        return Optional.ofNullable(staffChatService.get());
    }

    Optional<Reports> reports() {
        return Optional.ofNullable(reportService.get());
    }
}
