package org.mlopsconsole.app.cli.engagement;

import java.nio.file.Path;
import org.mlopsconsole.app.cli.UserInputException;
import org.mlopsconsole.workspace.EngagementArchive;
import org.mlopsconsole.workspace.Transfers;
import picocli.CommandLine.Model.CommandSpec;

/** Reading and writing engagement files for the org and assess export and import commands. */
final class EngagementFiles {

    private EngagementFiles() {}

    /** Writes {@code archive} to {@code out} and says on stderr what went where. */
    static void write(CommandSpec spec, EngagementArchive archive, Path out) {
        Transfers.writeFile(archive, out);
        spec.commandLine()
                .getErr()
                .println("Exported " + Transfers.describe(archive) + " to "
                        + out.toAbsolutePath().normalize());
    }

    /** The archive in {@code file}, refused with {@code otherKind} when it holds the other kind. */
    static EngagementArchive read(Path file, Class<? extends EngagementArchive> kind, String otherKind) {
        EngagementArchive archive = Transfers.readFile(file);
        if (!kind.isInstance(archive)) {
            throw new UserInputException(file + " " + otherKind);
        }
        return archive;
    }
}
