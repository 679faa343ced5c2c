package io.kopilka.api.messaging;

import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

/** Keeps each organization's notice templates: Kopilka's defaults until changed; editable and switchable. */
@ProviderType
public interface Templates {

    /** Every kind, in the order of {@link TemplateKind}. */
    List<Template> list(long organizationId);

    Template get(long organizationId, TemplateKind kind);

    /**
     * Changes a template.
     *
     * @param text the new text; {@code null} keeps it. A placeholder the kind does not know is refused naming it.
     * @param enabled {@code null} keeps it
     */
    Template save(long organizationId, TemplateKind kind, String text, Boolean enabled, String actor);

    /** Back to Kopilka's default text, enabled. */
    Template reset(long organizationId, TemplateKind kind, String actor);

    /** The template's text with the values put in; a placeholder without a value is left empty. */
    String render(long organizationId, TemplateKind kind, Map<String, String> values);
}
