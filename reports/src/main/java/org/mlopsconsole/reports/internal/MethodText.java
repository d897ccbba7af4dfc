package org.mlopsconsole.reports.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.mlopsconsole.assessment.Level;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.Rating;
import org.mlopsconsole.assessment.ScoreReportFormat;
import org.mlopsconsole.assessment.ScoringMethod;

/** The scoring rules of docs/scoring.md in the reader's words, as label and text pairs. */
public final class MethodText {

    public static final String RISK_RULE =
            "High risk: an unsatisfied question at or below the level its dimension needs next. Medium risk: one"
                    + " between that level and the dimension's target. A consultant may override a question's risk,"
                    + " with a reason, which is shown beside the computed risk.";

    public static final String ROADMAP_RULE =
            "Only rated dimensions have roadmap items. First come the next-level items of every dimension (its next"
                    + " steps), then the toward-target items (its other unsatisfied statements up to its target level)."
                    + " Within each group the largest gaps come first, then the heaviest dimensions, then model order;"
                    + " within a dimension the lowest level, then the heaviest statement. Each item is labelled"
                    + " next-level or toward-target.";

    private MethodText() {}

    /**
     * The first pair is the title; empty pairs are blank lines. {@code methodVersion} is the
     * revision of the rules that scored the assessment (the score report's).
     */
    public static List<String[]> lines(MaturityModel model, String methodVersion) {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"How this assessment was scored", ""});
        lines.add(new String[] {"", ""});
        lines.add(new String[] {"Model", model.name() + " (" + model.id() + ", version " + model.version() + ")"});
        lines.add(new String[] {"Source", model.source()});
        lines.add(new String[] {"Scoring", model.scoring().code()});
        lines.add(new String[] {"Scoring method version", methodVersion});
        lines.add(new String[] {"Passing ratings", pass(model)});
        lines.add(new String[] {"", ""});
        lines.add(new String[] {"Ratings", ratings(model)});
        lines.add(new String[] {
            "a. Aggregate",
            "A rating agreed in the workshop (consensus) wins. Otherwise the aggregate is the lower median of the participants' ratings other than NA; NA when every participant said NA; unanswered when nobody rated the statement."
        });
        lines.add(new String[] {
            "b. Disagreement",
            "Flagged when the participants' ratings (NA aside) lie two or more steps apart on NI < PI < LI < FI."
        });
        lines.add(new String[] {
            "c. Satisfied",
            "A statement is satisfied when its aggregate is a passing rating or NA. Unanswered statements are never satisfied."
        });
        lines.add(new String[] {
            "d. Status",
            "A dimension is rated when at least one statement's aggregate is FI, LI, PI or NI; not applicable when every statement is NA; not assessed otherwise. Only a rated dimension has a level, a score and a gap, and only rated dimensions count overall. NA never lifts a level."
        });
        lines.addAll(methodRules(model.scoring()));
        lines.add(new String[] {
            "Gap and next steps",
            "Gap = the number of the model's levels between the level reached and the target. Next steps are the unsatisfied statements of the lowest level above the one given that has any"
                    + (model.scoring() == ScoringMethod.POINTS_MINIMUM
                            ? " (points-minimum: every statement not rated FI or NA)."
                            : ".")
        });
        lines.add(new String[] {"Roadmap", ROADMAP_RULE});
        lines.add(new String[] {"Risk", RISK_RULE});
        lines.add(new String[] {
            "Why",
            "Each dimension's reason names, by their text, the unsatisfied statements that hold it back from the next level (staged) or the lowest-rated ones (score-based). The overall reason names the dimensions that hold the overall level."
        });
        lines.add(new String[] {"", ""});
        lines.add(new String[] {"Levels", ""});
        for (Level level : model.levels()) {
            lines.add(new String[] {level.id() + " " + level.name() + threshold(model, level), level.description()});
        }
        return lines;
    }

    private static List<String[]> methodRules(ScoringMethod scoring) {
        return switch (scoring) {
            case STAGED ->
                List.of(
                        new String[] {
                            "e. Staged level",
                            "Each statement gates a level. Walking the levels lowest first, a level is passed while every statement at or below it is satisfied; the level given is the highest passed level at which the dimension has a statement not rated NA (levels with no applicable statement are passed through, never given). The organization's level is the lowest level of the rated dimensions."
                        },
                        scoreRule());
            case CONTINUOUS ->
                List.of(scoreRule(), new String[] {
                    "f. Continuous level",
                    "A dimension (and the organization) reaches the highest level whose minimum score its score reaches; the overall score is over the rated dimensions."
                });
            case POINTS_MINIMUM ->
                List.<String[]>of(new String[] {
                    "h. Points",
                    "Each statement earns points for its rating (NA left out, unanswered 0); a dimension's score is the sum of its statements' points and the overall score is the lowest score of the rated dimensions. A level applies when its minimum score lies strictly below the score. Scores print with up to two decimals."
                });
        };
    }

    private static String[] scoreRule() {
        return new String[] {
            "f. Score",
            "A dimension's score is 100 x the weighted mean of its statements' values, NA left out and unanswered counted as 0. The overall score is the mean of the rated dimensions' scores weighted by dimension weight."
        };
    }

    private static String ratings(MaturityModel model) {
        String offered = model.ratingScale().legend();
        if (model.scoring() == ScoringMethod.POINTS_MINIMUM) {
            String points = model.ratingScale().offered().stream()
                    .filter(Rating::isApplicable)
                    .map(rating -> rating.name() + " "
                            + ScoreReportFormat.round(
                                            ScoringMethod.POINTS_MINIMUM,
                                            model.ratingScale().points(rating))
                                    .toPlainString())
                    .collect(Collectors.joining(", "));
            return "Each participant rates each statement: " + offered + ". Points: " + points
                    + "; NA is left out of scores.";
        }
        return "Each participant rates each statement: " + offered
                + ". Values: FI 1, LI 2/3, PI 1/3, NI 0; NA is left out of scores.";
    }

    private static String threshold(MaturityModel model, Level level) {
        if (!model.scoring().levelsFromScore()) {
            return "";
        }
        String min = ScoreReportFormat.round(model.scoring(), level.minScore()).toPlainString();
        return model.scoring() == ScoringMethod.POINTS_MINIMUM
                ? " (score above " + min + ")"
                : " (from score " + min + ")";
    }

    private static String pass(MaturityModel model) {
        return model.passingRatings().stream().map(Rating::name).collect(Collectors.joining(", "));
    }
}
