package io.kopilka.rest.internal.dto;

import io.kopilka.api.security.TokenKind;

/** Issues a token: a terminal token names its terminal. */
public record TokenRequest(TokenKind kind, String name, Long terminalId) {
}
