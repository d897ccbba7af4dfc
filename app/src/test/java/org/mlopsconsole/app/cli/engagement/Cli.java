package org.mlopsconsole.app.cli.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mlopsconsole.app.cli.CommandLineApp;

/** mlops-console on one workspace, with its output captured. */
final class Cli {

    record Run(int exitCode, String out, String err) {

        /** The id a create command printed alone on stdout. */
        long id() {
            assertThat(exitCode).as(err).isZero();
            assertThat(out).as("stdout is the id alone").matches("\\d+\\R");
            return Long.parseLong(out.strip());
        }

        Run ok() {
            assertThat(exitCode).as(err).isZero();
            return this;
        }
    }

    private final String workspace;

    Cli(Path workspace) {
        this(workspace.toString());
    }

    Cli(String workspace) {
        this.workspace = workspace;
    }

    /** A command on this workspace ({@code --workspace} is appended). */
    Run run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--workspace");
        all.add(workspace);
        return offline(all.toArray(String[]::new));
    }

    /** A command that takes no workspace (models, questionnaire export, assess score). */
    static Run offline(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = CommandLineApp.create(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    long id(String... args) {
        return run(args).id();
    }
}
