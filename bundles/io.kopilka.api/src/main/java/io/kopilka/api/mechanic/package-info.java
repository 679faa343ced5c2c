/**
 * The mechanic SPI: a loyalty mechanic is a DS service registered under {@link io.kopilka.api.mechanic.Mechanic} with
 * the property {@code kopilka.mechanic=<id>}; programs (configured instances) are evaluated on a receipt phase by phase.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.kopilka.api.mechanic;
