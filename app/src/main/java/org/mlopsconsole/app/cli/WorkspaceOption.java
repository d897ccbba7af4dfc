package org.mlopsconsole.app.cli;

import java.util.Optional;
import org.mlopsconsole.workspace.PasswordSource;
import org.mlopsconsole.workspace.WorkspaceLocation;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code --workspace DIR|URL} option, shared by every command that uses the workspace. */
public final class WorkspaceOption {

    /** Commands declare this mixin as {@code @Mixin WorkspaceOption workspace}. */
    static final String MIXIN_NAME = "workspace";

    @Option(
            names = "--workspace",
            paramLabel = "DIR|URL",
            description = "Workspace: a folder (H2) or jdbc:postgresql://HOST[:PORT]/DATABASE (default: $"
                    + WorkspaceLocation.ENVIRONMENT_VARIABLE + ", else ~/.mlops-console). A server's password comes"
                    + " from $" + PasswordSource.PASSWORD_VARIABLE + " or $PGPASSWORD, else it is asked for.")
    private String directory;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec mixee;

    /** The workspace given here or before the subcommand ({@code mlops-console --workspace DIR workspace info}). */
    public WorkspaceLocation location() {
        return WorkspaceLocation.resolve(given());
    }

    private Optional<String> given() {
        for (CommandSpec command = mixee; command != null; command = command.parent()) {
            CommandSpec mixin = command.mixins().get(MIXIN_NAME);
            if (mixin != null && mixin.userObject() instanceof WorkspaceOption option && option.directory != null) {
                return Optional.of(option.directory);
            }
        }
        return Optional.empty();
    }
}
