package io.kopilka.api.org;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** Creates and finds organizations, venues and terminals. */
@ProviderType
public interface OrganizationService {

    Organization createOrganization(String name);

    Venue createVenue(long organizationId, String code, String name);

    Terminal createTerminal(long venueId, String code, String name);

    List<Organization> organizations();

    Optional<Organization> organization(long id);

    List<Venue> venues(long organizationId);

    Optional<Venue> venue(long venueId);

    Optional<Venue> venueByCode(long organizationId, String code);

    List<Terminal> terminals(long venueId);

    Optional<Terminal> terminal(long terminalId);
}
