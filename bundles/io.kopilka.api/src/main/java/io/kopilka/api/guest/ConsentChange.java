package io.kopilka.api.guest;

/** A consent given or withdrawn now, through a channel. */
public record ConsentChange(ConsentType type, boolean granted, String channel) {
}
