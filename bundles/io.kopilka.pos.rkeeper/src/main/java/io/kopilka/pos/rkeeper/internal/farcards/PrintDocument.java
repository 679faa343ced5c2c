package io.kopilka.pos.rkeeper.internal.farcards;

import java.util.List;

/**
 * TRRESPONSE {@code PRINTDOCUMENT} (T2): r_keeper prints its document {@code code} (101 is the preinstalled one)
 * for the card, filling the fixed fields {@code TEXT00}..{@code TEXT09}; the document's layout decides how each is
 * shown (e.g. TEXT02 as a barcode).
 *
 * @param code r_keeper document code
 * @param cardCode the card it is printed for
 * @param texts up to ten field values, TEXT00 first
 */
public record PrintDocument(int code, long cardCode, List<String> texts) {

    /** The preinstalled document (T2). */
    public static final int PREINSTALLED = 101;
    private static final int MAX_TEXTS = 10;

    /** Checks the field count. */
    public PrintDocument {
        texts = texts.stream().map(Texts::orEmpty).toList();
        if (texts.size() > MAX_TEXTS) {
            throw new IllegalArgumentException("at most 10 texts (TEXT00..TEXT09)");
        }
    }
}
