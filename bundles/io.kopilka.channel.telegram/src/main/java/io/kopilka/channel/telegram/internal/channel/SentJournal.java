package io.kopilka.channel.telegram.internal.channel;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The messages this channel has delivered, by address and dedupe key, kept in a file that is appended to (and
 * flushed) right after each delivery. The outbox sends at least once: a message whose outcome it did not record (a
 * stop or crash right after the send) comes again, and is then answered from here instead of being sent twice. Only
 * a crash during the HTTP call itself can still duplicate. The newest {@value #KEEP} deliveries are kept.
 */
public final class SentJournal {

    static final int KEEP = 20_000;
    private static final Logger LOG = LoggerFactory.getLogger(SentJournal.class);

    private final Path file;
    private final Map<String, String> sent = new LinkedHashMap<>(1024, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > KEEP;
        }
    };
    private FileChannel out;
    private int lines;

    /** A journal in {@code file}; {@code null} keeps it in memory only. */
    public SentJournal(Path file) {
        this.file = file;
        if (file != null) {
            load();
        }
    }

    /** The provider id of a delivered message, if this channel delivered it. */
    public synchronized Optional<String> find(String address, String dedupeKey) {
        return Optional.ofNullable(sent.get(key(address, dedupeKey)));
    }

    public synchronized void record(String address, String dedupeKey, String providerId) {
        String key = key(address, dedupeKey);
        sent.put(key, providerId);
        if (file == null) {
            return;
        }
        try {
            if (out == null) {
                out = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND,
                        StandardOpenOption.CREATE);
            }
            out.write(ByteBuffer.wrap((key + "\t" + providerId + "\n").getBytes(StandardCharsets.UTF_8)));
            out.force(false);
            if (++lines > 2 * KEEP) {
                compact();
            }
        } catch (IOException e) {
            LOG.warn("Cannot write the Telegram delivery journal {}: {}", file, e.toString());
        }
    }

    /** Closes the file; a later delivery opens it again (a send may finish after its channel stopped). */
    public synchronized void close() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                LOG.debug("Closing {}", file, e);
            }
            out = null;
        }
    }

    private void load() {
        try {
            if (Files.exists(file)) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    int tab = line.lastIndexOf('\t');
                    if (tab > 0) {
                        sent.put(line.substring(0, tab), line.substring(tab + 1));
                    }
                }
            }
            compact();
        } catch (IOException e) {
            LOG.warn("Cannot read the Telegram delivery journal {}: {}; starting empty", file, e.toString());
        }
    }

    /** Rewrites the file with the kept entries only, then appends to it. */
    private void compact() throws IOException {
        close();
        List<String> kept = new ArrayList<>(sent.size());
        sent.forEach((k, v) -> kept.add(k + "\t" + v));
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(temp, kept, StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        lines = kept.size();
        out = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    }

    private static String key(String address, String dedupeKey) {
        return (address + " " + dedupeKey).replaceAll("[\\t\\r\\n]", "?");
    }
}
