package io.kopilka.api.org;

/**
 * A POS station of a venue.
 *
 * @param code the station's code as the POS knows it (unit or station number); unique within the venue
 */
public record Terminal(long id, long venueId, String code, String name) {
}
