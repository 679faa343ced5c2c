package io.kopilka.itests.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Properties;

import io.kopilka.core.internal.db.SchemaMigrator;

/**
 * Seeded databases kept between benchmark runs: seeding a million guests takes minutes, so a run may start from a copy
 * of the database an earlier run seeded with the same number of guests, the same random seed and the same seeder (the
 * folder's name) at the same or an older schema version: every schema script it was created with must be unchanged,
 * and Kopilka applies the newer ones when it starts, as it would on an installation being upgraded. The copy is taken
 * right after seeding, before Kopilka ever ran on it.
 */
final class SeedCache {

    private static final String INFO = "seeded.properties";

    private final Path folder;
    private int restoredVersion;

    SeedCache(Path root, int guests, long seed) {
        this.folder = root.resolve(guests + "-" + seed + "-" + hash(resource(GuestSeeder.class,
                GuestSeeder.class.getSimpleName() + ".class")));
    }

    /** The seeding an earlier run recorded, with its database copied to {@code database}; or {@code null}. */
    GuestSeeder.Seeded restore(Path database) throws IOException {
        Path info = folder.resolve(INFO);
        if (!Files.isRegularFile(info)) {
            return null;
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(info)) {
            p.load(in);
        }
        String scripts = p.getProperty("scripts", "");
        if (!scriptsStillValid(scripts)) {
            return null;
        }
        restoredVersion = schemaVersion(scripts);
        Trees.delete(database);
        Trees.copy(folder.resolve("db"), database);
        return new GuestSeeder.Seeded(Integer.parseInt(p.getProperty("guests")), p.getProperty("adminSecret"),
                Duration.ofMillis(Long.parseLong(p.getProperty("tookMillis"))), p.getProperty("breakdown"));
    }

    /** Keeps a copy of a freshly seeded (and cleanly shut down) database for later runs. */
    void store(Path database, GuestSeeder.Seeded seeded) throws IOException {
        Trees.delete(folder);
        Trees.copy(database, folder.resolve("db"));
        Properties p = new Properties();
        p.setProperty("guests", String.valueOf(seeded.guests()));
        p.setProperty("adminSecret", seeded.adminSecret());
        p.setProperty("tookMillis", String.valueOf(seeded.took().toMillis()));
        p.setProperty("breakdown", seeded.breakdown());
        p.setProperty("scripts", scripts(SchemaMigrator.SCRIPTS.size()));
        try (var out = Files.newOutputStream(folder.resolve(INFO))) {
            p.store(out, "seeded by the receipt-processing benchmark");
        }
    }

    /** The schema version of the database {@link #restore} copied (Kopilka migrates it further when it starts). */
    int restoredVersion() {
        return restoredVersion;
    }

    private static int schemaVersion(String recorded) {
        return recorded.isEmpty() ? 0 : recorded.split(",").length;
    }

    private static boolean scriptsStillValid(String recorded) {
        int version = schemaVersion(recorded);
        return version > 0 && version <= SchemaMigrator.SCRIPTS.size() && recorded.equals(scripts(version));
    }

    /** "name:hash" of the first {@code count} schema scripts. */
    private static String scripts(int count) {
        StringBuilder b = new StringBuilder();
        for (String script : SchemaMigrator.SCRIPTS.subList(0, count)) {
            b.append(b.length() == 0 ? "" : ",").append(script).append(':')
                    .append(hash(resource(SchemaMigrator.class, "migration/" + script)));
        }
        return b.toString();
    }

    private static String hash(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data)).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] resource(Class<?> base, String name) {
        try (InputStream in = base.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no " + name + " next to " + base.getName());
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
