/**
 * Receipt processing: what a POS sends (a receipt, a guest identifier, a redemption request) and what Kopilka answers
 * (discounts, the redemption allowed, the bonus to accrue), and the two-phase calculate / commit protocol with refund
 * and cancel.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.kopilka.api.processing;
