package org.mlopsconsole.runtime.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/** A command's result: printed on stdout, or written to its {@code --out} file and said on stderr. */
final class CommandOutput {

    private CommandOutput() {}

    /** Returns the exit code: 0 written, 1 the file cannot be written. */
    static int write(CommandSpec spec, String text, Path out) {
        String command = spec.name();
        if (out == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
            return 0;
        }
        PrintWriter err = spec.commandLine().getErr();
        try {
            Files.writeString(out, text, StandardCharsets.UTF_8);
            err.println(command + ": wrote " + out);
            return 0;
        } catch (IOException e) {
            err.println(command + ": cannot write " + out + ": " + e.getMessage());
            return 1;
        }
    }
}
