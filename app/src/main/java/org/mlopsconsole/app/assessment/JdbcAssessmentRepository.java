package org.mlopsconsole.app.assessment;

import static org.mlopsconsole.app.assessment.JdbcEngagementRepository.requireOne;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import javax.sql.DataSource;
import org.mlopsconsole.app.workspace.Jdbc;
import org.mlopsconsole.assessment.Rating;
import org.mlopsconsole.assessment.Respondent;
import org.mlopsconsole.assessment.Responses;

/** {@link AssessmentRepository} in plain JDBC; each change is one auto-committed statement. */
public final class JdbcAssessmentRepository implements AssessmentRepository {

    private static final int MAX_NOTE_LENGTH = 10_000;
    private static final String ASSESSMENT_COLUMNS =
            "id, team_id, title, model_id, custom_model, assessed_on, facilitator, status, archived";

    private final Jdbc jdbc;
    private final Clock clock;

    public JdbcAssessmentRepository(DataSource dataSource, Clock clock) {
        this.jdbc = new Jdbc(dataSource);
        this.clock = clock;
    }

    @Override
    public Assessment create(NewAssessment spec) {
        String title = Names.require("Title", spec.title());
        String modelId = Names.require("Model", spec.modelId());
        String facilitator = Names.require("Facilitator", spec.facilitator());
        if (spec.date() == null) {
            throw new EngagementException("Date is required.");
        }
        return jdbc.inTransaction("create assessment " + title, tx -> {
            requireOne(
                    tx.query("find team", "SELECT id FROM team WHERE id = ?", row -> 1, spec.teamId())
                            .size(),
                    "team",
                    spec.teamId());
            long id = tx.insert(
                    "create assessment " + title,
                    "INSERT INTO assessment (team_id, title, model_id, custom_model, assessed_on, facilitator,"
                            + " status, archived, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?)",
                    spec.teamId(),
                    title,
                    modelId,
                    spec.customModel().orElse(null),
                    spec.date(),
                    facilitator,
                    AssessmentStatus.DRAFT,
                    clock.instant(),
                    clock.instant());
            for (NewAssessment.NewParticipant participant : spec.participants()) {
                insertParticipant(tx, id, participant.name(), participant.role());
            }
            return find(tx, id).orElseThrow();
        });
    }

    @Override
    public Optional<Assessment> find(long assessmentId) {
        return find(jdbc, assessmentId);
    }

    private static Optional<Assessment> find(Jdbc jdbc, long assessmentId) {
        return jdbc.queryOne(
                "read assessment",
                "SELECT " + ASSESSMENT_COLUMNS + " FROM assessment WHERE id = ?",
                JdbcAssessmentRepository::assessment,
                assessmentId);
    }

    @Override
    public List<Assessment> forTeam(long teamId, boolean includeArchived) {
        return jdbc.query(
                "list assessments",
                "SELECT " + ASSESSMENT_COLUMNS
                        + " FROM assessment WHERE team_id = ? AND (archived = FALSE OR ?) ORDER BY assessed_on, id",
                JdbcAssessmentRepository::assessment,
                teamId,
                includeArchived);
    }

    @Override
    public void update(Assessment assessment) {
        update(assessment, ParticipantChanges.none());
    }

    @Override
    public void update(Assessment assessment, ParticipantChanges changes) {
        jdbc.inTransaction("update assessment", tx -> {
            requireOne(
                    tx.update(
                            "update assessment",
                            "UPDATE assessment SET title = ?, assessed_on = ?, facilitator = ?, status = ?,"
                                    + " archived = ?, updated_at = ? WHERE id = ?",
                            Names.require("Title", assessment.title()),
                            assessment.date(),
                            Names.require("Facilitator", assessment.facilitator()),
                            assessment.status(),
                            assessment.archived(),
                            clock.instant(),
                            assessment.id()),
                    "assessment",
                    assessment.id());
            for (Participant participant : changes.renamed()) {
                requireOne(
                        tx.update(
                                "rename participant",
                                "UPDATE participant SET name = ?, role = ? WHERE id = ? AND assessment_id = ?",
                                Names.require("Participant name", participant.name()),
                                Names.require("Participant role", participant.role()),
                                participant.id(),
                                assessment.id()),
                        "participant",
                        participant.id());
            }
            for (Participant participant : changes.removed()) {
                removeParticipant(tx, assessment.id(), participant.id());
            }
            for (NewAssessment.NewParticipant participant : changes.added()) {
                insertParticipant(tx, assessment.id(), participant.name(), participant.role());
            }
            return null;
        });
    }

