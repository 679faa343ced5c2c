package io.kopilka.api.guest;

import io.kopilka.api.InvalidInputException;

/**
 * Normalises phone numbers to E.164. Numbers without a country code are taken as Russian (+7): {@code 8 916 123-45-67},
 * {@code +7(916)1234567}, {@code 79161234567} and {@code 9161234567} all become {@code +79161234567}. Other countries
 * need their {@code +} prefix.
 */
public final class PhoneNumbers {

    private PhoneNumbers() {
    }

    /**
     * @throws InvalidInputException naming {@code field} when the text is not a phone number
     */
    public static String normalize(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
        String text = raw.strip();
        boolean plus = text.startsWith("+");
        StringBuilder digits = new StringBuilder(16);
        for (int i = plus ? 1 : 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c != ' ' && c != '-' && c != '(' && c != ')' && c != '.') {
                throw new InvalidInputException(field, "is not a phone number: unexpected '" + c + "'");
            }
        }
        String d = digits.toString();
        if (plus) {
            return international(d, field);
        }
        if (d.length() == 11 && (d.charAt(0) == '8' || d.charAt(0) == '7')) {
            return "+7" + d.substring(1);
        }
        if (d.length() == 10) {
            return "+7" + d;
        }
        throw new InvalidInputException(field, "is not a phone number: expected 10 digits, or 11 starting with 7 or 8, "
                + "or an international number starting with +");
    }

    /** Whether the text can be normalised. */
    public static boolean isPhone(String raw) {
        try {
            normalize(raw, "phone");
            return true;
        } catch (InvalidInputException e) {
            return false;
        }
    }

    private static String international(String digits, String field) {
        if (digits.startsWith("7") && digits.length() != 11) {
            throw new InvalidInputException(field, "is not a phone number: +7 numbers have 10 digits after the code");
        }
        if (digits.length() < 8 || digits.length() > 15 || digits.charAt(0) == '0') {
            throw new InvalidInputException(field, "is not a phone number: E.164 allows 8 to 15 digits");
        }
        return "+" + digits;
    }
}
