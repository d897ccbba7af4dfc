package org.mlopsconsole.app.assessment;

import java.util.List;

/** Organizations and their teams. Every change is saved when the call returns. */
public interface EngagementRepository {

    Organization createOrganization(String name);

    void renameOrganization(long organizationId, String name);

    void setOrganizationArchived(long organizationId, boolean archived);

    List<Organization> organizations(boolean includeArchived);

    Team createTeam(long organizationId, String name);

    void renameTeam(long teamId, String name);

    void setTeamArchived(long teamId, boolean archived);

    List<Team> teams(long organizationId, boolean includeArchived);
}