    private static void removeParticipant(Jdbc tx, long assessmentId, long participantId) {
        String ofThisAssessment = "participant_id IN (SELECT id FROM participant WHERE id = ? AND assessment_id = ?)";
        tx.update(
                "remove ratings",
                "DELETE FROM participant_rating WHERE " + ofThisAssessment,
                participantId,
                assessmentId);
        tx.update(
                "remove notes", "DELETE FROM participant_note WHERE " + ofThisAssessment, participantId, assessmentId);
        requireOne(
                tx.update(
                        "remove participant",
                        "DELETE FROM participant WHERE id = ? AND assessment_id = ?",
                        participantId,
                        assessmentId),
                "participant",
                participantId);
    }

    @Override
    public Participant addParticipant(long assessmentId, String name, String role) {
        return jdbc.inTransaction("add participant", tx -> insertParticipant(tx, assessmentId, name, role));
    }

    private static Participant insertParticipant(Jdbc tx, long assessmentId, String name, String role) {
        String checkedName = Names.require("Participant name", name);
        String checkedRole = Names.require("Participant role", role);
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
        return insertParticipant(tx, assessmentId, key, checkedName, checkedRole, position);
    }

    private static Participant insertParticipant(
            Jdbc tx, long assessmentId, String key, String name, String role, int position) {
        long id = tx.insert(
                "add participant " + name,
                "INSERT INTO participant (assessment_id, respondent_key, name, role, position) VALUES (?, ?, ?, ?, ?)",
                assessmentId,
                key,
                name,
                role,
                position);
        return new Participant(id, key, name, role);
    }

    @Override
    public List<Participant> participants(long assessmentId) {
        return jdbc.query(
                "list participants",
                "SELECT id, respondent_key, name, role FROM participant WHERE assessment_id = ? ORDER BY position, id",
                row -> new Participant(row.getLong(1), row.getString(2), row.getString(3), row.getString(4)),
                assessmentId);
    }

    @Override
    public void rate(long participantId, String questionId, Optional<Rating> rating) {
        if (rating.isEmpty()) {
            jdbc.update(
                    "clear rating",
                    "DELETE FROM participant_rating WHERE participant_id = ? AND question_id = ?",
                    participantId,
                    questionId);
            return;
        }
        jdbc.upsert(
                "save rating",
                "UPDATE participant_rating SET rating = ? WHERE participant_id = ? AND question_id = ?",
                new Object[] {rating.get(), participantId, questionId},
                "INSERT INTO participant_rating (participant_id, question_id, rating) VALUES (?, ?, ?)",
                new Object[] {participantId, questionId, rating.get()});
    }

    @Override
    public void setParticipantNote(long participantId, String questionId, String note) {
        saveText("participant_note", "participant_id", participantId, questionId, "note", note, "Note");
    }

    @Override
    public void setConsensus(long assessmentId, String questionId, Optional<Rating> rating) {
        if (rating.isEmpty()) {
            jdbc.update(
                    "clear consensus",
                    "DELETE FROM consensus_rating WHERE assessment_id = ? AND question_id = ?",
                    assessmentId,
                    questionId);
            return;
        }
        jdbc.upsert(
                "save consensus",
                "UPDATE consensus_rating SET rating = ? WHERE assessment_id = ? AND question_id = ?",
                new Object[] {rating.get(), assessmentId, questionId},
                "INSERT INTO consensus_rating (assessment_id, question_id, rating) VALUES (?, ?, ?)",
                new Object[] {assessmentId, questionId, rating.get()});
    }

    @Override
    public void setEvidence(long assessmentId, String questionId, String evidence) {
        saveText(
                "question_evidence",
                "assessment_id",
                assessmentId,
                questionId,
                "evidence",
                evidence,
                "Notes and evidence");
    }

    @Override
    public Optional<String> evidence(long assessmentId, String questionId) {
        return jdbc.queryOne(
                "read evidence",
                "SELECT evidence FROM question_evidence WHERE assessment_id = ? AND question_id = ?",
                row -> row.getString(1),
                assessmentId,
                questionId);
    }

    /** Saves or (when blank) deletes one free-text value keyed by owner and question. */
    private void saveText(
            String table, String ownerColumn, long owner, String questionId, String column, String text, String field) {
        String value = text == null ? "" : text.strip();
        if (value.length() > MAX_NOTE_LENGTH) {
            throw new EngagementException(
                    field + " is " + value.length() + " characters long; at most " + MAX_NOTE_LENGTH + " are allowed.");
        }
        String key = " WHERE " + ownerColumn + " = ? AND question_id = ?";
        if (value.isEmpty()) {
            jdbc.update("clear " + field, "DELETE FROM " + table + key, owner, questionId);
            return;
        }
        jdbc.upsert(
                "save " + field,
                "UPDATE " + table + " SET " + column + " = ?" + key,
                new Object[] {value, owner, questionId},
                "INSERT INTO " + table + " (" + ownerColumn + ", question_id, " + column + ") VALUES (?, ?, ?)",
                new Object[] {owner, questionId, value});
    }

