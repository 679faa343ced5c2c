/**
 * Guests, their profiles, consents and identifiers (phone, card, barcode, QR, virtual).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package io.kopilka.api.guest;
