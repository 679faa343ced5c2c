package io.kopilka.api.org;

/**
 * A restaurant or shop of an organization.
 *
 * @param code the venue code POS systems identify it by (e.g. r_keeper's restaurant code); unique within the organization
 */
public record Venue(long id, long organizationId, String code, String name) {
}
