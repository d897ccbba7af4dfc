package org.mlopsconsole.app.cli.assessment;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mlopsconsole.app.cli.CommandLineApp;
import org.mlopsconsole.app.cli.ModelReference;
import org.mlopsconsole.app.cli.UserInputException;
import org.mlopsconsole.assessment.InvalidInputException;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.Responses;
import org.mlopsconsole.assessment.ResponsesLoader;
import org.mlopsconsole.assessment.ScoreReport;
import org.mlopsconsole.assessment.ScoreReportFormat;
import org.mlopsconsole.assessment.Scorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "score",
        description = "Score a responses file: overall, per dimension (level, score, gap, next steps), per question.",
        mixinStandardHelpOptions = true)
public final class AssessScoreCommand implements Callable<Integer> {

    @Option(names = "--model", required = true, paramLabel = "ID|FILE", description = "Bundled model id or model file.")
    private String model;

    @Option(names = "--responses", required = true, paramLabel = "FILE", description = "The responses file.")
    private Path responses;

    @Option(
            names = "--format",
            defaultValue = "json",
            paramLabel = "json|text",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    private AssessCommand.Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the output to FILE instead of stdout.")
    private Path out;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        MaturityModel resolved = ModelReference.resolve(model);
        ScoreReport report = Scorer.score(resolved, load(responses, resolved));
        String output = format == AssessCommand.Format.json
                ? ScoreReportFormat.json(report) + System.lineSeparator()
                : ScoreReportFormat.text(report, resolved);
        emit(spec, out, output);
        return CommandLineApp.EXIT_OK;
    }

    static Responses load(Path file, MaturityModel model) {
        try {
            return ResponsesLoader.load(file, model);
        } catch (InvalidInputException e) {
            throw new UserInputException(e.getMessage(), e);
        }
    }

    static void emit(CommandSpec spec, Path out, String output) {
        if (out == null) {
            spec.commandLine().getOut().print(output);
            spec.commandLine().getOut().flush();
        } else {
            Path written = AtomicFiles.write(out, output);
            spec.commandLine().getErr().println("Written to " + written);
        }
    }
}
