package org.mlopsconsole.app.cli.assessment;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mlopsconsole.app.cli.CommandLineApp;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.ModelCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "list", description = "List the bundled maturity models.", mixinStandardHelpOptions = true)
public final class ModelsListCommand implements Callable<Integer> {

    private static final String ROW = "%-16s %-11s %6s %10s %9s  %s%n";

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, ROW, "ID", "SCORING", "LEVELS", "DIMENSIONS", "QUESTIONS", "NAME");
        for (MaturityModel model : ModelCatalog.bundled().models()) {
            out.printf(
                    Locale.ROOT,
                    ROW,
                    model.id(),
                    model.scoring().code(),
                    model.levels().size(),
                    model.dimensions().size(),
                    model.questions().count(),
                    model.name());
        }
        return CommandLineApp.EXIT_OK;
    }
}
