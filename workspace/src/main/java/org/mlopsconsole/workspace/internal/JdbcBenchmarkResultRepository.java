package org.mlopsconsole.workspace.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mlopsconsole.workspace.BenchmarkResultRepository;
import org.mlopsconsole.workspace.BenchmarkRun;
import org.mlopsconsole.workspace.BenchmarkTargetKind;
import org.mlopsconsole.workspace.NewBenchmarkResult;

/** {@link BenchmarkResultRepository} over the {@code benchmark_result} table, in plain JDBC. */
final class JdbcBenchmarkResultRepository implements BenchmarkResultRepository {

    private static final String RUN = "SELECT id, label, started_at, saved_at, target_kind, target, model_name,"
            + " model_sha256, machine, settings, point_count FROM benchmark_result";

    private final Jdbc jdbc;
    private final Clock clock;

    JdbcBenchmarkResultRepository(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public BenchmarkRun save(NewBenchmarkResult result) {
        // Both databases keep microseconds: cut below them, so what is read back equals what was saved.
        Instant savedAt = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        Instant startedAt = result.startedAt().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        long id = jdbc.insert(
                "save benchmark result " + result.label(),
                "INSERT INTO benchmark_result (label, started_at, saved_at, target_kind, target, model_name,"
                        + " model_sha256, machine, settings, point_count, document)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                result.label(),
                startedAt,
                savedAt,
                result.targetKind(),
                result.target(),
                result.modelName(),
                result.modelSha256(),
                result.machine(),
                result.settings(),
                result.pointCount(),
                result.document());
        return new BenchmarkRun(
                id,
                result.label(),
                startedAt,
                savedAt,
                result.targetKind(),
                result.target(),
                result.modelName(),
                result.modelSha256(),
                result.machine(),
                result.settings(),
                result.pointCount());
    }

    @Override
    public List<BenchmarkRun> list() {
        return jdbc.query(
                "list benchmark results",
                RUN + " ORDER BY started_at DESC, id DESC",
                JdbcBenchmarkResultRepository::run);
    }

    @Override
    public Optional<BenchmarkRun> find(long id) {
        return jdbc.queryOne("read benchmark result", RUN + " WHERE id = ?", JdbcBenchmarkResultRepository::run, id);
    }

    @Override
    public Optional<String> document(long id) {
        return jdbc.queryOne(
                "read benchmark result",
                "SELECT document FROM benchmark_result WHERE id = ?",
                row -> row.getString(1),
                id);
    }

    @Override
    public boolean rename(long id, String label) {
        return jdbc.update("rename benchmark result", "UPDATE benchmark_result SET label = ? WHERE id = ?", label, id)
                > 0;
    }

    @Override
    public boolean delete(long id) {
        return jdbc.update("delete benchmark result", "DELETE FROM benchmark_result WHERE id = ?", id) > 0;
    }

    private static BenchmarkRun run(ResultSet row) throws SQLException {
        return new BenchmarkRun(
                row.getLong(1),
                row.getString(2),
                row.getTimestamp(3).toInstant(),
                row.getTimestamp(4).toInstant(),
                BenchmarkTargetKind.valueOf(row.getString(5)),
                row.getString(6),
                row.getString(7),
                Optional.ofNullable(row.getString(8)),
                row.getString(9),
                row.getString(10),
                row.getInt(11));
    }
}
