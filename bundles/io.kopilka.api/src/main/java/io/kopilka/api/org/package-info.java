/**
 * Organizations, their venues and the terminals (POS stations) of each venue.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.kopilka.api.org;
