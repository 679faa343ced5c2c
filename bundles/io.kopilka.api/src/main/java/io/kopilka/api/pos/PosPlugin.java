package io.kopilka.api.pos;

import org.osgi.annotation.versioning.ConsumerType;

/** A POS integration, registered as a service with {@value #VENDOR_PROPERTY}{@code =<vendor>}. */
@ConsumerType
public interface PosPlugin {

    String VENDOR_PROPERTY = "kopilka.pos";

    /** {@code rkeeper}, {@code iiko}, ... */
    String vendor();

    /** One line for the back office: what it integrates and how it is reached. */
    String description();
}
