package org.mlopsconsole.assessment.analysis;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.mlopsconsole.assessment.Dimension;
import org.mlopsconsole.assessment.DimensionScore;
import org.mlopsconsole.assessment.Level;
import org.mlopsconsole.assessment.ScoreStatus;

/**
 * A dimension's verdict in words and numbers.
 *
 * @param levelText "2 (Managed)", or "not applicable" / "not assessed" for a dimension without a level
 * @param scoreText the score as outputs print it ("55.6", "3.25"), or "n/a"
 * @param reason one sentence on what holds the level (or why there is none)
 * @param heldBackBy the questions the reason names, text first
 * @param nextSteps the engine's next steps (rule g), as findings in definition order
 */
public record DimensionVerdict(
        Dimension dimension,
        DimensionScore score,
        String levelText,
        String scoreText,
        String reason,
        List<QuestionFinding> heldBackBy,
        List<QuestionFinding> nextSteps) {

    public DimensionVerdict {
        heldBackBy = List.copyOf(heldBackBy);
        nextSteps = List.copyOf(nextSteps);
    }

    public String id() {
        return dimension.id();
    }

    public String name() {
        return dimension.name();
    }

    public ScoreStatus status() {
        return score.status();
    }

    public boolean isRated() {
        return score.isRated();
    }

    public Optional<Level> level() {
        return score.level();
    }

    public OptionalInt target() {
        return score.target();
    }

    public OptionalInt gap() {
        return score.gap();
    }
}
