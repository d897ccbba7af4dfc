package org.mlopsconsole.assessment.analysis;

import java.util.List;
import java.util.Optional;
import org.mlopsconsole.assessment.Level;
import org.mlopsconsole.assessment.OverallScore;
import org.mlopsconsole.assessment.ScoreStatus;

/**
 * The organization's verdict and what holds it.
 *
 * @param levelText "1 (Initial)", or "not applicable" / "not assessed"
 * @param scoreText the overall score as outputs print it, or "n/a"
 * @param reason "Held at level 1 (Initial) by Fairness and trust." and the like; for an assessment
 *     without a level, why it has none
 * @param heldBy the rated dimensions the reason names: staged, those at the lowest level;
 *     continuous, those scoring below the overall score, lowest first (at most three);
 *     points-minimum, those at the minimum score
 * @param leftOut the dimensions that are not rated and so count for nothing
 */
public record OverallVerdict(
        OverallScore score,
        String levelText,
        String scoreText,
        String reason,
        List<DimensionVerdict> heldBy,
        List<DimensionVerdict> leftOut) {

    public OverallVerdict {
        heldBy = List.copyOf(heldBy);
        leftOut = List.copyOf(leftOut);
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
}
