/**
 * Guest feedback: a 1-5 score and free text for a visit, stored against the receipt.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.kopilka.api.feedback;
