package org.mlopsconsole.app.cli.runtime;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.mlopsconsole.app.benchmarks.BenchmarkLibrary;
import org.mlopsconsole.app.cli.UserInputException;
import org.mlopsconsole.app.cli.WorkspaceCommand;
import org.mlopsconsole.app.cli.WorkspaceOption;
import org.mlopsconsole.runtime.InvalidInputException;
import org.mlopsconsole.workspace.BenchmarkRun;
import org.mlopsconsole.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bench import FILE [--label L]}: a result file (from any machine) into the workspace. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Store a benchmark result file (bench --format json, e.g. from mlops-runtime.jar on another machine)"
                    + " in the workspace, for bench compare and the Benchmarks section.",
            "The file is checked first (format, version, every point); a refused file stores nothing."
        })
public final class BenchImportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The result file (JSON).")
    private Path file;

    @Option(names = "--label", paramLabel = "L", description = "How lists name it (default: the file's name).")
    private String label;

    @Mixin
    private WorkspaceOption workspace;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        try (Workspace opened = WorkspaceCommand.open(workspace.location())) {
            BenchmarkRun run;
            try {
                run = new BenchmarkLibrary(opened.benchmarks()).importFile(file, Optional.ofNullable(label));
            } catch (InvalidInputException e) {
                throw new UserInputException(e.getMessage(), e);
            }
            spec.commandLine()
                    .getOut()
                    .printf(
                            Locale.ROOT,
                            "Imported %s as benchmark %d \"%s\": %s, %d points, measured %s%n  on %s%n",
                            file.getFileName(),
                            run.id(),
                            run.label(),
                            run.target(),
                            run.pointCount(),
                            run.startedAt(),
                            run.machine());
            return 0;
        }
    }
}
