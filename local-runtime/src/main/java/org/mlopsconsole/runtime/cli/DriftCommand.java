package org.mlopsconsole.runtime.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mlopsconsole.runtime.drift.DriftCsv;
import org.mlopsconsole.runtime.drift.DriftDetector;
import org.mlopsconsole.runtime.drift.DriftOptions;
import org.mlopsconsole.runtime.drift.DriftReport;
import org.mlopsconsole.runtime.drift.DriftReportFormat;
import org.mlopsconsole.runtime.drift.DriftTest;
import org.mlopsconsole.runtime.drift.FeatureType;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code drift}: compares a current CSV dataset with a reference one, offline. Shared by {@code
 * mlops-console drift} and the headless {@code mlops-runtime.jar drift}. Exit codes: 0 the report
 * is written (drift or not), 1 the files cannot be compared (a located message on stderr), 2
 * usage errors.
 */
@Command(
        name = "drift",
        mixinStandardHelpOptions = true,
        description = {
            "Compare a current dataset with a reference one (CSV files with a header row), feature by feature.",
            "Evidently's defaults: up to 1000 reference values KS (numbers) or chi-square / z-test"
                    + " (categories), p < 0.05; above, normed Wasserstein or Jensen-Shannon, >= 0.1; PSI"
                    + " bands 0.1 and 0.25; the dataset drifts when at least half the features do."
        })
public final class DriftCommand implements Callable<Integer> {

    @Option(names = "--reference", required = true, paramLabel = "FILE.csv", description = "The reference data.")
    private Path reference;

    @Option(names = "--current", required = true, paramLabel = "FILE.csv", description = "The data to check.")
    private Path current;

    @Option(names = "--format", paramLabel = "json|text", description = "Output format (default: text).")
    private String format = "text";

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report here instead of stdout.")
    private Path out;

    @Option(
            names = "--categorical",
            split = ",",
            paramLabel = "COLUMN",
            description = "Compare these columns as categories, whatever their values look like.")
    private List<String> categorical = new ArrayList<>();

    @Option(
            names = "--numeric",
            split = ",",
            paramLabel = "COLUMN",
            description = "These columns must hold numbers (default: numeric when the first value is one).")
    private List<String> numeric = new ArrayList<>();

    @Option(
            names = "--prediction",
            paramLabel = "COLUMN",
            description = "The model's predictions: compared too, reported apart, not counted for dataset drift.")
    private String prediction;

    @Option(
            names = "--test",
            paramLabel = "COLUMN=TEST",
            description = "Use this test for a column instead of the default choice: ks, chisquare, z,"
                    + " wasserstein, jensenshannon. Repeat per column.")
    private Map<String, String> tests = new LinkedHashMap<>();

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        DriftOptions options = options();
        Map<String, FeatureType> declared = declaredTypes();
        DriftReport report;
        try {
            DriftCsv.Datasets data = DriftCsv.read(reference, current, declared);
            report = DriftDetector.compare(data.reference(), data.current(), options);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("drift: " + e.getMessage());
            return 1;
        }
        String text = format.equals("json") ? DriftReportFormat.toJson(report) : DriftReportFormat.toText(report);
        return CommandOutput.write(spec, text, out);
    }

    private DriftOptions options() {
        if (!List.of("json", "text").contains(format)) {
            throw usage("--format is json or text, not '" + format + "'");
        }
        DriftOptions options = DriftOptions.defaults();
        for (Map.Entry<String, String> chosen : tests.entrySet()) {
            DriftTest test = DriftTest.byId(chosen.getValue())
                    .orElseThrow(() -> usage("--test " + chosen.getKey() + "=" + chosen.getValue()
                            + ": the tests are ks, chisquare, z, wasserstein, jensenshannon"));
            options = options.withTest(chosen.getKey(), test);
        }
        return prediction == null ? options : options.withPredictionColumn(prediction);
    }

    private Map<String, FeatureType> declaredTypes() {
        Map<String, FeatureType> declared = new LinkedHashMap<>();
        categorical.forEach(column -> declared.put(column.trim(), FeatureType.CATEGORICAL));
        for (String column : numeric) {
            if (declared.put(column.trim(), FeatureType.NUMERIC) != null) {
                throw usage("column '" + column.trim() + "' is given to both --categorical and --numeric");
            }
        }
        return declared;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
