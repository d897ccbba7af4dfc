package org.mlopsconsole.app.cli.runtime;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mlopsconsole.app.cli.WorkspaceCommand;
import org.mlopsconsole.app.cli.WorkspaceOption;
import org.mlopsconsole.workspace.BenchmarkRun;
import org.mlopsconsole.workspace.BenchmarkTargetKind;
import org.mlopsconsole.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code bench list}: the stored results, newest first, with the ids compare and export take. */
@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = "List the workspace's benchmark results (ids for bench compare and bench export).")
public final class BenchListCommand implements Callable<Integer> {

    @Mixin
    private WorkspaceOption workspace;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        try (Workspace opened = WorkspaceCommand.open(workspace.location())) {
            List<BenchmarkRun> runs = opened.benchmarks().list();
            PrintWriter out = spec.commandLine().getOut();
            if (runs.isEmpty()) {
                out.println("No benchmark results yet: store one with 'bench import FILE' or run one in the"
                        + " desktop app's Benchmarks section.");
                return 0;
            }
            out.printf(
                    Locale.ROOT,
                    "%5s  %-20s  %-10s  %-24s  %6s  %-28s  %s%n",
                    "ID",
                    "MEASURED",
                    "WHERE",
                    "MODEL",
                    "POINTS",
                    "LABEL",
                    "MACHINE");
            for (BenchmarkRun run : runs) {
                out.printf(
                        Locale.ROOT,
                        "%5d  %-20s  %-10s  %-24s  %6d  %-28s  %s%n",
                        run.id(),
                        run.startedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                        run.targetKind() == BenchmarkTargetKind.IN_PROCESS ? "in process" : "http",
                        run.modelName(),
                        run.pointCount(),
                        run.label(),
                        run.machine());
            }
            return 0;
        }
    }
}
