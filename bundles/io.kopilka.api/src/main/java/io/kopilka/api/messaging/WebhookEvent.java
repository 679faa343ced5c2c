package io.kopilka.api.messaging;

/** What an external system can subscribe to. */
public enum WebhookEvent {
    /** Points accrued for a receipt. */
    ACCRUAL,
    /** Points paid for a receipt. */
    REDEMPTION,
    /** A new guest. */
    GUEST_REGISTERED,
    /** A guest rated a visit or wrote about it. */
    REVIEW
}