    @Override
    public void setTarget(long assessmentId, String dimensionId, OptionalInt level) {
        if (level.isEmpty()) {
            jdbc.update(
                    "clear target",
                    "DELETE FROM dimension_target WHERE assessment_id = ? AND dimension_id = ?",
                    assessmentId,
                    dimensionId);
            return;
        }
        jdbc.upsert(
                "save target",
                "UPDATE dimension_target SET target_level = ? WHERE assessment_id = ? AND dimension_id = ?",
                new Object[] {level.getAsInt(), assessmentId, dimensionId},
                "INSERT INTO dimension_target (assessment_id, dimension_id, target_level) VALUES (?, ?, ?)",
                new Object[] {assessmentId, dimensionId, level.getAsInt()});
    }

    @Override
    public Responses responses(long assessmentId) {
        Assessment assessment = find(assessmentId)
                .orElseThrow(() -> new EngagementException("There is no assessment with id " + assessmentId + "."));
        List<Respondent> respondents = new ArrayList<>();
        for (Participant participant : participants(assessmentId)) {
            respondents.add(new Respondent(
                    participant.respondentKey(),
                    participant.name(),
                    participant.role(),
                    ratings(
                            "SELECT question_id, rating FROM participant_rating WHERE participant_id = ?",
                            participant.id()),
                    texts(
                            "SELECT question_id, note FROM participant_note WHERE participant_id = ?",
                            participant.id())));
        }
        Map<String, Integer> targets = new LinkedHashMap<>();
        jdbc.query(
                "read targets",
                "SELECT dimension_id, target_level FROM dimension_target WHERE assessment_id = ?",
                row -> targets.put(row.getString(1), row.getInt(2)),
                assessmentId);
        return new Responses(
                assessment.modelId(),
                respondents,
                ratings("SELECT question_id, rating FROM consensus_rating WHERE assessment_id = ?", assessmentId),
                targets);
    }

    private Map<String, Rating> ratings(String sql, long owner) {
        Map<String, Rating> ratings = new LinkedHashMap<>();
        jdbc.query("read ratings", sql, row -> ratings.put(row.getString(1), Rating.valueOf(row.getString(2))), owner);
        return ratings;
    }

    private Map<String, String> texts(String sql, long owner) {
        Map<String, String> texts = new LinkedHashMap<>();
        jdbc.query("read notes", sql, row -> texts.put(row.getString(1), row.getString(2)), owner);
        return texts;
    }

    @Override
    public void replaceResponses(long assessmentId, Responses responses) {
        jdbc.inTransaction("import responses", tx -> {
            requireOne(
                    tx.query("find assessment", "SELECT id FROM assessment WHERE id = ?", row -> 1, assessmentId)
                            .size(),
                    "assessment",
                    assessmentId);
            String participantsOf = "participant_id IN (SELECT id FROM participant WHERE assessment_id = ?)";
            tx.update("clear ratings", "DELETE FROM participant_rating WHERE " + participantsOf, assessmentId);
            tx.update("clear notes", "DELETE FROM participant_note WHERE " + participantsOf, assessmentId);
            tx.update("clear participants", "DELETE FROM participant WHERE assessment_id = ?", assessmentId);
            tx.update("clear consensus", "DELETE FROM consensus_rating WHERE assessment_id = ?", assessmentId);
            tx.update("clear targets", "DELETE FROM dimension_target WHERE assessment_id = ?", assessmentId);
            int position = 0;
            for (Respondent respondent : responses.respondents()) {
                Participant participant = insertParticipant(
                        tx,
                        assessmentId,
                        Names.require("Respondent id", respondent.id()),
                        Names.require("Respondent name", respondent.name()),
                        Names.optional("Respondent role", respondent.role()),
                        position++);
                for (Map.Entry<String, Rating> rating : respondent.ratings().entrySet()) {
                    tx.update(
                            "save rating",
                            "INSERT INTO participant_rating (participant_id, question_id, rating) VALUES (?, ?, ?)",
                            participant.id(),
                            rating.getKey(),
                            rating.getValue());
                }
                for (Map.Entry<String, String> note : respondent.notes().entrySet()) {
                    tx.update(
                            "save note",
                            "INSERT INTO participant_note (participant_id, question_id, note) VALUES (?, ?, ?)",
                            participant.id(),
                            note.getKey(),
                            note.getValue());
                }
            }
            for (Map.Entry<String, Rating> consensus : responses.consensus().entrySet()) {
                tx.update(
                        "save consensus",
                        "INSERT INTO consensus_rating (assessment_id, question_id, rating) VALUES (?, ?, ?)",
                        assessmentId,
                        consensus.getKey(),
                        consensus.getValue());
            }
            for (Map.Entry<String, Integer> target : responses.targets().entrySet()) {
                tx.update(
                        "save target",
                        "INSERT INTO dimension_target (assessment_id, dimension_id, target_level) VALUES (?, ?, ?)",
                        assessmentId,
                        target.getKey(),
                        target.getValue());
            }
            return null;
        });
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
                row.getBoolean(9));
    }
}
