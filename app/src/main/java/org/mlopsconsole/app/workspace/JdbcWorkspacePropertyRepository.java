package org.mlopsconsole.app.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/** Plain JDBC over the portable {@code workspace_property} table (H2 and PostgreSQL). */
final class JdbcWorkspacePropertyRepository implements WorkspacePropertyRepository {

    private final DataSource dataSource;

    JdbcWorkspacePropertyRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<String> get(String key) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT property_value FROM workspace_property WHERE property_key = ?")) {
            select.setString(1, key);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new WorkspaceException("Could not read workspace property " + key + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void put(String key, String value) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE workspace_property SET property_value = ? WHERE property_key = ?")) {
            update.setString(1, value);
            update.setString(2, key);
            if (update.executeUpdate() == 0) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO workspace_property (property_key, property_value) VALUES (?, ?)")) {
                    insert.setString(1, key);
                    insert.setString(2, value);
                    insert.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new WorkspaceException("Could not save workspace property " + key + ": " + e.getMessage(), e);
        }
    }
}
