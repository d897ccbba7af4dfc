package org.mlopsconsole.app.cli.runtime;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.mlopsconsole.app.benchmarks.BenchmarkLibrary;
import org.mlopsconsole.app.cli.WorkspaceCommand;
import org.mlopsconsole.app.cli.WorkspaceOption;
import org.mlopsconsole.runtime.benchmark.BenchComparison;
import org.mlopsconsole.workspace.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bench compare A B}: the points both runs measured, with B ÷ A ratios, and what differs. */
@Command(
        name = "compare",
        mixinStandardHelpOptions = true,
        description = {
            "Compare two stored results: per point both measured (same load, batch and settings) the B ÷ A"
                    + " ratios of throughput and p50, p95, p99 latency, then the fingerprint fields that differ.",
            "A ratio of two unstable points says more about the machine than about the model."
        })
public final class BenchCompareCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "A", description = "The base run's id (bench list).")
    private long a;

    @Parameters(index = "1", paramLabel = "B", description = "The run compared with it.")
    private long b;

    @Option(names = "--format", paramLabel = "text|json|csv", description = "Output format (default: text).")
    private String format = "text";

    @Mixin
    private WorkspaceOption workspace;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        if (!java.util.List.of("text", "json", "csv").contains(format)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--format is text, json or csv, not '" + format + "'");
        }
        try (Workspace opened = WorkspaceCommand.open(workspace.location())) {
            BenchmarkLibrary library = new BenchmarkLibrary(opened.benchmarks());
            BenchComparison comparison = library.compare(a, b);
            PrintWriter out = spec.commandLine().getOut();
            switch (format) {
                case "json" -> out.print(comparison.toJson());
                case "csv" -> out.print(comparison.toCsv());
                default -> {
                    out.printf(
                            "Runs: A = %d \"%s\", B = %d \"%s\"%n",
                            a, library.run(a).label(), b, library.run(b).label());
                    out.print(comparison.toMarkdown());
                    if (comparison.rows().isEmpty()) {
                        out.println("The two runs share no point: compare runs measured at the same load and batch.");
                    }
                }
            }
            out.flush();
            return 0;
        }
    }
}
