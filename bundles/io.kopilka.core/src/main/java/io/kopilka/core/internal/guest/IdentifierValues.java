package io.kopilka.core.internal.guest;

import java.security.SecureRandom;
import java.util.regex.Pattern;

import io.kopilka.api.InvalidInputException;
import io.kopilka.api.guest.IdentifierType;
import io.kopilka.api.guest.PhoneNumbers;
import io.kopilka.core.internal.security.Secrets;

/**
 * The canonical stored form of each kind of identifier value, and the generation of QR tokens and virtual card numbers.
 * Cards are numbers that fit a signed 64-bit integer (r_keeper's card code), stored without leading zeros.
 */
final class IdentifierValues {

    private static final Pattern QR = Pattern.compile("[A-Za-z0-9_-]{16,128}");
    private static final long VIRTUAL_MIN = 1_000_000_000_000_000L;
    private static final SecureRandom RANDOM = new SecureRandom();

    private IdentifierValues() {
    }

    static String canonical(IdentifierType type, String raw) {
        if (type == null) {
            throw new InvalidInputException("type", "is required");
        }
        if (raw == null || raw.isBlank()) {
            throw new InvalidInputException("value", "is required for " + type);
        }
        String value = raw.strip();
        return switch (type) {
            case PHONE -> PhoneNumbers.normalize(value, "value");
            case CARD, VIRTUAL -> cardNumber(value, "value");
            case BARCODE -> barcode(value);
            case QR -> {
                if (!QR.matcher(value).matches()) {
                    throw new InvalidInputException("value", "a QR token has 16-128 characters of A-Z, a-z, 0-9, _ and -");
                }
                yield value;
            }
        };
    }

    /** A card number in canonical form: digits, at most a signed 64-bit integer, greater than zero. */
    static String cardNumber(String value, String field) {
        if (value.isEmpty() || value.length() > 19 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidInputException(field, "a card number is 1 to 19 digits");
        }
        long number;
        try {
            number = Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "a card number must fit a signed 64-bit integer");
        }
        if (number <= 0) {
            throw new InvalidInputException(field, "a card number must be greater than 0");
        }
        return Long.toString(number);
    }

    /** Whether a lookup value could be a card number, and its canonical form; {@code null} if not. */
    static String asCardNumber(String value) {
        try {
            return cardNumber(value, "value");
        } catch (InvalidInputException e) {
            return null;
        }
    }

    private static String barcode(String value) {
        if (value.length() > 64 || !value.chars().allMatch(c -> c >= 0x21 && c <= 0x7E)) {
            throw new InvalidInputException("value", "a barcode is 1 to 64 printable ASCII characters without spaces");
        }
        return value;
    }

    /** A fresh value for a QR token (160 random bits) or a virtual card (a random 19-digit number). */
    static String generate(IdentifierType type) {
        return switch (type) {
            case QR -> Secrets.randomToken(20);
            case VIRTUAL -> Long.toString(VIRTUAL_MIN + (RANDOM.nextLong() & Long.MAX_VALUE) % (Long.MAX_VALUE - VIRTUAL_MIN));
            default -> throw new InvalidInputException("value", "is required for " + type);
        };
    }
}
