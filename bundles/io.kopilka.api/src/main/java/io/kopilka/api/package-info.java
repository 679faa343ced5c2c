/**
 * Kopilka common API: errors, paging and exact amounts shared by every other package.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.kopilka.api;
