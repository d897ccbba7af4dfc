package org.mlopsconsole.app.cli.runtime;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mlopsconsole.app.benchmarks.BenchmarkLibrary;
import org.mlopsconsole.app.cli.WorkspaceCommand;
import org.mlopsconsole.app.cli.WorkspaceOption;
import org.mlopsconsole.app.cli.assessment.AtomicFiles;
import org.mlopsconsole.workspace.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bench export ID --format csv|json --out FILE}: a stored result as a file again. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Write a stored result: json (the result file as it was stored) or csv (one row per point,"
                + " perf_analyzer's columns).")
public final class BenchExportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ID", description = "The result's id (bench list).")
    private long id;

    @Option(names = "--format", required = true, paramLabel = "csv|json", description = "The file's format.")
    private String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write it.")
    private Path out;

    @Mixin
    private WorkspaceOption workspace;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        BenchmarkLibrary.ExportFormat chosen;
        try {
            chosen = BenchmarkLibrary.ExportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        try (Workspace opened = WorkspaceCommand.open(workspace.location())) {
            AtomicFiles.write(out, new BenchmarkLibrary(opened.benchmarks()).export(id, chosen));
        }
        spec.commandLine().getOut().println("Wrote benchmark " + id + " to " + out);
        return 0;
    }
}
