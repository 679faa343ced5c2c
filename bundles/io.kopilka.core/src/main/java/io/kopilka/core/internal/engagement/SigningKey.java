package io.kopilka.core.internal.engagement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The installation's master key for secrets that must be usable rather than only checked (webhook signing secrets):
 * such a secret is derived as HMAC-SHA256(master key, purpose + salt), so the database holds only the salt and a copy
 * of the database alone reveals no secret. The key is 32 random bytes in {@code ${karaf.data}/kopilka/master.key}
 * (mode 600), created at first use.
 */
public final class SigningKey {

    private final byte[] key;

    public SigningKey(byte[] key) {
        this.key = key.clone();
    }

    /** The installation's key, created on first use. */
    public static SigningKey installation() {
        return fromFile(Path.of(System.getProperty("karaf.data", "data"), "kopilka", "master.key"));
    }

    static SigningKey fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                Files.createDirectories(file.toAbsolutePath().getParent());
                try {
                    Files.write(Files.createFile(file), fresh);
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (FileAlreadyExistsException raced) {
                    return new SigningKey(Files.readAllBytes(file));
                } catch (UnsupportedOperationException noPosix) {
                    return new SigningKey(fresh);
                }
            }
            return new SigningKey(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the master key " + file, e);
        }
    }

    /** The secret for a purpose and salt, base64url without padding. */
    public String derive(String purpose, String salt) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] out = mac.doFinal((purpose + ":" + salt).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
