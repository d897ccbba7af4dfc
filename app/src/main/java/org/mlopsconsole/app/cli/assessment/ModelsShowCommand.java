package org.mlopsconsole.app.cli.assessment;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.mlopsconsole.app.cli.CommandLineApp;
import org.mlopsconsole.app.cli.ModelReference;
import org.mlopsconsole.assessment.Dimension;
import org.mlopsconsole.assessment.Level;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.Question;
import org.mlopsconsole.assessment.ScoringMethod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "show",
        description = "Print a model: source, levels, dimensions and questions.",
        mixinStandardHelpOptions = true)
public final class ModelsShowCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ID", description = "A bundled model id, or a model file.")
    private String model;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        MaturityModel shown = ModelReference.resolve(model);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%s (%s, version %s)%n", shown.name(), shown.id(), shown.version());
        out.printf(
                Locale.ROOT,
                "Scoring: %s; passing ratings: %s%n",
                shown.scoring().code(),
                passRatings(shown));
        out.printf(Locale.ROOT, "Source: %s%n%s%n%nLevels:%n", shown.source(), shown.description());
        for (Level level : shown.levels()) {
            String threshold = switch (shown.scoring()) {
                case CONTINUOUS -> String.format(Locale.ROOT, " (score >= %s)", trim(level.minScore()));
                case POINTS_MINIMUM -> String.format(Locale.ROOT, " (points > %s)", trim(level.minScore()));
                case STAGED -> "";
            };
            out.printf(Locale.ROOT, "  %d %s%s: %s%n", level.id(), level.name(), threshold, level.description());
        }
        for (Dimension dimension : shown.dimensions()) {
            out.printf(
                    Locale.ROOT,
                    "%n%s: %s (weight %s)%n  %s%n",
                    dimension.id(),
                    dimension.name(),
                    trim(dimension.weight()),
                    dimension.description());
            for (Question question : dimension.questions()) {
                // points-minimum questions gate no level: their points add up per dimension
                String gate = shown.scoring() == ScoringMethod.POINTS_MINIMUM ? "-" : "L" + question.level();
                out.printf(Locale.ROOT, "  [%s] %s: %s%n", gate, question.id(), question.text());
            }
        }
        return CommandLineApp.EXIT_OK;
    }

    private static String passRatings(MaturityModel model) {
        return model.passingRatings().stream().map(Enum::name).collect(Collectors.joining(", ")) + " (and NA)";
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
