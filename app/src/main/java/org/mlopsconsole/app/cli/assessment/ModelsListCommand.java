package org.mlopsconsole.app.cli.assessment;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.mlopsconsole.app.cli.CommandLineApp;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.ModelCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "list", description = "List the bundled maturity models.", mixinStandardHelpOptions = true)
public final class ModelsListCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        List<MaturityModel> models = ModelCatalog.bundled().models();
        int idWidth = width(models, MaturityModel::id, "ID");
        int nameWidth = width(models, MaturityModel::name, "NAME");
        int scoringWidth = width(models, model -> model.scoring().code(), "SCORING");
        String row = "%-" + idWidth + "s  %-" + nameWidth + "s  %-" + scoringWidth + "s  %6s  %10s  %9s%n";
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, row, "ID", "NAME", "SCORING", "LEVELS", "DIMENSIONS", "QUESTIONS");
        for (MaturityModel model : models) {
            out.printf(
                    Locale.ROOT,
                    row,
                    model.id(),
                    model.name(),
                    model.scoring().code(),
                    model.levels().size(),
                    model.dimensions().size(),
                    model.questions().count());
        }
        return CommandLineApp.EXIT_OK;
    }

    private static int width(List<MaturityModel> models, Function<MaturityModel, String> column, String header) {
        return Math.max(
                header.length(),
                models.stream().mapToInt(m -> column.apply(m).length()).max().orElse(0));
    }
}
