package org.mlopsconsole.app.cli.assessment;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The {@code --format} and {@code --out} options of the scoring commands, and where their output goes. */
public final class ScoreOutput {

    @Option(
            names = "--format",
            defaultValue = "json",
            paramLabel = "json|text",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    private AssessCommand.Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the output to FILE instead of stdout.")
    private Path out;

    boolean json() {
        return format == AssessCommand.Format.json;
    }

    /** Prints {@code output}, or writes it whole to the {@code --out} file and says where. */
    void write(CommandSpec spec, String output) {
        if (out == null) {
            spec.commandLine().getOut().print(output);
            spec.commandLine().getOut().flush();
        } else {
            Path written = AtomicFiles.write(out, output);
            spec.commandLine().getErr().println("Written to " + written);
        }
    }
}
