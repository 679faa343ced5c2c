package io.kopilka.api.guest;

/** The result of looking a guest up by an identifier value: the identifier that matched (maybe blocked) and its guest. */
public record IdentifierMatch(Identifier identifier, Guest guest) {
}
