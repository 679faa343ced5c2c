package io.kopilka.pos.rkeeper.internal.farcards;

import java.util.Objects;

/**
 * A card's picture (the holder's photo or signature, T1) as encoded image bytes: PNG from Kopilka, or JPEG, GIF or
 * BMP, which FarCards accepts as they are (T1 lists BMP, JPEG and GIF; PNG is converted to JPEG when answered).
 */
public final class CardImage {

    private final byte[] bytes;

    private CardImage(byte[] bytes) {
        this.bytes = bytes;
    }

    /** Wraps a copy of {@code bytes}. */
    public static CardImage of(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        return new CardImage(bytes.clone());
    }

    /** A copy of the bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    int length() {
        return bytes.length;
    }

    byte at(int index) {
        return bytes[index];
    }
}
