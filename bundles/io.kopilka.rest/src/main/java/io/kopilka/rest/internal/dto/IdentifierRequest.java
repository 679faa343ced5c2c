package io.kopilka.rest.internal.dto;

import io.kopilka.api.guest.IdentifierType;

/** Adds an identifier; {@code value} may be left out for QR and VIRTUAL, which Kopilka then generates. */
public record IdentifierRequest(IdentifierType type, String value) {
}
