package org.mlopsconsole.workspace.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mlopsconsole.assessment.Rating;
import org.mlopsconsole.assessment.Respondent;
import org.mlopsconsole.assessment.Responses;
import org.mlopsconsole.workspace.AgendaSlot;
import org.mlopsconsole.workspace.Assessment;
import org.mlopsconsole.workspace.AssessmentRepository;
import org.mlopsconsole.workspace.AssessmentStatus;
import org.mlopsconsole.workspace.Cell;
import org.mlopsconsole.workspace.NewAssessment;
import org.mlopsconsole.workspace.Participant;
import org.mlopsconsole.workspace.StoredCell;

/** {@link AssessmentRepository} in plain JDBC; the use cases check fields and expectations. */
final class JdbcAssessmentRepository implements AssessmentRepository {

    private static final String ASSESSMENT = "SELECT id, team_id, title, model_id, custom_model, assessed_on,"
            + " facilitator, status, archived, version FROM assessment";
    private static final String PARTICIPANT = "SELECT id, respondent_key, name, role FROM participant";

    private final Jdbc jdbc;
    private final Dialect dialect;
    private final Clock clock;

    JdbcAssessmentRepository(Jdbc jdbc, Dialect dialect, Clock clock) {
        this.jdbc = jdbc;
        this.dialect = dialect;
        this.clock = clock;
    }

    @Override
    public Assessment create(NewAssessment spec) {
        long id = jdbc.insert(
                "create assessment " + spec.title(),
                "INSERT INTO assessment (team_id, title, model_id, custom_model, assessed_on, facilitator,"
                        + " status, archived, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?)",
                spec.teamId(),
                spec.title(),
                spec.modelId(),
                spec.customModel(),
                spec.date(),
                spec.facilitator(),
                AssessmentStatus.DRAFT,
                clock.instant(),
                clock.instant());
        return find(id).orElseThrow();
    }

    @Override
    public Optional<Assessment> find(long assessmentId) {
        return jdbc.queryOne(
                "read assessment", ASSESSMENT + " WHERE id = ?", JdbcAssessmentRepository::assessment, assessmentId);
    }

    @Override
    public List<Assessment> forTeam(long teamId, boolean includeArchived) {
        return jdbc.query(
                "list assessments",
                ASSESSMENT + " WHERE team_id = ? AND (archived = FALSE OR ?) ORDER BY assessed_on, id",
                JdbcAssessmentRepository::assessment,
                teamId,
                includeArchived);
    }

    @Override
    public Optional<Assessment> update(Assessment assessment) {
        int rows = jdbc.update(
                "save assessment",
                "UPDATE assessment SET title = ?, assessed_on = ?, facilitator = ?, status = ?, archived = ?,"
                        + " updated_at = ?, version = version + 1 WHERE id = ? AND version = ?",
                assessment.title(),
                assessment.date(),
                assessment.facilitator(),
                assessment.status(),
                assessment.archived(),
                clock.instant(),
                assessment.id(),
                assessment.version());
        return rows == 0 ? Optional.empty() : find(assessment.id());
    }

    @Override
    public List<Participant> participants(long assessmentId) {
        return jdbc.query(
                "list participants",
                PARTICIPANT + " WHERE assessment_id = ? ORDER BY position, id",
                JdbcAssessmentRepository::participant,
                assessmentId);
    }

    @Override
    public Optional<Map.Entry<Long, Participant>> findParticipant(long participantId) {
        return jdbc.queryOne(
                "read participant",
                "SELECT assessment_id, id, respondent_key, name, role FROM participant WHERE id = ?",
                row -> new AbstractMap.SimpleImmutableEntry<>(
                        row.getLong(1),
                        new Participant(row.getLong(2), row.getString(3), row.getString(4), row.getString(5))),
                participantId);
    }

    @Override
    public Participant addParticipant(long assessmentId, String name, String role) {
        return jdbc.inTransaction("add participant " + name, tx -> {
            // Two people adding participants at once must not pick the same position and key.
            tx.query(
                    "lock the assessment", "SELECT id FROM assessment WHERE id = ? FOR UPDATE", row -> 1, assessmentId);
            int position = tx.queryOne(
                            "next participant position",
                            "SELECT COALESCE(MAX(position) + 1, 0) FROM participant WHERE assessment_id = ?",
                            row -> row.getInt(1),
                            assessmentId)
                    .orElse(0);
            Set<String> keys = new HashSet<>(tx.query(
                    "read participant keys",
                    "SELECT respondent_key FROM participant WHERE assessment_id = ?",
                    row -> row.getString(1),
                    assessmentId));
            String key = "p" + (position + 1);
            for (int suffix = position + 2; keys.contains(key); suffix++) {
                key = "p" + suffix;
            }
            long id = tx.insert(
                    "add participant " + name,
                    "INSERT INTO participant (assessment_id, respondent_key, name, role, position) VALUES (?, ?, ?, ?, ?)",
                    assessmentId,
                    key,
                    name,
                    role,
                    position);
            return new Participant(id, key, name, role);
        });
    }

    @Override
    public boolean renameParticipant(long assessmentId, Participant participant) {
        return jdbc.update(
                        "rename participant",
                        "UPDATE participant SET name = ?, role = ?, version = version + 1"
                                + " WHERE id = ? AND assessment_id = ?",
                        participant.name(),
                        participant.role(),
                        participant.id(),
                        assessmentId)
                > 0;
    }

