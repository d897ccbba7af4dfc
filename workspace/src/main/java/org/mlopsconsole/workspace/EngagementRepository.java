package org.mlopsconsole.workspace;

import java.util.List;
import java.util.Optional;

/**
 * Organizations and their teams, as stored. Callers go through {@link Engagements}, which checks
 * the fields and runs each use case in one transaction.
 */
public interface EngagementRepository {

    Organization createOrganization(String name);

    /** False when there is no such organization. */
    boolean renameOrganization(long organizationId, String name);

    boolean setOrganizationArchived(long organizationId, boolean archived);

    List<Organization> organizations(boolean includeArchived);

    Optional<Organization> findOrganization(long organizationId);

    Team createTeam(long organizationId, String name);

    boolean renameTeam(long teamId, String name);

    boolean setTeamArchived(long teamId, boolean archived);

    List<Team> teams(long organizationId, boolean includeArchived);

    Optional<Team> findTeam(long teamId);
}
