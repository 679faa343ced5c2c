package io.kopilka.channel.telegram.internal.intake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ids of the updates the bot has handled: the newest {@value #KEEP}, written to a file after each one, so that an
 * update Telegram sends again (a poll that was not confirmed before a restart, a webhook call it retries) is not
 * handled twice. An id older than all of those kept counts as handled. The next poll's offset is the newest id + 1.
 */
public final class HandledUpdates {

    static final int KEEP = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(HandledUpdates.class);

    private final Path file;
    private final TreeSet<Long> ids = new TreeSet<>();

    /** Handled ids kept in {@code file}; {@code null} keeps them in memory only. */
    public HandledUpdates(Path file) {
        this.file = file;
        if (file != null && Files.exists(file)) {
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
                    if (line.matches("-?\\d{1,19}")) {
                        ids.add(Long.parseLong(line));
                    }
                }
            } catch (IOException | NumberFormatException e) {
                LOG.warn("Cannot read handled Telegram updates from {}: {}", file, e.toString());
            }
        }
    }

    public synchronized boolean contains(long id) {
        return ids.contains(id) || (ids.size() >= KEEP && id < ids.first());
    }

    public synchronized void add(long id) {
        ids.add(id);
        while (ids.size() > KEEP) {
            ids.pollFirst();
        }
        save();
    }

    /** The {@code offset} for the next {@code getUpdates}: 0 (Telegram's oldest unconfirmed) before any update. */
    public synchronized long nextOffset() {
        return ids.isEmpty() ? 0 : ids.last() + 1;
    }

    private void save() {
        if (file == null) {
            return;
        }
        List<String> lines = new ArrayList<>(ids.size());
        ids.forEach(id -> lines.add(Long.toString(id)));
        try {
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.write(temp, lines, StandardCharsets.US_ASCII);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Cannot save handled Telegram updates to {}: {}", file, e.toString());
        }
    }
}
