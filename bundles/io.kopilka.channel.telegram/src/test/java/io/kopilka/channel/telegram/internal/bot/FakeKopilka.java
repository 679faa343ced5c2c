package io.kopilka.channel.telegram.internal.bot;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.kopilka.api.InvalidInputException;
import io.kopilka.api.NotFoundException;
import io.kopilka.api.Page;
import io.kopilka.api.alerts.Reports;
import io.kopilka.api.alerts.SalesReport;
import io.kopilka.api.alerts.StaffChat;
import io.kopilka.api.alerts.StaffChats;
import io.kopilka.api.feedback.Review;
import io.kopilka.api.feedback.Reviews;
import io.kopilka.api.guest.GuestOverview;
import io.kopilka.api.guest.GuestOverviews;
import io.kopilka.api.org.Organization;
import io.kopilka.api.org.OrganizationService;
import io.kopilka.api.org.Terminal;
import io.kopilka.api.org.Venue;

/** Overviews, reviews, staff chats, reports and venues in memory, for the conversation's tests. */
final class FakeKopilka {

    private FakeKopilka() {
    }

    /** Overviews as set by the test; a guest without one has card 1000000000000000001 and nothing else. */
    static final class Overviews implements GuestOverviews {
        final Map<Long, GuestOverview> overviews = new ConcurrentHashMap<>();

        @Override
        public GuestOverview of(long organizationId, long guestId, int purchases) {
            GuestOverview o = overviews.get(guestId);
            return o != null ? o : new GuestOverview(guestId, null, "1000000000000000001", 0, 0, 0, List.of(), null,
                    null, 0, List.of());
        }
    }

    /** Reviews of receipts the test says belong to a guest. */
    static final class FakeReviews implements Reviews {
        final Map<Long, Long> receiptGuest = new ConcurrentHashMap<>();
        final Map<Long, Review> reviews = new ConcurrentHashMap<>();

        @Override
        public Review rate(long organizationId, long guestId, long receiptKey, int score) {
            if (score < 1 || score > 5) {
                throw new InvalidInputException("score", "must be 1-5");
            }
            if (!Long.valueOf(guestId).equals(receiptGuest.get(receiptKey))) {
                throw new NotFoundException("receiptKey", "not the guest's receipt");
            }
            Review old = reviews.get(receiptKey);
            Review r = review(organizationId, guestId, receiptKey, score, old == null ? null : old.text());
            reviews.put(receiptKey, r);
            return r;
        }

        @Override
        public Review comment(long organizationId, long guestId, long receiptKey, String text) {
            Review old = reviews.get(receiptKey);
            if (old == null || old.guestId() != guestId) {
                throw new NotFoundException("receiptKey", "not rated");
            }
            Review r = review(organizationId, guestId, receiptKey, old.score(), text);
            reviews.put(receiptKey, r);
            return r;
        }

        @Override
        public Optional<Review> forReceipt(long organizationId, long receiptKey) {
            return Optional.ofNullable(reviews.get(receiptKey));
        }

        @Override
        public Page<Review> list(long organizationId, Long venueId, Long guestId, int page, int size) {
            return new Page<>(new ArrayList<>(reviews.values()), 0, size, reviews.size());
        }

        private static Review review(long org, long guest, long receipt, int score, String text) {
            return new Review(receipt, org, guest, receipt, "R" + receipt, 1, "Demo Bistro", null, null,
                    Instant.EPOCH, 100_000, score, text, Instant.EPOCH, Instant.EPOCH);
        }
    }

    /** Staff chats joined by the codes the test hands out. */
    static final class FakeStaffChats implements StaffChats {
        final Map<String, Long> codes = new ConcurrentHashMap<>();
        final Map<String, StaffChat> chats = new ConcurrentHashMap<>();

        @Override
        public StaffChat save(long organizationId, String channel, String address, Long venueId, Set<String> kinds,
                boolean shiftReports, String actor) {
            StaffChat c = new StaffChat(chats.size() + 1, organizationId, channel, address, venueId, kinds,
                    shiftReports, Instant.EPOCH);
            chats.put(channel + "/" + address, c);
            return c;
        }

        @Override
        public StaffChat.Invitation invite(long organizationId, Long venueId, Set<String> kinds, boolean shiftReports,
                String actor) {
            throw new UnsupportedOperationException();
        }

        @Override
        public StaffChat join(long organizationId, String code, String channel, String address) {
            if (!codes.containsKey(code)) {
                throw new NotFoundException("code", "unknown or used");
            }
            Long venue = codes.remove(code);
            return save(organizationId, channel, address, venue < 0 ? null : venue, Set.of(), true, "join");
        }

        @Override
        public Optional<StaffChat> find(long organizationId, String channel, String address) {
            return Optional.ofNullable(chats.get(channel + "/" + address));
        }

        @Override
        public List<StaffChat> list(long organizationId) {
            return new ArrayList<>(chats.values());
        }

        @Override
        public void remove(long organizationId, long staffChatId, String actor) {
            throw new UnsupportedOperationException();
        }
    }

    /** Reports that say what they were asked for. */
    static final class FakeReports implements Reports {
        @Override
        public SalesReport day(long organizationId, Long venueId, LocalDate date) {
            return new SalesReport(venueId, venueId == null ? "all" : "venue " + venueId,
                    date.atStartOfDay().toInstant(java.time.ZoneOffset.UTC), Instant.EPOCH, 100_000, 2, 50_000, 0, 0,
                    0, 0, 0, List.of());
        }

        @Override
        public SalesReport period(long organizationId, Long venueId, Instant from, Instant to) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String text(SalesReport report) {
            return "Report " + report.venueName() + " " + report.from().toString().substring(0, 10);
        }
    }

    /** One organization (1) with venues 1001 (id 1) and 1002 (id 2). */
    static final class Organizations implements OrganizationService {
        private final List<Venue> venues = List.of(new Venue(1, 1, "1001", "Demo Bistro"),
                new Venue(2, 1, "1002", "Second Bistro"));

        @Override
        public Organization createOrganization(String name) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Venue createVenue(long organizationId, String code, String name) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Terminal createTerminal(long venueId, String code, String name) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Organization> organizations() {
            return List.of(new Organization(1, "Demo", Instant.EPOCH));
        }

        @Override
        public Optional<Organization> organization(long id) {
            return organizations().stream().filter(o -> o.id() == id).findFirst();
        }

        @Override
        public List<Venue> venues(long organizationId) {
            return venues;
        }

        @Override
        public Optional<Venue> venue(long venueId) {
            return venues.stream().filter(v -> v.id() == venueId).findFirst();
        }

        @Override
        public Optional<Venue> venueByCode(long organizationId, String code) {
            return venues.stream().filter(v -> v.code().equals(code)).findFirst();
        }

        @Override
        public List<Terminal> terminals(long venueId) {
            return List.of();
        }

        @Override
        public Optional<Terminal> terminal(long terminalId) {
            return Optional.empty();
        }
    }
}
