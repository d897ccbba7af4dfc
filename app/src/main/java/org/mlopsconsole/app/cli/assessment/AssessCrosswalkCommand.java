package org.mlopsconsole.app.cli.assessment;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.mlopsconsole.app.cli.CommandLineApp;
import org.mlopsconsole.assessment.Crosswalk;
import org.mlopsconsole.assessment.ModelCatalog;
import org.mlopsconsole.assessment.ScoreReportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "crosswalk",
        description = {
            "Score responses to the mlops-practices model, then every other bundled model through the practices"
                    + " their questions link to (primary links only).",
            "Each model's result says how many of its questions were derived, and from which practice answers."
        },
        mixinStandardHelpOptions = true)
public final class AssessCrosswalkCommand implements Callable<Integer> {

    @Option(
            names = "--responses",
            required = true,
            paramLabel = "FILE",
            description = "Responses to the " + ModelCatalog.PRACTICES_MODEL_ID + " model.")
    private Path responses;

    @Mixin
    private ScoreOutput output;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        ModelCatalog catalog = ModelCatalog.bundled();
        List<Crosswalk.Result> results =
                new Crosswalk(catalog).deriveAll(AssessScoreCommand.load(responses, catalog.practicesModel()));
        String text = output.json()
                ? ScoreReportFormat.json(results) + System.lineSeparator()
                : ScoreReportFormat.crosswalkText(results);
        output.write(spec, text);
        return CommandLineApp.EXIT_OK;
    }
}
