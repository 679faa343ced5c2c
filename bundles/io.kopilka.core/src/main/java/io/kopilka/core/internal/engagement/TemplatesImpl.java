package io.kopilka.core.internal.engagement;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.kopilka.api.InvalidInputException;
import io.kopilka.api.messaging.Template;
import io.kopilka.api.messaging.TemplateKind;
import io.kopilka.api.messaging.Templates;
import io.kopilka.core.internal.db.Database;
import io.kopilka.core.internal.security.AuditWriter;
import io.kopilka.core.internal.text.Texts;

/**
 * The notice templates: an organization's own row per kind, or Kopilka's default. A template may use only its kind's
 * placeholders; rendering puts values in and leaves unknown ones empty.
 */
@Component(service = {Templates.class, TemplatesImpl.class})
public class TemplatesImpl implements Templates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

    private final Database db;
    private final Clock clock;

    @Activate
    public TemplatesImpl(@Reference Database db) {
        this(db, Clock.systemUTC());
    }

    public TemplatesImpl(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public List<Template> list(long organizationId) {
        return db.read(em -> Arrays.stream(TemplateKind.values()).map(k -> get(em, organizationId, k)).toList());
    }

    @Override
    public Template get(long organizationId, TemplateKind kind) {
        requireKind(kind);
        return db.read(em -> get(em, organizationId, kind));
    }

    @Override
    public Template save(long organizationId, TemplateKind kind, String text, Boolean enabled, String actor) {
        requireKind(kind);
        String checked = text == null ? null : checkPlaceholders(kind, Texts.required(text, "text", 4000));
        return db.tx(em -> {
            TemplateEntity t = row(em, organizationId, kind);
            if (t == null) {
                t = new TemplateEntity();
                t.organizationId = organizationId;
                t.kind = kind.name();
                t.text = DefaultTemplates.text(kind);
                t.enabled = 1;
                em.persist(t);
            }
            if (checked != null) {
                t.text = checked;
            }
            if (enabled != null) {
                t.enabled = (short) (enabled ? 1 : 0);
            }
            t.updatedAt = clock.instant();
            AuditWriter.write(em, organizationId, actor, "template.save", "template:" + kind, null);
            return toApi(kind, t);
        });
    }

    @Override
    public Template reset(long organizationId, TemplateKind kind, String actor) {
        requireKind(kind);
        return db.tx(em -> {
            TemplateEntity t = row(em, organizationId, kind);
            if (t != null) {
                em.remove(t);
            }
            AuditWriter.write(em, organizationId, actor, "template.reset", "template:" + kind, null);
            return toApi(kind, null);
        });
    }

    @Override
    public String render(long organizationId, TemplateKind kind, Map<String, String> values) {
        return fill(get(organizationId, kind).text(), values);
    }

    /** The template within the caller's transaction. */
    Template get(EntityManager em, long organizationId, TemplateKind kind) {
        return toApi(kind, row(em, organizationId, kind));
    }

    /** Puts the values in; a placeholder without a value becomes empty. */
    static String fill(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), "")));
        }
        return m.appendTail(out).toString();
    }

    private static String checkPlaceholders(TemplateKind kind, String text) {
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (!kind.placeholders().contains(m.group(1))) {
                throw new InvalidInputException("text", "unknown placeholder {" + m.group(1) + "}; " + kind
                        + " knows " + kind.placeholders());
            }
        }
        return text;
    }

    private static void requireKind(TemplateKind kind) {
        if (kind == null) {
            throw new InvalidInputException("kind", "is required");
        }
    }

    private static TemplateEntity row(EntityManager em, long organizationId, TemplateKind kind) {
        TemplateEntity.Key key = new TemplateEntity.Key();
        key.organizationId = organizationId;
        key.kind = kind.name();
        return em.find(TemplateEntity.class, key);
    }

    private static Template toApi(TemplateKind kind, TemplateEntity t) {
        return t == null ? new Template(kind, DefaultTemplates.text(kind), true, false, null)
                : new Template(kind, t.text, t.enabled == 1, true, t.updatedAt);
    }
}
