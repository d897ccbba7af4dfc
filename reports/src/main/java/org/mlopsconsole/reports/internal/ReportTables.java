package org.mlopsconsole.reports.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.mlopsconsole.assessment.DimensionScore;
import org.mlopsconsole.assessment.ScoreReportFormat;
import org.mlopsconsole.assessment.ScoringMethod;
import org.mlopsconsole.assessment.analysis.AssessmentAnalysis;
import org.mlopsconsole.assessment.analysis.AssessmentComparison;
import org.mlopsconsole.assessment.analysis.DimensionVerdict;
import org.mlopsconsole.assessment.analysis.QuestionFinding;
import org.mlopsconsole.assessment.analysis.QuestionRisk;
import org.mlopsconsole.assessment.analysis.Risk;
import org.mlopsconsole.assessment.analysis.RiskRegister;
import org.mlopsconsole.assessment.analysis.RoadmapItem;

/**
 * The tables the Word report, the PDF and the deck share, as rows of text starting with the
 * header; {@code dash} stands for a value that does not exist.
 */
public final class ReportTables {

    private ReportTables() {}

    public static List<String[]> dimensions(AssessmentAnalysis analysis, String dash) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Dimension", "Level", "Target", "Gap", "Score"});
        for (DimensionVerdict dimension : analysis.dimensions()) {
            rows.add(new String[] {
                dimension.name(),
                dimension.levelText(),
                Summary.number(dimension.target(), dash),
                Summary.number(dimension.gap(), dash),
                dimension.scoreText()
            });
        }
        return rows;
    }

    public static List<String[]> roadmap(AssessmentAnalysis analysis, String dash) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"#", "Horizon", "Dimension", "Action", "Level", "Now"});
        List<RoadmapItem> items = analysis.roadmap();
        for (int i = 0; i < items.size(); i++) {
            RoadmapItem item = items.get(i);
            rows.add(new String[] {
                String.valueOf(i + 1),
                item.label(),
                item.dimension().name(),
                item.question().named(),
                item.level().map(level -> String.valueOf(level.id())).orElse(dash),
                item.question().ratingText()
            });
        }
        return rows;
    }

    public static List<String[]> questions(AssessmentAnalysis analysis) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Question", "Level", "Aggregate", "Disagreement", "Rated by"});
        for (QuestionFinding question : analysis.questions()) {
            rows.add(new String[] {
                question.named(),
                String.valueOf(question.question().level()),
                question.ratingText(),
                question.disagreement() ? "yes" : "no",
                String.valueOf(question.score().ratedBy())
            });
        }
        return rows;
    }

    /** The questions at high, then medium risk (rule j or an override), with the basis of each. */
    public static List<String[]> risks(RiskRegister register) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Question", "Dimension", "Risk", "Basis"});
        for (QuestionRisk risk : listed(register)) {
            rows.add(new String[] {
                risk.question().named(), risk.dimension().name(), risk.risk().words(), basis(risk)
            });
        }
        return rows;
    }

    /**
     * The questions a risk table lists: high, then medium (each in roadmap order), then those a
     * consultant overrode to no risk, whose reason a reader should still see.
     */
    public static List<QuestionRisk> listed(RiskRegister register) {
        List<QuestionRisk> listed = new ArrayList<>(register.high());
        listed.addAll(register.medium());
        register.all().stream()
                .filter(risk -> risk.isOverridden() && risk.risk() == Risk.NONE)
                .forEach(listed::add);
        return listed;
    }

    /** "computed (rule j)", or "overridden (computed: Medium risk): reason". */
    public static String basis(QuestionRisk risk) {
        return risk.override()
                .map(o -> "overridden (computed: " + risk.computed().words() + "): " + o.reason())
                .orElse("computed (rule j)");
    }

    /** Levels and scores before and now, per dimension of the current model, and its target. */
    public static List<String[]> comparison(AssessmentAnalysis analysis, AssessmentComparison comparison, String dash) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {
            "Dimension", "Level before", "Level now", "Δ level", "Score before", "Score now", "Δ score", "Target"
        });
        for (AssessmentComparison.DimensionChange change : comparison.dimensions()) {
            DimensionScore now = change.now();
            rows.add(new String[] {
                now.name(),
                change.before().map(ReportTables::levelCell).orElse("new"),
                levelCell(now),
                signed(change.levelDelta(), dash),
                change.before().map(old -> analysis.scoreText(old.score())).orElse(dash),
                analysis.scoreText(now.score()),
                signed(analysis.scoring(), change.scoreDelta(), dash),
                Summary.number(now.target(), dash)
            });
        }
        return rows;
    }

    /** The level's id, or the status of a dimension without a level. */
    public static String levelCell(DimensionScore score) {
        return score.level()
                .map(level -> String.valueOf(level.id()))
                .orElse(score.status().words());
    }

    /** A score difference as printed, with its sign: +12.5, -3.0, 0.0; {@code dash} when unknown. */
    public static String signed(ScoringMethod scoring, OptionalDouble delta, String dash) {
        if (delta.isEmpty()) {
            return dash;
        }
        var rounded = ScoreReportFormat.round(scoring, delta.getAsDouble());
        return (rounded.signum() > 0 ? "+" : "") + rounded.toPlainString();
    }

    /** A level difference with its sign: +1, -1, 0; {@code dash} when unknown. */
    public static String signed(OptionalInt delta, String dash) {
        if (delta.isEmpty()) {
            return dash;
        }
        return (delta.getAsInt() > 0 ? "+" : "") + delta.getAsInt();
    }
}
