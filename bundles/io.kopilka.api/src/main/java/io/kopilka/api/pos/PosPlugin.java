package io.kopilka.api.pos;

import org.osgi.annotation.versioning.ConsumerType;

/** A POS integration, registered as a service with {@value #VENDOR_PROPERTY}{@code =<vendor>}. */
@ConsumerType
public interface PosPlugin {

    String VENDOR_PROPERTY = "kopilka.pos";

    /**
     * The path prefix (below {@code /api/}) for the endpoints of POS plugins that authenticate by their own means, for
     * POS systems that cannot send Kopilka's bearer header (a key in the configured URL, a signature). Kopilka's
     * bearer check leaves these paths to the plugin; everything else under {@code /api/} needs a bearer token.
     */
    String OWN_AUTH_PREFIX = "ext/";

    /** {@code rkeeper}, {@code iiko}, ... */
    String vendor();

    /** One line for the back office: what it integrates and how it is reached. */
    String description();
}
