package org.mlopsconsole.reports.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.mlopsconsole.assessment.Level;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.Rating;
import org.mlopsconsole.assessment.ScoringMethod;

/** The scoring rules of docs/scoring.md in the reader's words, as label and text pairs. */
public final class MethodText {

    private MethodText() {}

    /** The first pair is the title; empty pairs are blank lines. */
    public static List<String[]> lines(MaturityModel model) {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"How this assessment was scored", ""});
        lines.add(new String[] {"", ""});
        lines.add(new String[] {"Model", model.name() + " (" + model.id() + ", version " + model.version() + ")"});
        lines.add(new String[] {"Source", model.source()});
        lines.add(new String[] {"Scoring", model.scoring().code()});
        lines.add(new String[] {"Passing ratings", pass(model)});
        lines.add(new String[] {"", ""});
        lines.add(new String[] {
            "Ratings",
            "Each participant rates each statement on the CMMI scale: FI fully implemented (value 1), LI largely (2/3), PI partially (1/3), NI not implemented (0), NA not applicable (left out of scores)."
        });
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
            "d. Staged level",
            "In a staged model each statement gates a level: a dimension reaches the highest level whose statements at or below it are all satisfied. The organization's level is the lowest dimension level."
        });
        lines.add(new String[] {
            "e. Score",
            "A dimension's score is 100 x the weighted mean of its statements' values, NA left out and unanswered counted as 0. The overall score is the mean of the dimension scores weighted by dimension weight."
        });
        lines.add(new String[] {
            "f. Continuous level",
            "In a continuous model a dimension (and the organization) reaches the highest level whose minimum score its score reaches."
        });
        lines.add(new String[] {
            "g. Gap and next steps",
            "Gap = the number of the model's levels between the level reached and the target. Next steps are the unsatisfied statements of the next level; the Roadmap lists them up to the target, the largest gaps and heaviest dimensions first."
        });
        lines.add(new String[] {
            "Why",
            "The Dimensions sheet names the unsatisfied statements that hold each dimension at its level (staged) or the lowest-rated ones (continuous)."
        });
        lines.add(new String[] {"", ""});
        lines.add(new String[] {"Levels", ""});
        for (Level level : model.levels()) {
            String threshold = model.scoring() == ScoringMethod.CONTINUOUS
                    ? String.format(Locale.ROOT, " (from score %.1f)", level.minScore())
                    : "";
            lines.add(new String[] {level.id() + " " + level.name() + threshold, level.description()});
        }
        return lines;
    }

    private static String pass(MaturityModel model) {
        return model.passRatings().stream()
                .sorted(Comparator.reverseOrder())
                .map(Rating::name)
                .collect(Collectors.joining(", "));
    }
}
