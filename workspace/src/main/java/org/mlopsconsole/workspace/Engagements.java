package org.mlopsconsole.workspace;

import java.util.List;

/** The organization and team use cases: create, rename, archive, list. Each is one transaction. */
public final class Engagements {

    private final Transactions transactions;

    public Engagements(Transactions transactions) {
        this.transactions = transactions;
    }

    public Organization createOrganization(String name) {
        String checked = Names.require("Organization name", name);
        return transactions.inTransaction(
                "create organization " + checked, r -> r.engagements().createOrganization(checked));
    }

    public void renameOrganization(long organizationId, String name) {
        String checked = Names.require("Organization name", name);
        transactions.inTransaction("rename organization", r -> {
            requireFound(r.engagements().renameOrganization(organizationId, checked), "organization", organizationId);
            return null;
        });
    }

    public void archiveOrganization(long organizationId, boolean archived) {
        transactions.inTransaction("archive organization", r -> {
            requireFound(
                    r.engagements().setOrganizationArchived(organizationId, archived), "organization", organizationId);
            return null;
        });
    }

    /** By name, then id. */
    public List<Organization> organizations(boolean includeArchived) {
        return transactions.inTransaction(
                "list organizations", r -> r.engagements().organizations(includeArchived));
    }

    /** Organization {@code id}, archived or not; an {@link EngagementException} naming the id when there is none. */
    public Organization organization(long organizationId) {
        return transactions
                .inTransaction("read organization", r -> r.engagements().findOrganization(organizationId))
                .orElseThrow(() -> notFound("organization", organizationId, "org list"));
    }

    public Team createTeam(long organizationId, String name) {
        String checked = Names.require("Team name", name);
        return transactions.inTransaction("create team " + checked, r -> {
            if (r.engagements().findOrganization(organizationId).isEmpty()) {
                throw notFound("organization", organizationId, "org list");
            }
            return r.engagements().createTeam(organizationId, checked);
        });
    }

    public void renameTeam(long teamId, String name) {
        String checked = Names.require("Team name", name);
        transactions.inTransaction("rename team", r -> {
            requireFound(r.engagements().renameTeam(teamId, checked), "team", teamId);
            return null;
        });
    }

    public void archiveTeam(long teamId, boolean archived) {
        transactions.inTransaction("archive team", r -> {
            requireFound(r.engagements().setTeamArchived(teamId, archived), "team", teamId);
            return null;
        });
    }

    /** By name, then id. */
    public List<Team> teams(long organizationId, boolean includeArchived) {
        return transactions.inTransaction("list teams", r -> r.engagements().teams(organizationId, includeArchived));
    }

    public Team team(long teamId) {
        return transactions
                .inTransaction("read team", r -> r.engagements().findTeam(teamId))
                .orElseThrow(() -> notFound("team", teamId, "org list"));
    }

    static void requireFound(boolean found, String kind, long id) {
        if (!found) {
            throw notFound(kind, id, null);
        }
    }

    /** "There is no team with id 7 in this workspace." */
    static EngagementException notFound(String kind, long id, String listCommand) {
        return new EngagementException("There is no " + kind + " with id " + id + " in this workspace"
                + (listCommand == null ? "." : " ('mlops-console " + listCommand + "' lists them)."));
    }
}
