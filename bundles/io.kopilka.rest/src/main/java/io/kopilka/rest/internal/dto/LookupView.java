package io.kopilka.rest.internal.dto;

import io.kopilka.api.guest.Guest;
import io.kopilka.api.guest.Identifier;

/** A lookup's answer: the guest and the identifier that matched (a typed record: Jackson resolves it once). */
public record LookupView(Guest guest, Identifier identifier) {
}
