package io.kopilka.api;

import org.osgi.annotation.versioning.ProviderType;

/** Tells whether Kopilka's database answers, for the health endpoint and monitoring. */
@ProviderType
public interface Health {

    /** Checks the database now; never throws. */
    Report check();

    /**
     * @param up whether the database answered
     * @param database a short product name of the database, or why it did not answer
     * @param schemaVersion the schema version it is at; 0 when unknown
     */
    record Report(boolean up, String database, int schemaVersion) {
    }
}
