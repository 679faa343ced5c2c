package io.kopilka.api.org;

import java.time.Instant;

/** A business using Kopilka: it owns venues, guests, programs and tokens. */
public record Organization(long id, String name, Instant createdAt) {
}
