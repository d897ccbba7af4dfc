package org.mlopsconsole.app.cli.runtime;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.mlopsconsole.app.cli.CommandLineApp;

/** Runs mlops-console with its output captured. */
final class CommandRun {

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    int exitCode = -1;

    static CommandRun of(String... args) {
        CommandRun run = new CommandRun();
        run.exitCode = CommandLineApp.create(new PrintWriter(run.out, true), new PrintWriter(run.err, true))
                .execute(args);
        return run;
    }
}
