package io.kopilka.api.program;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** Creates, changes, lists and deactivates programs; every change is a new version. */
@ProviderType
public interface ProgramService {

    /**
     * @throws io.kopilka.api.InvalidInputException naming the parameter ({@code parameters.levels[1].threshold}) when
     *         the parameters do not fit the mechanic's schema, or when the mechanic is not installed
     */
    Program create(long organizationId, ProgramDefinition definition, String actor);

    Program update(long organizationId, long programId, ProgramDefinition definition, String actor);

    Program setActive(long organizationId, long programId, boolean active, String actor);

    Program get(long organizationId, long programId);

    List<Program> list(long organizationId);

    List<ProgramVersion> versions(long organizationId, long programId);

    /** The mechanics installed now. */
    List<MechanicInfo> mechanics();
}
