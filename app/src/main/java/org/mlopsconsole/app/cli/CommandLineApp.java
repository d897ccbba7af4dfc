package org.mlopsconsole.app.cli;

import java.io.PrintWriter;
import java.util.Optional;
import org.mlopsconsole.app.DesktopLauncher;
import org.mlopsconsole.app.logging.LoggingSetup;
import org.mlopsconsole.workspace.ConflictException;
import org.mlopsconsole.workspace.EngagementException;
import org.mlopsconsole.workspace.WorkspaceException;
import org.mlopsconsole.workspace.WorkspaceLocation;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Builds and runs the {@code mlops-console} command line. Exit codes: 0 success, 1 the command
 * failed on its input, 2 usage errors and workspaces that cannot be opened.
 */
public final class CommandLineApp {

    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILED = 1;
    public static final int EXIT_USAGE = 2;

    private CommandLineApp() {}

    public static int execute(String... args) {
        Optional<DesktopStart> desktop = DesktopStart.recognize(args);
        if (desktop.isPresent()) {
            Optional<WorkspaceLocation> location = desktopWorkspace(desktop.get());
            if (location.isPresent()) {
                LoggingSetup.routeJavaLoggingToSlf4j();
                return DesktopLauncher.launch(location.get(), desktop.get().engagementFile(), args);
            }
        }
        return create(new PrintWriter(System.out, true), new PrintWriter(System.err, true))
                .execute(args);
    }

    /** The workspace of a desktop start; empty when its text is wrong, which the full command line reports. */
    private static Optional<WorkspaceLocation> desktopWorkspace(DesktopStart start) {
        try {
            return Optional.of(WorkspaceLocation.resolve(start.workspace()));
        } catch (WorkspaceException e) {
            return Optional.empty();
        }
    }

    /** The command line with its output going to {@code out} and {@code err}, as tests need. */
    public static CommandLine create(PrintWriter out, PrintWriter err) {
        LoggingSetup.routeJavaLoggingToSlf4j();
        RootCommand root = new RootCommand();
        CommandLine commandLine = new CommandLine(root);
        root.addPendingFeatures(commandLine);
        root.addBenchmarkStore(commandLine);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(reportingHandler());
        commandLine.setParameterExceptionHandler(CommandLineApp::reportUsageError);
        return commandLine;
    }

    /** A usage error always prints the message, any "did you mean", and the usage, on stderr. */
    private static int reportUsageError(ParameterException exception, String[] args) {
        CommandLine commandLine = exception.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println(exception.getMessage());
        UnmatchedArgumentException.printSuggestions(exception, err);
        commandLine.usage(err, commandLine.getColorScheme());
        return EXIT_USAGE;
    }

    private static IExecutionExceptionHandler reportingHandler() {
        return (exception, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (exception instanceof WorkspaceException) {
                err.println("error: " + exception.getMessage());
                return EXIT_USAGE;
            }
            if (exception instanceof UserInputException
                    || exception instanceof EngagementException
                    || exception instanceof ConflictException) {
                err.println("error: " + exception.getMessage());
                return EXIT_FAILED;
            }
            LoggerFactory.getLogger(CommandLineApp.class).error("Command failed", exception);
            err.println("error: " + exception);
            return EXIT_FAILED;
        };
    }
}
