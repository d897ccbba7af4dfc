package org.mlopsconsole.workspace.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.mlopsconsole.workspace.Cell;
import org.mlopsconsole.workspace.CellField;
import org.mlopsconsole.workspace.Change;
import org.mlopsconsole.workspace.HistoryRepository;

/** {@link HistoryRepository} in plain JDBC over {@code change_history}. */
final class JdbcHistoryRepository implements HistoryRepository {

    private static final String CHANGE = "SELECT id, assessment_id, field, participant_name, item_id, old_value,"
            + " new_value, changed_by, changed_at FROM change_history";

    private final Jdbc jdbc;
    private final Clock clock;
    private final String actor;

    JdbcHistoryRepository(Jdbc jdbc, Clock clock, String actor) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.actor = actor;
    }

    @Override
    public void record(
            long assessmentId,
            Cell cell,
            Optional<String> participantName,
            Optional<String> oldValue,
            Optional<String> newValue) {
        jdbc.update(
                "record the change",
                "INSERT INTO change_history (assessment_id, field, owner_id, participant_name, item_id, old_value,"
                        + " new_value, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                assessmentId,
                cell.field(),
                cell.ownerId(),
                participantName,
                cell.itemId(),
                oldValue,
                newValue,
                actor,
                clock.instant());
    }

    /** A participant removed since has no id here: their entries keep the name, owner 0. */
    @Override
    public void restore(Change change, java.util.OptionalLong participantId) {
        jdbc.update(
                "copy the history",
                "INSERT INTO change_history (assessment_id, field, owner_id, participant_name, item_id, old_value,"
                        + " new_value, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                change.assessmentId(),
                change.field(),
                change.field().ofParticipant() ? participantId.orElse(0) : change.assessmentId(),
                change.participantName(),
                change.itemId(),
                change.oldValue(),
                change.newValue(),
                change.changedBy(),
                change.changedAt());
    }

    @Override
    public List<Change> ofAssessment(long assessmentId) {
        return jdbc.query(
                "read the history",
                CHANGE + " WHERE assessment_id = ? ORDER BY id",
                JdbcHistoryRepository::change,
                assessmentId);
    }

    @Override
    public Optional<Change> latest(Cell cell) {
        return jdbc.queryOne(
                "read the history",
                CHANGE + " WHERE field = ? AND owner_id = ? AND item_id = ? ORDER BY id DESC FETCH FIRST 1 ROWS ONLY",
                JdbcHistoryRepository::change,
                cell.field(),
                cell.ownerId(),
                cell.itemId());
    }

    private static Change change(ResultSet row) throws SQLException {
        return new Change(
                row.getLong(1),
                row.getLong(2),
                CellField.valueOf(row.getString(3)),
                Optional.ofNullable(row.getString(4)),
                row.getString(5),
                Optional.ofNullable(row.getString(6)),
                Optional.ofNullable(row.getString(7)),
                row.getString(8),
                row.getTimestamp(9).toInstant());
    }
}
