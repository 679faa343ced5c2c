package io.kopilka.core.internal.ledger;

import io.kopilka.api.Amounts;
import io.kopilka.api.InvalidInputException;
import io.kopilka.api.account.OperationRequest;
import io.kopilka.api.account.OperationType;
import io.kopilka.core.internal.text.Texts;

/** Checks a manual operation request before anything is touched. */
final class OperationValidator {

    private OperationValidator() {
    }

    static void validate(OperationRequest r) {
        idempotencyKey(r.idempotencyKey());
        if (r.type() == null) {
            throw new InvalidInputException("type", "is required");
        }
        if (!r.type().manual()) {
            throw new InvalidInputException("type", r.type() + " cannot be requested as an operation");
        }
        if (r.type() == OperationType.ADJUST) {
            if (r.amount() == 0) {
                throw new InvalidInputException("amount", "must not be 0");
            }
            Texts.required(r.reason(), "reason", 500);
        } else if (r.amount() <= 0) {
            throw new InvalidInputException("amount", "must be greater than 0");
        }
        if (Math.abs(r.amount()) > Amounts.MAX_MINOR) {
            throw new InvalidInputException("amount", "is too large");
        }
        Texts.optional(r.reason(), "reason", 500);
        Texts.optional(r.comment(), "comment", 2000);
        boolean credit = r.type() == OperationType.ACCRUE || r.type() == OperationType.ADJUST && r.amount() > 0;
        if (!credit && (r.activatesAt() != null || r.expiresAt() != null)) {
            throw new InvalidInputException(r.activatesAt() != null ? "activatesAt" : "expiresAt",
                    "only applies to points credited (ACCRUE or a positive ADJUST)");
        }
        if (r.expiresAt() != null && r.activatesAt() != null && !r.expiresAt().isAfter(r.activatesAt())) {
            throw new InvalidInputException("expiresAt", "must be after activatesAt");
        }
    }

    static String idempotencyKey(String key) {
        String checked = Texts.required(key, "idempotencyKey", 128);
        if (!checked.equals(key)) {
            throw new InvalidInputException("idempotencyKey", "must not have leading or trailing spaces");
        }
        return checked;
    }
}
