/**
 * Programs: configured instances of mechanics, with priority, validity, venues, line filters and a version history.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.kopilka.api.program;
