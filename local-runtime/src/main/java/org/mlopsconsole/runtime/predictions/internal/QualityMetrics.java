package org.mlopsconsole.runtime.predictions.internal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.mlopsconsole.runtime.predictions.OutcomeWindow;

/**
 * Accuracy and macro-averaged F1 (the mean of each class's F1, classes from the labels and the
 * predictions; a class never predicted or never true scores 0, as scikit-learn's
 * {@code f1_score(average="macro", zero_division=0)}), MAE and RMSE.
 */
public final class QualityMetrics {

    public record LabelPair(String actual, String predicted) {}

    public record ValuePair(double actual, double predicted) {}

    private QualityMetrics() {}

    public static OutcomeWindow.Classification classification(List<LabelPair> pairs) {
        TreeSet<String> classes = new TreeSet<>();
        Map<String, int[]> counts = new TreeMap<>(); // true positives, false positives, false negatives
        int correct = 0;
        for (LabelPair pair : pairs) {
            classes.add(pair.actual());
            classes.add(pair.predicted());
            if (pair.actual().equals(pair.predicted())) {
                correct++;
                counts.computeIfAbsent(pair.actual(), key -> new int[3])[0]++;
            } else {
                counts.computeIfAbsent(pair.predicted(), key -> new int[3])[1]++;
                counts.computeIfAbsent(pair.actual(), key -> new int[3])[2]++;
            }
        }
        double f1Sum = 0;
        for (String label : classes) {
            int[] c = counts.getOrDefault(label, new int[3]);
            int denominator = 2 * c[0] + c[1] + c[2];
            f1Sum += denominator == 0 ? 0 : 2.0 * c[0] / denominator;
        }
        double accuracy = pairs.isEmpty() ? 0 : (double) correct / pairs.size();
        double macroF1 = classes.isEmpty() ? 0 : f1Sum / classes.size();
        return new OutcomeWindow.Classification(pairs.size(), accuracy, macroF1, List.copyOf(classes));
    }

    public static OutcomeWindow.Regression regression(List<ValuePair> pairs) {
        double absolute = 0;
        double squared = 0;
        for (ValuePair pair : pairs) {
            double error = pair.predicted() - pair.actual();
            absolute += Math.abs(error);
            squared += error * error;
        }
        int n = pairs.size();
        return new OutcomeWindow.Regression(n, n == 0 ? 0 : absolute / n, n == 0 ? 0 : Math.sqrt(squared / n));
    }
}
