/**
 * The POS SPI: what a POS plugin (a bundle with its own feature, registering {@link io.kopilka.api.pos.PosPlugin} with
 * {@code kopilka.pos=<vendor>}) needs from the core: resolving the venue and terminal a call comes from by the POS's
 * own codes, and publishing POS events. Processing is {@link io.kopilka.api.processing.ProcessingService}; a plugin's
 * own settings are an ordinary DS configuration.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.kopilka.api.pos;
