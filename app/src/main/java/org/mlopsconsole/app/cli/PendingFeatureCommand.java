package org.mlopsconsole.app.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A named command group whose feature is not built yet. It accepts any arguments, says which
 * feature it awaits on stderr, and exits 2, so scripts can rely on the names already.
 */
final class PendingFeatureCommand implements Callable<Integer> {

    private final String name;
    private final String summary;
    private final String feature;
    private CommandLine commandLine;

    PendingFeatureCommand(String name, String summary, String feature) {
        this.name = name;
        this.summary = summary;
        this.feature = feature;
    }

    String name() {
        return name;
    }

    /** None today: {@code monitor}, the last one, came with runtime monitoring (issue 15). */
    static List<PendingFeatureCommand> all() {
        return List.of();
    }

    CommandLine toCommandLine() {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(this);
        spec.name(name);
        spec.usageMessage().description(summary, "Not available yet: awaits " + feature + ".");
        spec.addPositional(PositionalParamSpec.builder()
                .arity("0..*")
                .paramLabel("ARGS")
                .type(String[].class)
                .hidden(true)
                .build());
        spec.parser().unmatchedOptionsArePositionalParams(true);
        commandLine = new CommandLine(spec);
        return commandLine;
    }

    @Override
    public Integer call() {
        commandLine
                .getErr()
                .println("mlops-console " + name + ": not available yet; this command awaits " + feature + ".");
        return CommandLineApp.EXIT_USAGE;
    }
}
