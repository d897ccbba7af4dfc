package org.mlopsconsole.workspace.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.mlopsconsole.workspace.WorkspaceException;

/**
 * The few JDBC moves the repositories make, with their parameters bound by type and every
 * {@link SQLException} turned into a {@link WorkspaceException} that says what was being done.
 * Each call runs in its own auto-committed connection unless it is inside {@link #inTransaction}.
 */
final class Jdbc {

    /** Maps the current row of a result set. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** Work done inside one transaction. */
    @FunctionalInterface
    public interface TransactionWork<T> {
        T run(Jdbc transaction) throws SQLException;
    }

    private final DataSource dataSource;
    private final Connection transaction;

    Jdbc(DataSource dataSource) {
        this(dataSource, null);
    }

    private Jdbc(DataSource dataSource, Connection transaction) {
        this.dataSource = dataSource;
        this.transaction = transaction;
    }

    int update(String what, String sql, Object... parameters) {
        return withConnection(what, connection -> {
            try (PreparedStatement statement = prepare(connection, sql, parameters)) {
                return statement.executeUpdate();
            }
        });
    }

    /** Runs one statement for each parameter row, as a JDBC batch; returns the rows changed. */
    long batch(String what, String sql, List<Object[]> rows) {
        return withConnection(what, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql, Statement.NO_GENERATED_KEYS)) {
                for (Object[] row : rows) {
                    bind(statement, row);
                    statement.addBatch();
                }
                long changed = 0;
                for (int count : statement.executeBatch()) {
                    changed += Math.max(count, 0);
                }
                return changed;
            }
        });
    }

    /** Runs an INSERT and returns the generated {@code id}. */
    long insert(String what, String sql, Object... parameters) {
        return withConnection(what, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"})) {
                bind(statement, parameters);
                statement.executeUpdate();
                try (ResultSet keys = statement.getGeneratedKeys()) {
                    if (!keys.next()) {
                        throw new SQLException("no generated key");
                    }
                    return keys.getLong(1);
                }
            }
        });
    }

    <T> List<T> query(String what, String sql, RowMapper<T> mapper, Object... parameters) {
        return withConnection(what, connection -> {
            try (PreparedStatement statement = prepare(connection, sql, parameters);
                    ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
                return result;
            }
        });
    }

    <T> Optional<T> queryOne(String what, String sql, RowMapper<T> mapper, Object... parameters) {
        List<T> rows = query(what, sql, mapper, parameters);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** Runs {@code work} in one transaction: all of it is saved, or none. */
    <T> T inTransaction(String what, TransactionWork<T> work) {
        if (transaction != null) {
            try {
                return work.run(this);
            } catch (SQLException e) {
                throw failure(what, e);
            }
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(new Jdbc(dataSource, connection));
                connection.commit();
                return result;
            } catch (RuntimeException | SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    private interface ConnectionWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T withConnection(String what, ConnectionWork<T> work) {
        try {
            if (transaction != null) {
                return work.run(transaction);
            }
            try (Connection connection = dataSource.getConnection()) {
                return work.run(connection);
            }
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    private static WorkspaceException failure(String what, SQLException e) {
        return new WorkspaceException("Could not " + what + ": " + firstLine(e.getMessage()), e);
    }

    static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    /** A duplicate key: another transaction inserted the same row first. */
    static boolean isDuplicateKey(SQLException e) {
        return "23505".equals(e.getSQLState());
    }

    /**
     * Runs an update that another transaction may beat (an insert of the same key); returns 0 rows
     * then instead of failing. PostgreSQL statements use ON CONFLICT and never get here.
     */
    int updateUnlessBeaten(String what, String sql, Object... parameters) {
        return withConnection(what, connection -> {
            try (PreparedStatement statement = prepare(connection, sql, parameters)) {
                return statement.executeUpdate();
            } catch (SQLException e) {
                if (isDuplicateKey(e)) {
                    return 0;
                }
                throw e;
            }
        });
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql, Statement.NO_GENERATED_KEYS);
        bind(statement, parameters);
        return statement;
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            if (value instanceof Instant instant) {
                statement.setTimestamp(i + 1, Timestamp.from(instant));
            } else if (value instanceof LocalDate date) {
                statement.setDate(i + 1, Date.valueOf(date));
            } else if (value instanceof java.util.Optional<?> optional) {
                statement.setObject(i + 1, optional.orElse(null));
            } else if (value instanceof Enum<?> constant) {
                statement.setString(i + 1, constant.name());
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }
}
