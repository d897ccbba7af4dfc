package org.mlopsconsole.workspace.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.mlopsconsole.workspace.EngagementRepository;
import org.mlopsconsole.workspace.Organization;
import org.mlopsconsole.workspace.Team;

/** {@link EngagementRepository} in plain JDBC; the use cases check the fields. */
final class JdbcEngagementRepository implements EngagementRepository {

    private static final String ORGANIZATION = "SELECT id, name, archived FROM organization";
    private static final String TEAM = "SELECT id, organization_id, name, archived FROM team";

    private final Jdbc jdbc;
    private final Clock clock;

    JdbcEngagementRepository(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Organization createOrganization(String name) {
        long id = jdbc.insert(
                "create organization " + name,
                "INSERT INTO organization (name, archived, created_at) VALUES (?, FALSE, ?)",
                name,
                clock.instant());
        return new Organization(id, name, false);
    }

    @Override
    public boolean renameOrganization(long organizationId, String name) {
        return jdbc.update(
                        "rename organization",
                        "UPDATE organization SET name = ?, version = version + 1 WHERE id = ?",
                        name,
                        organizationId)
                > 0;
    }

    @Override
    public boolean setOrganizationArchived(long organizationId, boolean archived) {
        return jdbc.update(
                        "archive organization",
                        "UPDATE organization SET archived = ?, version = version + 1 WHERE id = ?",
                        archived,
                        organizationId)
                > 0;
    }

    @Override
    public List<Organization> organizations(boolean includeArchived) {
        return jdbc.query(
                "list organizations",
                ORGANIZATION + " WHERE archived = FALSE OR ? ORDER BY name, id",
                JdbcEngagementRepository::organization,
                includeArchived);
    }

    @Override
    public Optional<Organization> findOrganization(long organizationId) {
        return jdbc.queryOne(
                "read organization",
                ORGANIZATION + " WHERE id = ?",
                JdbcEngagementRepository::organization,
                organizationId);
    }

    @Override
    public Team createTeam(long organizationId, String name) {
        long id = jdbc.insert(
                "create team " + name,
                "INSERT INTO team (organization_id, name, archived, created_at) VALUES (?, ?, FALSE, ?)",
                organizationId,
                name,
                clock.instant());
        return new Team(id, organizationId, name, false);
    }

    @Override
    public boolean renameTeam(long teamId, String name) {
        return jdbc.update("rename team", "UPDATE team SET name = ?, version = version + 1 WHERE id = ?", name, teamId)
                > 0;
    }

    @Override
    public boolean setTeamArchived(long teamId, boolean archived) {
        return jdbc.update(
                        "archive team",
                        "UPDATE team SET archived = ?, version = version + 1 WHERE id = ?",
                        archived,
                        teamId)
                > 0;
    }

    @Override
    public List<Team> teams(long organizationId, boolean includeArchived) {
        return jdbc.query(
                "list teams",
                TEAM + " WHERE organization_id = ? AND (archived = FALSE OR ?) ORDER BY name, id",
                JdbcEngagementRepository::team,
                organizationId,
                includeArchived);
    }

    @Override
    public Optional<Team> findTeam(long teamId) {
        return jdbc.queryOne("read team", TEAM + " WHERE id = ?", JdbcEngagementRepository::team, teamId);
    }

    private static Organization organization(ResultSet row) throws SQLException {
        return new Organization(row.getLong(1), row.getString(2), row.getBoolean(3));
    }

    private static Team team(ResultSet row) throws SQLException {
        return new Team(row.getLong(1), row.getLong(2), row.getString(3), row.getBoolean(4));
    }
}
