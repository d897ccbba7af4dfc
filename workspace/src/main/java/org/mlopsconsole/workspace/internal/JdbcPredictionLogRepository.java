package org.mlopsconsole.workspace.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.mlopsconsole.workspace.LoggedPrediction;
import org.mlopsconsole.workspace.PredictionLogRepository;
import org.mlopsconsole.workspace.RecordedOutcome;

/** Plain JDBC over {@code prediction_log} and {@code prediction_outcome} (V7), the same SQL on H2 and PostgreSQL. */
final class JdbcPredictionLogRepository implements PredictionLogRepository {

    /** Ids per IN list: well under every driver's parameter limit. */
    private static final int IDS_PER_QUERY = 500;

    private static final String COLUMNS = "p.prediction_id, p.model_name, p.request_id, p.client_id, p.answered_at,"
            + " p.model_version, p.variant, p.latency_us, p.inputs, p.outputs";

    private final Jdbc jdbc;

    JdbcPredictionLogRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void append(List<LoggedPrediction> rows) {
        List<Object[]> parameters = rows.stream()
                .map(row -> new Object[] {
                    row.model(),
                    row.predictionId(),
                    row.requestId(),
                    row.clientId(),
                    row.answeredAt(),
                    row.version(),
                    row.variant(),
                    row.latencyMicros(),
                    row.inputsJson(),
                    row.outputsJson()
                })
                .toList();
        jdbc.inTransaction(
                "log " + rows.size() + " predictions",
                tx -> tx.batch(
                        "log predictions",
                        "INSERT INTO prediction_log (model_name, prediction_id, request_id, client_id, answered_at,"
                                + " model_version, variant, latency_us, inputs, outputs)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        parameters));
    }

    @Override
    public List<LoggedPrediction> find(String model, Instant from, Instant to, Set<String> ids, int limit) {
        String sql = "SELECT " + COLUMNS + " FROM prediction_log p WHERE p.model_name = ? AND p.answered_at >= ?"
                + " AND p.answered_at < ?";
        if (ids.isEmpty()) {
            return jdbc.query(
                    "read the prediction log of " + model,
                    sql + " ORDER BY p.answered_at DESC, p.id DESC FETCH FIRST " + limit + " ROWS ONLY",
                    JdbcPredictionLogRepository::prediction,
                    model,
                    from,
                    to);
        }
        List<LoggedPrediction> found = new ArrayList<>();
        for (List<String> chunk : chunks(ids)) {
            List<Object> parameters = new ArrayList<>(List.of(model, from, to));
            parameters.addAll(chunk);
            found.addAll(jdbc.query(
                    "read the prediction log of " + model,
                    sql + " AND p.prediction_id IN (" + placeholders(chunk.size()) + ")",
                    JdbcPredictionLogRepository::prediction,
                    parameters.toArray()));
        }
        found.sort((a, b) -> b.answeredAt().compareTo(a.answeredAt()));
        return List.copyOf(found.subList(0, Math.min(limit, found.size())));
    }

    @Override
    public Set<String> loggedIds(String model, Set<String> ids) {
        return idsIn("prediction_log", model, ids);
    }

    @Override
    public Set<String> outcomeIds(String model, Set<String> ids) {
        return idsIn("prediction_outcome", model, ids);
    }

    private Set<String> idsIn(String table, String model, Set<String> ids) {
        Set<String> found = new HashSet<>();
        for (List<String> chunk : chunks(ids)) {
            List<Object> parameters = new ArrayList<>(List.of(model));
            parameters.addAll(chunk);
            found.addAll(jdbc.query(
                    "look up ids in " + table,
                    "SELECT DISTINCT prediction_id FROM " + table + " WHERE model_name = ? AND prediction_id IN ("
                            + placeholders(chunk.size()) + ")",
                    row -> row.getString(1),
                    parameters.toArray()));
        }
        return found;
    }

    @Override
    public void appendOutcomes(List<RecordedOutcome> outcomes) {
        List<Object[]> parameters = outcomes.stream()
                .map(outcome -> new Object[] {
                    outcome.model(),
                    outcome.predictionId(),
                    outcome.label(),
                    outcome.value().isPresent() ? outcome.value().getAsDouble() : null,
                    outcome.receivedAt()
                })
                .toList();
        // the runtime checked that none has an outcome yet; a second app racing it fails the batch
        jdbc.inTransaction(
                "save " + outcomes.size() + " outcomes",
                tx -> tx.batch(
                        "save outcomes",
                        "INSERT INTO prediction_outcome (model_name, prediction_id, label, outcome_value, received_at)"
                                + " VALUES (?, ?, ?, ?, ?)",
                        parameters));
    }

    @Override
    public List<Joined> joined(String model, Instant from, Instant to) {
        return jdbc.query(
                "join outcomes to the prediction log of " + model,
                "SELECT " + COLUMNS + ", o.label, o.outcome_value, o.received_at FROM prediction_log p"
                        + " JOIN prediction_outcome o ON o.model_name = p.model_name AND o.prediction_id = p.prediction_id"
                        + " WHERE p.model_name = ? AND p.answered_at >= ? AND p.answered_at < ?"
                        + " ORDER BY p.answered_at, p.id",
                row -> new Joined(prediction(row), outcome(row)),
                model,
                from,
                to);
    }

    @Override
    public long prune(long maxRows, Instant oldestKept) {
        return jdbc.inTransaction("apply the prediction log's retention", tx -> {
            long deleted =
                    tx.update("drop old predictions", "DELETE FROM prediction_log WHERE answered_at < ?", oldestKept);
            Optional<Long> newestDropped = tx.queryOne(
                    "find the prediction log's row limit",
                    "SELECT id FROM prediction_log ORDER BY id DESC OFFSET ? ROWS FETCH NEXT 1 ROWS ONLY",
                    row -> row.getLong(1),
                    maxRows);
            if (newestDropped.isPresent()) {
                deleted += tx.update(
                        "drop the predictions past the row limit",
                        "DELETE FROM prediction_log WHERE id <= ?",
                        newestDropped.get());
            }
            if (deleted > 0) {
                tx.update(
                        "drop the outcomes of dropped predictions",
                        "DELETE FROM prediction_outcome WHERE NOT EXISTS (SELECT 1 FROM prediction_log p"
                                + " WHERE p.model_name = prediction_outcome.model_name"
                                + " AND p.prediction_id = prediction_outcome.prediction_id)");
            }
            return deleted;
        });
    }

    private static LoggedPrediction prediction(ResultSet row) throws SQLException {
        return new LoggedPrediction(
                row.getString(1),
                row.getString(2),
                row.getLong(3),
                Optional.ofNullable(row.getString(4)),
                row.getTimestamp(5).toInstant(),
                row.getLong(6),
                Optional.ofNullable(row.getString(7)),
                row.getLong(8),
                row.getString(9),
                row.getString(10));
    }

    private static RecordedOutcome outcome(ResultSet row) throws SQLException {
        String label = row.getString(11);
        double value = row.getDouble(12);
        boolean hasValue = !row.wasNull();
        return new RecordedOutcome(
                row.getString(2),
                row.getString(1),
                Optional.ofNullable(label),
                hasValue ? OptionalDouble.of(value) : OptionalDouble.empty(),
                row.getTimestamp(13).toInstant());
    }

    private static List<List<String>> chunks(Set<String> ids) {
        List<String> all = List.copyOf(ids);
        List<List<String>> chunks = new ArrayList<>();
        for (int start = 0; start < all.size(); start += IDS_PER_QUERY) {
            chunks.add(all.subList(start, Math.min(all.size(), start + IDS_PER_QUERY)));
        }
        return chunks;
    }

    private static String placeholders(int count) {
        return java.util.Collections.nCopies(count, "?").stream().collect(Collectors.joining(", "));
    }
}
