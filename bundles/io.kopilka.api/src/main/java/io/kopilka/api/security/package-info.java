/**
 * API tokens (admin, terminal, application), the authenticated caller and the audit log.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.kopilka.api.security;
