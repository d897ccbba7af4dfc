package org.mlopsconsole.runtime.predictions;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The quality of one model's predictions answered in {@code [from, to)} that have an outcome.
 *
 * @param joined predictions with an outcome in the window
 * @param unscored of those, the ones whose prediction could not be read (its output was logged as
 *     a digest, or the outcome's kind does not fit the output)
 * @param classification over the outcomes with a label, if any
 * @param regression over the outcomes with a value, if any
 */
public record OutcomeWindow(
        Instant from,
        Instant to,
        int joined,
        int unscored,
        Optional<Classification> classification,
        Optional<Regression> regression) {

    /** @param classes every class seen among the labels and the predictions, sorted */
    public record Classification(int count, double accuracy, double macroF1, List<String> classes) {
        public Classification {
            classes = List.copyOf(classes);
        }
    }

    public record Regression(int count, double meanAbsoluteError, double rootMeanSquaredError) {}
}