    @Override
    public boolean removeParticipant(long assessmentId, long participantId) {
        String ofThisAssessment = "participant_id IN (SELECT id FROM participant WHERE id = ? AND assessment_id = ?)";
        jdbc.update(
                "remove ratings",
                "DELETE FROM participant_rating WHERE " + ofThisAssessment,
                participantId,
                assessmentId);
        jdbc.update(
                "remove notes", "DELETE FROM participant_note WHERE " + ofThisAssessment, participantId, assessmentId);
        return jdbc.update(
                        "remove participant",
                        "DELETE FROM participant WHERE id = ? AND assessment_id = ?",
                        participantId,
                        assessmentId)
                > 0;
    }

    @Override
    public StoredCell read(Cell cell) {
        CellTable table = CellTable.of(cell.field());
        return jdbc.queryOne(
                        "read the " + cell.field().label(),
                        table.select(),
                        row -> new StoredCell(Optional.ofNullable(row.getString(1)), row.getLong(2)),
                        cell.ownerId(),
                        cell.itemId())
                .orElse(StoredCell.NEVER_SAVED);
    }

    @Override
    public boolean write(Cell cell, long expectedVersion, Optional<String> value) {
        CellTable table = CellTable.of(cell.field());
        return jdbc.updateUnlessBeaten(
                        "save the " + cell.field().label(),
                        table.upsert(dialect),
                        cell.ownerId(),
                        cell.itemId(),
                        table.bind(value),
                        expectedVersion)
                > 0;
    }

    @Override
    public Responses responses(long assessmentId) {
        Assessment assessment = find(assessmentId).orElseThrow();
        Map<Long, Map<String, Rating>> ratings = new LinkedHashMap<>();
        jdbc.query(
                "read ratings",
                "SELECT r.participant_id, r.question_id, r.rating FROM participant_rating r"
                        + " JOIN participant p ON p.id = r.participant_id"
                        + " WHERE p.assessment_id = ? AND r.rating IS NOT NULL",
                row -> ratings.computeIfAbsent(row.getLong(1), id -> new LinkedHashMap<>())
                        .put(row.getString(2), Rating.valueOf(row.getString(3))),
                assessmentId);
        Map<Long, Map<String, String>> notes = new LinkedHashMap<>();
        jdbc.query(
                "read notes",
                "SELECT n.participant_id, n.question_id, n.note FROM participant_note n"
                        + " JOIN participant p ON p.id = n.participant_id"
                        + " WHERE p.assessment_id = ? AND n.note IS NOT NULL",
                row -> notes.computeIfAbsent(row.getLong(1), id -> new LinkedHashMap<>())
                        .put(row.getString(2), row.getString(3)),
                assessmentId);
        List<Respondent> respondents = new ArrayList<>();
        for (Participant participant : participants(assessmentId)) {
            respondents.add(new Respondent(
                    participant.respondentKey(),
                    participant.name(),
                    participant.role(),
                    ratings.getOrDefault(participant.id(), Map.of()),
                    notes.getOrDefault(participant.id(), Map.of())));
        }
        Map<String, Rating> consensus = new LinkedHashMap<>();
        jdbc.query(
                "read consensus",
                "SELECT question_id, rating FROM consensus_rating WHERE assessment_id = ? AND rating IS NOT NULL",
                row -> consensus.put(row.getString(1), Rating.valueOf(row.getString(2))),
                assessmentId);
        Map<String, Integer> targets = new LinkedHashMap<>();
        jdbc.query(
                "read targets",
                "SELECT dimension_id, target_level FROM dimension_target"
                        + " WHERE assessment_id = ? AND target_level IS NOT NULL",
                row -> targets.put(row.getString(1), row.getInt(2)),
                assessmentId);
        return new Responses(assessment.modelId(), respondents, consensus, targets);
    }

    @Override
    public Map<String, String> evidence(long assessmentId) {
        Map<String, String> evidence = new LinkedHashMap<>();
        jdbc.query(
                "read notes and evidence",
                "SELECT question_id, evidence FROM question_evidence WHERE assessment_id = ? AND evidence IS NOT NULL",
                row -> evidence.put(row.getString(1), row.getString(2)),
                assessmentId);
        return evidence;
    }

    @Override
    public List<AgendaSlot> agenda(long assessmentId) {
        return jdbc.query(
                "read the agenda",
                "SELECT dimension_id, budget_seconds FROM agenda_item WHERE assessment_id = ? ORDER BY position",
                row -> new AgendaSlot(row.getString(1), Duration.ofSeconds(row.getInt(2))),
                assessmentId);
    }

    @Override
    public void replaceAgenda(long assessmentId, List<AgendaSlot> slots) {
        jdbc.update("clear the agenda", "DELETE FROM agenda_item WHERE assessment_id = ?", assessmentId);
        for (int i = 0; i < slots.size(); i++) {
            jdbc.update(
                    "save the agenda",
                    "INSERT INTO agenda_item (assessment_id, position, dimension_id, budget_seconds) VALUES (?, ?, ?, ?)",
                    assessmentId,
                    i,
                    slots.get(i).dimensionId(),
                    Math.toIntExact(slots.get(i).budget().toSeconds()));
        }
    }

    private static Participant participant(ResultSet row) throws SQLException {
        return new Participant(row.getLong(1), row.getString(2), row.getString(3), row.getString(4));
    }

    private static Assessment assessment(ResultSet row) throws SQLException {
        return new Assessment(
                row.getLong(1),
                row.getLong(2),
                row.getString(3),
                row.getString(4),
                Optional.ofNullable(row.getString(5)),
                row.getDate(6).toLocalDate(),
                row.getString(7),
                AssessmentStatus.valueOf(row.getString(8)),
                row.getBoolean(9),
                row.getLong(10));
    }
}
