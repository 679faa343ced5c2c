package io.kopilka.channel.telegram.internal.bot;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import io.kopilka.api.NotFoundException;
import io.kopilka.api.alerts.Reports;
import io.kopilka.api.alerts.StaffChat;
import io.kopilka.api.alerts.StaffChats;
import io.kopilka.api.org.Venue;
import io.kopilka.channel.telegram.internal.api.IncomingMessage;

/**
 * The owner's and staff's commands, in private chats and groups: {@code /alerts <code>} joins the chat to owner
 * alerts with a manager's invitation code; {@code /report [YYYY-MM-DD] [venue code]} answers a joined chat with the
 * day's sales report (today by default; a chat that follows one venue gets that venue's only).
 */
final class StaffCommands {

    private final Platform platform;
    private final ZoneId zone;

    StaffCommands(Platform platform, ZoneId zone) {
        this.platform = platform;
        this.zone = zone;
    }

    void alerts(IncomingMessage message, List<String> args, Replies replies) {
        Optional<StaffChats> chats = platform.staffChats();
        if (chats.isEmpty()) {
            replies.text(Texts.ALERTS_OFF);
            return;
        }
        if (args.size() != 1 || args.get(0).length() > 64) {
            replies.text(Texts.ALERTS_USAGE);
            return;
        }
        StaffChat joined;
        try {
            joined = chats.get().join(platform.organizationId(), args.get(0), Platform.CHANNEL,
                    Long.toString(message.chatId()));
        } catch (NotFoundException e) {
            replies.text(Texts.ALERTS_BAD_CODE);
            return;
        }
        String text = joined.venueId() == null ? Texts.ALERTS_JOINED_ALL
                : String.format(Texts.ALERTS_JOINED_VENUE, platform.organizations().venue(joined.venueId())
                        .map(Venue::name).orElse(String.valueOf(joined.venueId())));
        replies.text(text + (joined.shiftReports() ? Texts.ALERTS_SHIFT_REPORTS : ""));
    }

    void report(IncomingMessage message, List<String> args, Replies replies) {
        Optional<StaffChats> chats = platform.staffChats();
        Optional<Reports> reports = platform.reports();
        long org = platform.organizationId();
        Optional<StaffChat> chat = chats.flatMap(c -> c.find(org, Platform.CHANNEL, Long.toString(message.chatId())));
        if (chat.isEmpty() || reports.isEmpty()) {
            replies.text(chats.isEmpty() || reports.isEmpty() ? Texts.ALERTS_OFF : Texts.REPORT_ONLY_STAFF);
            return;
        }
        Request request = request(chat.get(), args);
        replies.text(request.refusal() != null ? request.refusal()
                : reports.get().text(reports.get().day(org, request.venueId(), request.date())));
    }

    /** The day and venue a {@code /report} asks for, or why it cannot be answered. */
    private record Request(LocalDate date, Long venueId, String refusal) {

        static Request refused(String why) {
            return new Request(null, null, why);
        }
    }

    private Request request(StaffChat chat, List<String> args) {
        if (args.size() > 2) {
            return Request.refused(Texts.REPORT_USAGE);
        }
        LocalDate date = LocalDate.now(zone);
        Long venue = chat.venueId();
        for (String arg : args) {
            if (arg.matches("\\d{4}-\\d{2}-\\d{2}")) {
                try {
                    date = LocalDate.parse(arg);
                } catch (DateTimeParseException e) {
                    return Request.refused(Texts.REPORT_USAGE);
                }
                continue;
            }
            Optional<Venue> named = arg.length() > 64 ? Optional.empty()
                    : platform.organizations().venueByCode(platform.organizationId(), arg);
            if (named.isEmpty()) {
                return Request.refused(String.format(Texts.REPORT_UNKNOWN_VENUE,
                        arg.length() > 64 ? arg.substring(0, 64) + "…" : arg));
            }
            if (chat.venueId() != null && chat.venueId() != named.get().id()) {
                return Request.refused(Texts.REPORT_OTHER_VENUE);
            }
            venue = named.get().id();
        }
        return new Request(date, venue, null);
    }
}
