package org.mlopsconsole.runtime.predictions;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mlopsconsole.runtime.DataType;

/** Logged requests for store and outcome tests. */
final class Records {

    static final String MODEL = "classifier";

    private Records() {}

    /** A request of {@link #MODEL} whose output is the score vector {@code scores}. */
    static PredictionRecord scored(String id, Instant time, double... scores) {
        List<Double> values = java.util.Arrays.stream(scores).boxed().toList();
        return new PredictionRecord(
                id,
                Math.abs(id.hashCode()),
                Optional.of(id),
                time,
                MODEL,
                1,
                Optional.empty(),
                150,
                List.of(new TensorSummary.Numbers("input", DataType.FP32, List.of(1L, 2L), 8, List.of(0.5, -1.0))),
                List.of(new TensorSummary.Numbers(
                        "output", DataType.FP32, List.of(1L, (long) scores.length), 4L * scores.length, values)));
    }

    /** A request whose predicted class is {@code predicted} of three. */
    static PredictionRecord predicting(String id, Instant time, int predicted) {
        double[] scores = {0.1, 0.1, 0.1};
        scores[predicted] = 0.8;
        return scored(id, time, scores);
    }
}
