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
import picocli.CommandLine.Mixin;
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

    @Mixin
    private ScoreOutput output;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        MaturityModel resolved = ModelReference.resolve(model);
        ScoreReport report = Scorer.score(resolved, load(responses, resolved));
        String text = output.json()
                ? ScoreReportFormat.json(report) + System.lineSeparator()
                : ScoreReportFormat.text(report, resolved);
        output.write(spec, text);
        return CommandLineApp.EXIT_OK;
    }

    static Responses load(Path file, MaturityModel model) {
        try {
            return ResponsesLoader.load(file, model);
        } catch (InvalidInputException e) {
            throw new UserInputException(e.getMessage(), e);
        }
    }
}
