package org.mlopsconsole.workspace.internal;

import java.util.List;
import java.util.Optional;
import org.mlopsconsole.workspace.WorkspacePropertyRepository;

/** Plain JDBC over the {@code workspace_property} table. */
final class JdbcWorkspacePropertyRepository implements WorkspacePropertyRepository {

    private final Jdbc jdbc;
    private final String upsert;

    JdbcWorkspacePropertyRepository(Jdbc jdbc, Dialect dialect) {
        this.jdbc = jdbc;
        this.upsert = dialect.upsert(
                "workspace_property",
                List.of(new Dialect.Column("property_key", "VARCHAR(100)")),
                List.of(new Dialect.Column("property_value", "VARCHAR(4000)")),
                false);
    }

    @Override
    public Optional<String> get(String key) {
        return jdbc.queryOne(
                "read workspace property " + key,
                "SELECT property_value FROM workspace_property WHERE property_key = ?",
                row -> row.getString(1),
                key);
    }

    @Override
    public void put(String key, String value) {
        jdbc.update("save workspace property " + key, upsert, key, value);
    }
}
