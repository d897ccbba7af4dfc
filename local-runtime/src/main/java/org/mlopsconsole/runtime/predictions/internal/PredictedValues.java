package org.mlopsconsole.runtime.predictions.internal;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.mlopsconsole.runtime.DataType;
import org.mlopsconsole.runtime.predictions.PredictionRecord;
import org.mlopsconsole.runtime.predictions.TensorSummary;

/**
 * Reads what a logged request predicted, from its first output (of its first row): a text or
 * integer output is the class itself; a floating output with one value per row is a regression
 * value (or, for a label, the positive class at 0.5); with several, the class is the index of the
 * highest score, as a classifier's probability vector gives.
 */
public final class PredictedValues {

    private PredictedValues() {}

    public static Optional<String> label(PredictionRecord record) {
        if (record.outputs().isEmpty()) {
            return Optional.empty();
        }
        TensorSummary output = record.outputs().get(0);
        if (output instanceof TensorSummary.Texts texts) {
            return texts.values().stream().findFirst();
        }
        if (!(output instanceof TensorSummary.Numbers numbers)
                || numbers.values().isEmpty()) {
            return Optional.empty();
        }
        List<Double> row = firstRow(numbers);
        if (!floating(numbers.datatype())) {
            return Optional.of(Long.toString(Math.round(row.get(0))));
        }
        if (row.size() == 1) {
            return Optional.of(row.get(0) >= 0.5 ? "1" : "0");
        }
        int best = 0;
        for (int i = 1; i < row.size(); i++) {
            if (row.get(i) > row.get(best)) {
                best = i;
            }
        }
        return Optional.of(Integer.toString(best));
    }

    public static OptionalDouble value(PredictionRecord record) {
        if (!record.outputs().isEmpty()
                && record.outputs().get(0) instanceof TensorSummary.Numbers numbers
                && !numbers.values().isEmpty()) {
            return OptionalDouble.of(numbers.values().get(0));
        }
        return OptionalDouble.empty();
    }

    private static List<Double> firstRow(TensorSummary.Numbers numbers) {
        List<Long> shape = numbers.shape();
        long rows = shape.isEmpty() ? 1 : Math.max(1, shape.get(0));
        int perRow = (int) Math.max(1, numbers.values().size() / rows);
        return numbers.values().subList(0, Math.min(perRow, numbers.values().size()));
    }

    private static boolean floating(DataType type) {
        return type == DataType.FP16 || type == DataType.BF16 || type == DataType.FP32 || type == DataType.FP64;
    }
}
