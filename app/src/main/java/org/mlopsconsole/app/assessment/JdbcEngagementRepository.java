package org.mlopsconsole.app.assessment;

import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.mlopsconsole.app.workspace.Jdbc;

/** {@link EngagementRepository} in plain JDBC on the workspace database. */
public final class JdbcEngagementRepository implements EngagementRepository {

    private final Jdbc jdbc;
    private final Clock clock;

    public JdbcEngagementRepository(DataSource dataSource, Clock clock) {
        this.jdbc = new Jdbc(dataSource);
        this.clock = clock;
    }

    @Override
    public Organization createOrganization(String name) {
        String checked = Names.require("Organization name", name);
        long id = jdbc.insert(
                "create organization " + checked,
                "INSERT INTO organization (name, archived, created_at) VALUES (?, FALSE, ?)",
                checked,
                clock.instant());
        return new Organization(id, checked, false);
    }

    @Override
    public void renameOrganization(long organizationId, String name) {
        String checked = Names.require("Organization name", name);
        requireOne(
                jdbc.update(
                        "rename organization",
                        "UPDATE organization SET name = ? WHERE id = ?",
                        checked,
                        organizationId),
                "organization",
                organizationId);
    }

    @Override
    public void setOrganizationArchived(long organizationId, boolean archived) {
        requireOne(
                jdbc.update(
                        "archive organization",
                        "UPDATE organization SET archived = ? WHERE id = ?",
                        archived,
                        organizationId),
                "organization",
                organizationId);
    }

    @Override
    public List<Organization> organizations(boolean includeArchived) {
        return jdbc.query(
                "list organizations",
                "SELECT id, name, archived FROM organization WHERE archived = FALSE OR ? ORDER BY name, id",
                row -> new Organization(row.getLong(1), row.getString(2), row.getBoolean(3)),
                includeArchived);
    }

    @Override
    public Team createTeam(long organizationId, String name) {
        String checked = Names.require("Team name", name);
        requireOne(
                jdbc.query(
                                "find organization",
                                "SELECT id FROM organization WHERE id = ?",
                                row -> row.getLong(1),
                                organizationId)
                        .size(),
                "organization",
                organizationId);
        long id = jdbc.insert(
                "create team " + checked,
                "INSERT INTO team (organization_id, name, archived, created_at) VALUES (?, ?, FALSE, ?)",
                organizationId,
                checked,
                clock.instant());
        return new Team(id, organizationId, checked, false);
    }

    @Override
    public void renameTeam(long teamId, String name) {
        String checked = Names.require("Team name", name);
        requireOne(
                jdbc.update("rename team", "UPDATE team SET name = ? WHERE id = ?", checked, teamId), "team", teamId);
    }

    @Override
    public void setTeamArchived(long teamId, boolean archived) {
        requireOne(
                jdbc.update("archive team", "UPDATE team SET archived = ? WHERE id = ?", archived, teamId),
                "team",
                teamId);
    }

    @Override
    public List<Team> teams(long organizationId, boolean includeArchived) {
        return jdbc.query(
                "list teams",
                "SELECT id, organization_id, name, archived FROM team"
                        + " WHERE organization_id = ? AND (archived = FALSE OR ?) ORDER BY name, id",
                row -> new Team(row.getLong(1), row.getLong(2), row.getString(3), row.getBoolean(4)),
                organizationId,
                includeArchived);
    }

    static void requireOne(int rows, String kind, long id) {
        if (rows == 0) {
            throw new EngagementException("There is no " + kind + " with id " + id + ".");
        }
    }
}
