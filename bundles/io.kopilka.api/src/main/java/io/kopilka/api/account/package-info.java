/**
 * Accounts (bonus, deposit, credit), bonus lots and the double-entry ledger.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.kopilka.api.account;
