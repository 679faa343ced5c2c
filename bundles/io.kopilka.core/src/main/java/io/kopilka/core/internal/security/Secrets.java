package io.kopilka.core.internal.security;

import java.security.SecureRandom;
import java.util.Base64;

import io.kopilka.core.internal.ledger.Fingerprint;

/** Makes token secrets (256 random bits, URL-safe) and the hashes they are stored as. */
public final class Secrets {

    /** Every Kopilka token starts with this, so that a leaked one is easy to recognise. */
    public static final String PREFIX = "kpk_";

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    public static String newSecret() {
        return PREFIX + randomToken(32);
    }

    /** {@code bytes} random bytes, base64url without padding. */
    public static String randomToken(int bytes) {
        byte[] raw = new byte[bytes];
        RANDOM.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    /**
     * SHA-256 of the secret. A plain fast hash is right here: secrets are 256 random bits, not passwords, so there is
     * nothing to brute-force, and every API call must check one.
     */
    public static String hash(String secret) {
        return Fingerprint.sha256(secret);
    }

    /** What a listing shows of a secret: enough to recognise it, too little to use it. */
    public static String displayPrefix(String secret) {
        return secret.substring(0, Math.min(secret.length(), 10));
    }
}
