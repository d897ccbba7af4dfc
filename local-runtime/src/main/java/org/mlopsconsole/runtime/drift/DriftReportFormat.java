package org.mlopsconsole.runtime.drift;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A drift report as JSON (for scripts) or as a table (for a terminal). */
public final class DriftReportFormat {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DriftReportFormat() {}

    /**
     * {@code {"datasetDrift", "features": [{"feature", "type", "test", "statistic", "pValue",
     * "threshold", "drift", "psi", ...}], ...}}: the fields in that order, then extra ones
     * (psiBand, the value counts; the drifted count and share; the prediction). A statistic that
     * JSON cannot hold (chi-square's infinity) is null.
     */
    public static String toJson(DriftReport report) {
        ObjectNode root = JSON.createObjectNode();
        root.put("datasetDrift", report.datasetDrift());
        ArrayNode features = root.putArray("features");
        report.features().forEach(feature -> features.add(featureNode(feature)));
        root.put("driftedFeatures", report.driftedFeatures());
        root.put("featureCount", report.features().size());
        root.put("driftShare", report.driftShare());
        root.put("datasetDriftShare", report.datasetDriftShare());
        root.put("reference", report.referenceSource());
        report.prediction().ifPresent(prediction -> root.set("prediction", featureNode(prediction)));
        try {
            return JSON.writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a drift report always writes", e);
        }
    }

    /** A summary line, then one row per feature (and the prediction's, after them). */
    public static String toText(DriftReport report) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(
                Locale.ROOT,
                "Dataset drift: %s (%d of %d features drift, %.0f %%; the dataset drifts from %.0f %%)%n",
                report.datasetDrift() ? "YES" : "no",
                report.driftedFeatures(),
                report.features().size(),
                100 * report.driftShare(),
                100 * report.datasetDriftShare()));
        text.append("Reference: ").append(report.referenceSource()).append(System.lineSeparator());
        List<FeatureDrift> rows = new ArrayList<>(report.features());
        report.prediction().ifPresent(rows::add);
        int width = rows.stream().mapToInt(row -> row.feature().length()).max().orElse(7);
        width = Math.max(width, "feature".length());
        String format = "%-" + width + "s  %-11s  %-13s  %12s  %10s  %9s  %-5s  %8s  %-8s  %s%n";
        text.append(System.lineSeparator());
        text.append(String.format(
                Locale.ROOT,
                format,
                "feature",
                "type",
                "test",
                "statistic",
                "p-value",
                "threshold",
                "drift",
                "PSI",
                "PSI band",
                "values (ref/cur)"));
        for (FeatureDrift row : rows) {
            boolean isPrediction = report.prediction().filter(row::equals).isPresent();
            text.append(String.format(
                    Locale.ROOT,
                    format,
                    row.feature(),
                    row.type().id(),
                    row.test().id(),
                    number(row.statistic()),
                    row.pValue().isPresent() ? pValue(row.pValue().getAsDouble()) : "-",
                    number(row.threshold()),
                    row.drift() ? "YES" : "no",
                    String.format(Locale.ROOT, "%.4f", row.psi()),
                    row.psiBand().id(),
                    row.referenceCount() + "/" + row.currentCount() + (isPrediction ? "  (prediction)" : "")));
        }
        return text.toString();
    }

    private static ObjectNode featureNode(FeatureDrift feature) {
        ObjectNode node = JSON.createObjectNode();
        node.put("feature", feature.feature());
        node.put("type", feature.type().id());
        node.put("test", feature.test().id());
        if (Double.isFinite(feature.statistic())) {
            node.put("statistic", feature.statistic());
        } else {
            node.putNull("statistic");
        }
        if (feature.pValue().isPresent()) {
            node.put("pValue", feature.pValue().getAsDouble());
        } else {
            node.putNull("pValue");
        }
        node.put("threshold", feature.threshold());
        node.put("drift", feature.drift());
        node.put("psi", feature.psi());
        node.put("psiBand", feature.psiBand().id());
        node.put("referenceCount", feature.referenceCount());
        node.put("currentCount", feature.currentCount());
        return node;
    }

    private static String number(double value) {
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        return String.format(Locale.ROOT, Math.abs(value) >= 1e5 ? "%.4g" : "%.4f", value);
    }

    private static String pValue(double p) {
        return p < 1e-4 ? "<0.0001" : String.format(Locale.ROOT, "%.4f", p);
    }
}
