/**
 * Owner alerts: staff chats that receive chosen POS events of a venue or of all venues, and sales reports.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.kopilka.api.alerts;
