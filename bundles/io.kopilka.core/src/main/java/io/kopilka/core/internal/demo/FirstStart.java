package io.kopilka.core.internal.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import io.kopilka.api.account.AccountService;
import io.kopilka.api.guest.GuestService;
import io.kopilka.api.guest.IdentifierService;
import io.kopilka.api.org.Organization;
import io.kopilka.api.org.OrganizationService;
import io.kopilka.api.security.IssuedToken;
import io.kopilka.api.security.TokenKind;
import io.kopilka.api.security.TokenService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On the first start with an empty database: creates the first organization and its admin token (generated, or the
 * one configured), and unless turned off, a demo venue with terminals and guests. The secrets are written once to a
 * file only the owner may read; the log says where, never what.
 */
@Component(immediate = true, configurationPid = "io.kopilka.core")
@Designate(ocd = FirstStart.Config.class)
public class FirstStart {

    private static final Logger LOG = LoggerFactory.getLogger(FirstStart.class);

    @ObjectClassDefinition(name = "Kopilka first start", description = "What Kopilka creates in an empty database")
    @interface Config {

        @AttributeDefinition(name = "Demo data", description = "Create a demo venue, terminals and guests")
        boolean demo() default true;

        @AttributeDefinition(name = "Organization name")
        String organization_name() default "Kopilka Demo";

        @AttributeDefinition(name = "Admin token", description = "Use this admin token (at least 24 characters) "
                + "instead of generating one")
        String admin_token() default "";

        @AttributeDefinition(name = "Credentials file", description = "Where the first start writes the secrets; "
                + "default: ${karaf.data}/kopilka/credentials.txt")
        String credentials_file() default "";
    }

    @Activate
    public FirstStart(Config config, @Reference OrganizationService organizations, @Reference TokenService tokens,
            @Reference GuestService guests, @Reference IdentifierService identifiers,
            @Reference AccountService accounts) {
        if (!organizations.organizations().isEmpty()) {
            return;
        }
        Organization org = organizations.createOrganization(config.organization_name());
        String actor = "system:first-start";
        IssuedToken admin = config.admin_token().isBlank()
                ? tokens.issue(org.id(), TokenKind.ADMIN, null, "admin", actor)
                : tokens.issueWithSecret(org.id(), TokenKind.ADMIN, null, "admin", config.admin_token(), actor);
        List<String> lines = new ArrayList<>();
        lines.add("# Kopilka credentials, written once at the first start. Keep them safe, then delete this file.");
        lines.add("organization.id=" + org.id());
        lines.add("admin.token=" + admin.secret());
        if (config.demo()) {
            lines.addAll(new DemoData(organizations, tokens, guests, identifiers, accounts).create(org.id()));
        }
        Path file = credentialsFile(config);
        write(file, lines);
        LOG.info("Kopilka first start: organization {} created{}; admin token written to {}", org.id(),
                config.demo() ? " with demo data" : "", file);
    }

    private static Path credentialsFile(Config config) {
        if (!config.credentials_file().isBlank()) {
            return Path.of(config.credentials_file());
        }
        return Path.of(System.getProperty("karaf.data", "data"), "kopilka", "credentials.txt");
    }

    private static void write(Path file, List<String> lines) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, lines, StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                LOG.debug("No POSIX permissions on this file system for {}", file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the first-start credentials to " + file, e);
        }
    }
}
