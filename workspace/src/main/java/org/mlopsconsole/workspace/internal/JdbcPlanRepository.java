package org.mlopsconsole.workspace.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.mlopsconsole.assessment.analysis.Risk;
import org.mlopsconsole.assessment.analysis.RiskOverride;
import org.mlopsconsole.assessment.plan.Effort;
import org.mlopsconsole.assessment.plan.Owner;
import org.mlopsconsole.assessment.plan.Phase;
import org.mlopsconsole.assessment.plan.PlanItem;
import org.mlopsconsole.assessment.plan.PlanStatus;
import org.mlopsconsole.workspace.PlanRepository;
import org.mlopsconsole.workspace.StoredPlanItem;
import org.mlopsconsole.workspace.StoredRiskOverride;

/** {@link PlanRepository} in plain JDBC over {@code plan_item}, {@code risk_override} and {@code assessment}. */
final class JdbcPlanRepository implements PlanRepository {

    private static final String ITEM = "SELECT item_id, title, question_ids, owner_kind, owner_name, status, due_on,"
            + " effort, phase, quick_win, notes, version FROM plan_item";

    private final Jdbc jdbc;
    private final Dialect dialect;

    JdbcPlanRepository(Jdbc jdbc, Dialect dialect) {
        this.jdbc = jdbc;
        this.dialect = dialect;
    }

    @Override
    public List<StoredPlanItem> items(long assessmentId) {
        return jdbc.query(
                "read the plan",
                ITEM + " WHERE assessment_id = ? ORDER BY position, item_id",
                JdbcPlanRepository::item,
                assessmentId);
    }

    private Optional<StoredPlanItem> find(long assessmentId, String itemId) {
        return jdbc.queryOne(
                "read the plan item",
                ITEM + " WHERE assessment_id = ? AND item_id = ?",
                JdbcPlanRepository::item,
                assessmentId,
                itemId);
    }

    @Override
    public Optional<StoredPlanItem> save(long assessmentId, PlanItem item, long expectedVersion) {
        int rows = expectedVersion == 0 ? insert(assessmentId, item) : update(assessmentId, item, expectedVersion);
        return rows == 0 ? Optional.empty() : find(assessmentId, item.id());
    }

    private int insert(long assessmentId, PlanItem item) {
        return jdbc.updateUnlessBeaten(
                "add the plan item",
                "INSERT INTO plan_item (title, question_ids, owner_kind, owner_name, status, due_on, effort, phase,"
                        + " quick_win, notes, assessment_id, item_id, position, version) VALUES"
                        + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " (SELECT COALESCE(MAX(position) + 1, 0) FROM plan_item WHERE assessment_id = ?), 1)",
                values(item, assessmentId, assessmentId));
    }

    private int update(long assessmentId, PlanItem item, long expectedVersion) {
        return jdbc.update(
                "save the plan item",
                "UPDATE plan_item SET title = ?, question_ids = ?, owner_kind = ?, owner_name = ?, status = ?,"
                        + " due_on = ?, effort = ?, phase = ?, quick_win = ?, notes = ?, version = version + 1"
                        + " WHERE assessment_id = ? AND item_id = ? AND version = ?",
                values(item, assessmentId, expectedVersion));
    }

    /** The item's columns, then the assessment and item ids, then {@code last}. */
    private static Object[] values(PlanItem item, long assessmentId, long last) {
        return new Object[] {
            item.title(),
            String.join(" ", item.questionIds()),
            ownerKind(item.owner()),
            ownerName(item.owner()),
            item.status(),
            item.due().map(java.sql.Date::valueOf),
            item.effort(),
            item.phase(),
            item.quickWin(),
            item.notes(),
            assessmentId,
            item.id(),
            last
        };
    }

    @Override
    public boolean delete(long assessmentId, String itemId) {
        return jdbc.update(
                        "delete the plan item",
                        "DELETE FROM plan_item WHERE assessment_id = ? AND item_id = ?",
                        assessmentId,
                        itemId)
                > 0;
    }

    @Override
    public List<StoredRiskOverride> riskOverrides(long assessmentId) {
        return jdbc.query(
                "read risk overrides",
                "SELECT question_id, risk, reason, set_by, set_at FROM risk_override WHERE assessment_id = ?"
                        + " ORDER BY question_id",
                row -> new StoredRiskOverride(
                        new RiskOverride(row.getString(1), Risk.valueOf(row.getString(2)), row.getString(3)),
                        row.getString(4),
                        row.getTimestamp(5).toInstant()),
                assessmentId);
    }

    @Override
    public void setRiskOverride(long assessmentId, StoredRiskOverride stored) {
        RiskOverride override = stored.override();
        jdbc.update(
                "override the risk",
                dialect.upsert(
                        "risk_override",
                        List.of(
                                new Dialect.Column("assessment_id", "BIGINT"),
                                new Dialect.Column("question_id", "VARCHAR(100)")),
                        List.of(
                                new Dialect.Column("risk", "VARCHAR(10)"),
                                new Dialect.Column("reason", "VARCHAR(2000)"),
                                new Dialect.Column("set_by", "VARCHAR(200)"),
                                new Dialect.Column("set_at", "TIMESTAMP WITH TIME ZONE")),
                        false),
                assessmentId,
                override.questionId(),
                override.risk(),
                override.reason(),
                stored.setBy(),
                stored.setAt());
    }

    @Override
    public boolean clearRiskOverride(long assessmentId, String questionId) {
        return jdbc.update(
                        "clear the risk override",
                        "DELETE FROM risk_override WHERE assessment_id = ? AND question_id = ?",
                        assessmentId,
                        questionId)
                > 0;
    }

    @Override
    public void linkPrevious(long assessmentId, long previousId) {
        jdbc.update(
                "link the follow-up",
                "UPDATE assessment SET previous_assessment_id = ? WHERE id = ?",
                previousId,
                assessmentId);
    }

    @Override
    public OptionalLong previous(long assessmentId) {
        return jdbc.queryOne(
                        "read the previous assessment",
                        "SELECT previous_assessment_id FROM assessment WHERE id = ? AND previous_assessment_id IS NOT NULL",
                        row -> row.getLong(1),
                        assessmentId)
                .map(OptionalLong::of)
                .orElse(OptionalLong.empty());
    }

    private static String ownerKind(Owner owner) {
        if (owner instanceof Owner.Person) {
            return "PERSON";
        }
        return owner instanceof Owner.Role ? "ROLE" : "UNASSIGNED";
    }

    private static String ownerName(Owner owner) {
        return owner instanceof Owner.Unassigned ? "" : owner.shown();
    }

    private static Owner owner(String kind, String name) {
        return switch (kind) {
            case "PERSON" -> new Owner.Person(name);
            case "ROLE" -> new Owner.Role(name);
            default -> Owner.unassigned();
        };
    }

    private static StoredPlanItem item(ResultSet row) throws SQLException {
        String questionIds = row.getString(3);
        java.sql.Date due = row.getDate(7);
        return new StoredPlanItem(
                new PlanItem(
                        row.getString(1),
                        row.getString(2),
                        questionIds.isBlank() ? List.of() : Arrays.asList(questionIds.split(" ")),
                        owner(row.getString(4), row.getString(5)),
                        PlanStatus.valueOf(row.getString(6)),
                        Optional.ofNullable(due).map(java.sql.Date::toLocalDate),
                        Effort.valueOf(row.getString(8)),
                        Phase.valueOf(row.getString(9)),
                        row.getBoolean(10),
                        row.getString(11)),
                row.getLong(12));
    }
}
