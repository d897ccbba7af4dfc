package org.mlopsconsole.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The arguments of a plain desktop start: nothing, {@code --workspace DIR|URL}, an engagement file
 * ({@code FILE.mlops}, as a file manager passes it), or both. Recognizing them before the command
 * line is built lets the window open without picocli's model of every subcommand (and the classes
 * those load), which took about a second of the start. Anything else, including a mistake, goes to
 * the full command line, which reports it.
 */
record DesktopStart(Optional<String> workspace, Optional<Path> engagementFile) {

    private static final String WORKSPACE = "--workspace";
    private static final String ENGAGEMENT_FILE_SUFFIX = ".mlops";

    static Optional<DesktopStart> recognize(String... args) {
        Optional<String> workspace = Optional.empty();
        Optional<Path> file = Optional.empty();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals(WORKSPACE) && i + 1 < args.length && workspace.isEmpty()) {
                workspace = Optional.of(args[++i]);
            } else if (arg.startsWith(WORKSPACE + "=") && workspace.isEmpty()) {
                workspace = Optional.of(arg.substring(WORKSPACE.length() + 1));
            } else if (!arg.startsWith("-") && file.isEmpty() && isEngagementFile(arg)) {
                file = Optional.of(Path.of(arg).toAbsolutePath().normalize());
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(new DesktopStart(workspace, file));
    }

    private static boolean isEngagementFile(String arg) {
        return arg.endsWith(ENGAGEMENT_FILE_SUFFIX) && Files.isRegularFile(Path.of(arg));
    }
}
