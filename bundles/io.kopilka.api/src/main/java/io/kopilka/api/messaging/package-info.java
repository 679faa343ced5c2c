/**
 * Messaging: channels (DS services with {@code kopilka.channel=<id>}) deliver messages that the outbox stores first,
 * sends, retries with backoff and records.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package io.kopilka.api.messaging;
