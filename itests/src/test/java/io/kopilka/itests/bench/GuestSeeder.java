package io.kopilka.itests.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Seeds a fresh Kopilka database offline with plain JDBC batches: the schema, one organization with its 8 system
 * accounts, a venue with {@value #TERMINALS} terminals, an admin token, and N guests, each with a card, a BONUS,
 * DEPOSIT and CREDIT account, and a bonus balance booked as the ledger books it (one ACCRUE entry, two postings,
 * one lot and its movement), so that the ledger check stays consistent. Ids are given explicitly and the identity
 * columns are restarted after the last one, so that the platform's own inserts carry on from there.
 */
final class GuestSeeder {

    static final long ORGANIZATION = 1;
    static final long VENUE = 1;
    static final int TERMINALS = 8;
    static final long CARD_BASE = 10_000_000L;
    /** The system accounts, in the order of {@code SystemAccounts} in the core; ids 1 to 8. */
    static final List<String> SYSTEM = List.of("BONUS_ISSUED", "BONUS_REDEEMED", "BONUS_ADJUSTMENTS", "BONUS_EXPIRED",
            "DEPOSITS_RECEIVED", "DEPOSITS_SPENT", "CREDIT_SPENT", "CREDIT_SETTLED");
    private static final List<String> GUEST_ACCOUNTS = List.of("BONUS", "DEPOSIT", "CREDIT");
    /** Guests per transaction: about 10 rows each, so a commit every ~10,000 rows. */
    private static final int CHUNK = 1_000;

    /** The outcome: the admin token's secret, how long the guests took, and where that time went. */
    record Seeded(int guests, String adminSecret, Duration took, String breakdown) {
    }

    private final int guests;
    private final SplittableRandom random;
    private final MessageDigest sha256;
    private final Timestamp now = Timestamp.from(Instant.now());
    private final Timestamp activated = Timestamp.from(Instant.now().minus(Duration.ofDays(1)));
    private final Timestamp expires = Timestamp.from(Instant.now().plus(Duration.ofDays(365)));

    GuestSeeder(int guests, long seed) throws NoSuchAlgorithmException {
        this.guests = guests;
        this.random = new SplittableRandom(seed);
        this.sha256 = MessageDigest.getInstance("SHA-256");
    }

    /** The card number of guest {@code n} (1-based; the guest's id is {@code n} too). */
    static long card(int n) {
        return CARD_BASE + n;
    }

    /** The id of guest {@code n}'s account of type index {@code t} (0 BONUS, 1 DEPOSIT, 2 CREDIT). */
    static long accountId(long n, int t) {
        return SYSTEM.size() + 3 * (n - 1) + t + 1;
    }

    /** Creates all rows in a database whose schema the platform's own migrator has just created. */
    Seeded seed(Connection c) throws SQLException {
        c.setAutoCommit(false);
        String admin = organization(c);
        long start = System.nanoTime();
        long commitNanos = 0;
        String breakdown;
        try (Batches b = new Batches(c)) {
            for (int first = 1; first <= guests; first += CHUNK) {
                int last = Math.min(guests, first + CHUNK - 1);
                lockTables(c);
                for (int n = first; n <= last; n++) {
                    guest(b, n);
                }
                b.flush();
                long t0 = System.nanoTime();
                c.commit();
                commitNanos += System.nanoTime() - t0;
                if (last % 100_000 == 0 || last == guests) {
                    double s = (System.nanoTime() - start) / 1e9;
                    System.out.printf("[bench] seeded %,d guests in %.1f s (%.0f guests/s)%n", last, s, last / s);
                }
            }
            breakdown = b.breakdown() + String.format(Locale.ROOT, ", commits %.1f s", commitNanos / 1e9);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        restartIdentities(c);
        return new Seeded(guests, admin, took, breakdown);
    }

    private String organization(Connection c) throws SQLException {
        byte[] raw = new byte[24];
        new SecureRandom().nextBytes(raw);
        String secret = "kpk_bench_" + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO organization (id, name, created_at) VALUES (1, 'Kopilka Bench', "
                    + "CURRENT_TIMESTAMP)");
            s.executeUpdate("INSERT INTO venue (id, organization_id, code, name) "
                    + "VALUES (1, 1, '1001', 'Bench Bistro')");
            for (int t = 1; t <= TERMINALS; t++) {
                s.executeUpdate("INSERT INTO terminal (id, venue_id, code, name) VALUES (" + t + ", 1, '" + t
                        + "', 'Till " + t + "')");
            }
            for (int i = 0; i < SYSTEM.size(); i++) {
                s.executeUpdate("INSERT INTO account (id, organization_id, guest_id, account_type, code, balance, "
                        + "credit_limit) VALUES (" + (i + 1) + ", 1, NULL, 'SYSTEM', 'system:" + SYSTEM.get(i)
                        + "', 0, 0)");
            }
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO api_token (id, organization_id, kind, name, "
                + "secret_hash, prefix, created_at) VALUES (1, 1, 'ADMIN', 'bench-admin', ?, ?, ?)")) {
            p.setString(1, sha256(secret));
            p.setString(2, secret.substring(0, 10));
            p.setTimestamp(3, now);
            p.executeUpdate();
        }
        c.commit();
        return secret;
    }

    private void guest(Batches b, int n) throws SQLException {
        long points = 500_00 + random.nextInt(4_501) * 100L;
        b.guest.setLong(1, n);
        b.guest.setString(2, "Guest " + n);
        b.guest.setString(3, "guest " + n);
        b.guest.setTimestamp(4, now);
        b.guest.setTimestamp(5, now);
        b.guest.addBatch();
        b.identifier.setLong(1, n);
        b.identifier.setLong(2, n);
        b.identifier.setString(3, Long.toString(card(n)));
        b.identifier.setTimestamp(4, now);
        b.identifier.addBatch();
        for (int t = 0; t < GUEST_ACCOUNTS.size(); t++) {
            b.account.setLong(1, accountId(n, t));
            b.account.setLong(2, n);
            b.account.setString(3, GUEST_ACCOUNTS.get(t));
            b.account.setString(4, "guest:" + n + ":" + GUEST_ACCOUNTS.get(t));
            b.account.setLong(5, t == 0 ? points : 0);
            b.account.addBatch();
        }
        String key = "bench-seed-" + n;
        b.entry.setLong(1, n);
        b.entry.setLong(2, n);
        b.entry.setLong(3, points);
        b.entry.setLong(4, points);
        b.entry.setString(5, key);
        b.entry.setString(6, sha256(key + "|" + points));
        b.entry.setTimestamp(7, now);
        b.entry.addBatch();
        posting(b, 2L * n - 1, n, accountId(n, 0), points);
        posting(b, 2L * n, n, 1, -points);
        b.lot.setLong(1, n);
        b.lot.setLong(2, accountId(n, 0));
        b.lot.setLong(3, points);
        b.lot.setLong(4, points);
        b.lot.setTimestamp(5, activated);
        b.lot.setTimestamp(6, expires);
        b.lot.setLong(7, n);
        b.lot.addBatch();
        b.movement.setLong(1, n);
        b.movement.setLong(2, n);
        b.movement.setLong(3, n);
        b.movement.setLong(4, points);
        b.movement.addBatch();
    }

    /**
     * Locks the tables of a chunk for its transaction: without this Derby takes a row lock per row and runs through
     * all locks the transaction holds at the end of every statement, which makes large transactions crawl.
     */
    private static void lockTables(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String table : List.of("organization", "guest", "identifier", "account", "journal_entry", "posting",
                    "bonus_lot", "lot_movement")) {
                s.execute("LOCK TABLE " + table + " IN EXCLUSIVE MODE");
            }
        }
    }

    private static void posting(Batches b, long id, long entry, long account, long amount) throws SQLException {
        b.posting.setLong(1, id);
        b.posting.setLong(2, entry);
        b.posting.setLong(3, account);
        b.posting.setLong(4, amount);
        b.posting.addBatch();
    }

    private void restartIdentities(Connection c) throws SQLException {
        long n = guests;
        Object[][] next = {{"organization", 2L}, {"venue", 2L}, {"terminal", TERMINALS + 1L}, {"api_token", 2L},
            {"guest", n + 1}, {"identifier", n + 1}, {"account", accountId(n + 1, 0)}, {"journal_entry", n + 1},
            {"posting", 2 * n + 1}, {"bonus_lot", n + 1}, {"lot_movement", n + 1}};
        try (Statement s = c.createStatement()) {
            for (Object[] t : next) {
                s.executeUpdate("ALTER TABLE " + t[0] + " ALTER COLUMN id RESTART WITH " + t[1]);
            }
        }
        c.commit();
    }

    private String sha256(String text) {
        return HexFormat.of().formatHex(sha256.digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The batched insert statements of the guest rows, flushed in foreign-key order. */
    private static final class Batches implements AutoCloseable {

        final PreparedStatement guest;
        final PreparedStatement identifier;
        final PreparedStatement account;
        final PreparedStatement entry;
        final PreparedStatement posting;
        final PreparedStatement lot;
        final PreparedStatement movement;

        Batches(Connection c) throws SQLException {
            guest = c.prepareStatement("INSERT INTO guest (id, organization_id, name, name_lower, "
                    + "registration_channel, source, created_at, updated_at) "
                    + "VALUES (?, 1, ?, ?, 'bench', 'bench', ?, ?)");
            identifier = c.prepareStatement("INSERT INTO identifier (id, organization_id, guest_id, id_type, id_value, "
                    + "status, created_at) VALUES (?, 1, ?, 'CARD', ?, 'ACTIVE', ?)");
            account = c.prepareStatement("INSERT INTO account (id, organization_id, guest_id, account_type, code, "
                    + "balance, credit_limit) VALUES (?, 1, ?, ?, ?, ?, 0)");
            entry = c.prepareStatement("INSERT INTO journal_entry (id, organization_id, guest_id, entry_type, "
                    + "account_type, amount, balance_after, reason, author, idempotency_key, request_hash, created_at) "
                    + "VALUES (?, 1, ?, 'ACCRUE', 'BONUS', ?, ?, 'bench seed', 'system:bench', ?, ?, ?)");
            posting = c.prepareStatement("INSERT INTO posting (id, entry_id, account_id, amount) VALUES (?, ?, ?, ?)");
            lot = c.prepareStatement("INSERT INTO bonus_lot (id, account_id, initial_amount, remaining, activates_at, "
                    + "expires_at, source_entry_id) VALUES (?, ?, ?, ?, ?, ?, ?)");
            movement = c.prepareStatement("INSERT INTO lot_movement (id, entry_id, lot_id, amount) "
                    + "VALUES (?, ?, ?, ?)");
        }

        final long[] nanos = new long[7];

        void flush() throws SQLException {
            List<PreparedStatement> all = List.of(guest, identifier, account, entry, posting, lot, movement);
            for (int i = 0; i < all.size(); i++) {
                long t0 = System.nanoTime();
                all.get(i).executeBatch();
                nanos[i] += System.nanoTime() - t0;
            }
        }

        String breakdown() {
            String[] names = {"guest", "identifier", "account", "journal_entry", "posting", "bonus_lot",
                "lot_movement"};
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < names.length; i++) {
                b.append(b.length() == 0 ? "" : ", ").append(names[i]).append(' ')
                        .append(String.format(Locale.ROOT, "%.1f s", nanos[i] / 1e9));
            }
            return b.toString();
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement p : List.of(guest, identifier, account, entry, posting, lot, movement)) {
                p.close();
            }
        }
    }
}
