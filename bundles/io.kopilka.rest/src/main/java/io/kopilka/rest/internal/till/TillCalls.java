package io.kopilka.rest.internal.till;

import java.util.Locale;

import io.kopilka.api.ConflictException;
import io.kopilka.api.InvalidInputException;
import io.kopilka.api.NotFoundException;
import io.kopilka.api.guest.GuestService;
import io.kopilka.api.guest.IdentifierMatch;
import io.kopilka.api.processing.CommitResult;
import io.kopilka.api.processing.PosContext;
import io.kopilka.api.processing.ProcessingService;
import io.kopilka.api.security.Caller;
import io.kopilka.api.security.TokenKind;
import io.kopilka.rest.internal.auth.Access;
import io.kopilka.rest.internal.dto.CalculationView;
import io.kopilka.rest.internal.dto.LookupView;
import io.kopilka.rest.internal.dto.Params;
import io.kopilka.rest.internal.dto.ReceiptBody;

/**
 * What the till calls do once the request is read: calculate and commit a receipt (terminal tokens; the venue and
 * terminal come from the token), and look a guest up by phone, card, barcode or QR (any token of the organization).
 */
final class TillCalls {

    /** A call's answer: its HTTP status and the body to write as JSON. */
    record Answer(int status, Object body) {
    }

    private final ProcessingService processing;
    private final GuestService guests;

    TillCalls(ProcessingService processing, GuestService guests) {
        this.processing = processing;
        this.guests = guests;
    }

    Answer calculate(Caller caller, ReceiptBody body) {
        return new Answer(200, CalculationView.of(processing.calculate(pos(caller), Params.body(body).toReceipt())));
    }

    /** 201 when booked, 200 with {@code replayed} for a repeat of the same receipt. */
    Answer commit(Caller caller, ReceiptBody body) {
        CommitResult r = processing.commit(pos(caller), Params.body(body).toReceipt());
        return new Answer(r.replayed() ? 200 : 201, CalculationView.CommitView.of(r));
    }

    Answer lookup(Caller caller, String identifier) {
        if (identifier == null || identifier.isBlank()) {
            throw new InvalidInputException("identifier", "is required");
        }
        IdentifierMatch match = guests.lookup(caller.organizationId(), identifier)
                .orElseThrow(() -> new NotFoundException("identifier", "no guest has this identifier"));
        if (!match.identifier().active()) {
            throw new ConflictException(ConflictException.REASON_BLOCKED, "identifier",
                    "this " + match.identifier().type().name().toLowerCase(Locale.ROOT) + " is blocked");
        }
        return new Answer(200, new LookupView(match.guest(), match.identifier()));
    }

    private static PosContext pos(Caller caller) {
        Caller c = Access.require(caller, TokenKind.TERMINAL);
        return new PosContext(c.organizationId(), c.venueId(), c.terminalId(), c.author());
    }
}
