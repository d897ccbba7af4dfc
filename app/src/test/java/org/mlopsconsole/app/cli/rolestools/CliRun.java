package org.mlopsconsole.app.cli.rolestools;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.mlopsconsole.app.cli.CommandLineApp;

/** One run of mlops-console with its output captured. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = CommandLineApp.create(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }
}
