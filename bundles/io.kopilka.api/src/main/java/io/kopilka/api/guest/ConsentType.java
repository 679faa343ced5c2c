package io.kopilka.api.guest;

/** What a guest consents to. */
public enum ConsentType {
    /** Processing of personal data (152-FZ). */
    PERSONAL_DATA,
    /** Advertising messages (38-FZ): mailings go only to guests who gave it. */
    ADVERTISING
}
