package org.mlopsconsole.app.settings;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mlopsconsole.app.common.Failures;
import org.mlopsconsole.workspace.WorkspaceLocation;

/** The Settings section: appearance, where the workspace and its logs are, and backups. */
public final class SettingsViewModel {

    private final BooleanProperty darkTheme;
    private final ReadOnlyStringWrapper workspaceDirectory = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper logsDirectory = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper backupsDirectory = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper backupStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper backupRunning = new ReadOnlyBooleanWrapper();
    private final ObservableList<String> recentWorkspaces = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper recentWorkspaceError = new ReadOnlyStringWrapper("");
    private RecentWorkspaces recent = new RecentWorkspaces(Path.of("recent-workspaces.txt"), Path.of("."));
    private final Supplier<Path> backup;
    private final Executor background;
    private final Executor ui;

    /**
     * @param darkTheme the main window's theme switch, shared
     * @param backup writes a backup and returns its file; run on {@code background}
     */
    public SettingsViewModel(
            BooleanProperty darkTheme,
            WorkspaceLocation workspace,
            Supplier<Path> backup,
            Executor background,
            Executor ui) {
        this.darkTheme = darkTheme;
        this.backup = backup;
        this.background = background;
        this.ui = ui;
        workspaceDirectory.set(workspace.display());
        logsDirectory.set(workspace.logsDirectory().toString());
        backupsDirectory.set(workspace.backupsDirectory().toString());
    }

    /** Lists {@code recent} (newest first) with this workspace at its head. */
    public SettingsViewModel withRecentWorkspaces(RecentWorkspaces recent, WorkspaceLocation current) {
        this.recent = recent;
        recentWorkspaces.setAll(recent.remember(current));
        return this;
    }

    /** Folders and PostgreSQL URLs opened lately, newest first; never a password. */
    public ObservableList<String> recentWorkspaces() {
        return recentWorkspaces;
    }

    /** Why the last location typed was not added; "" when it was. */
    public ReadOnlyStringProperty recentWorkspaceErrorProperty() {
        return recentWorkspaceError.getReadOnlyProperty();
    }

    /** Adds a folder or a {@code jdbc:postgresql://} URL to the list; anything else is refused, saying what is supported. */
    public void addRecentWorkspace(String typed) {
        try {
            recentWorkspaces.setAll(recent.add(typed));
            recentWorkspaceError.set("");
        } catch (org.mlopsconsole.workspace.WorkspaceException e) {
            recentWorkspaceError.set(e.getMessage());
        }
    }

    public BooleanProperty darkThemeProperty() {
        return darkTheme;
    }

    public ReadOnlyStringProperty workspaceDirectoryProperty() {
        return workspaceDirectory.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty logsDirectoryProperty() {
        return logsDirectory.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty backupsDirectoryProperty() {
        return backupsDirectory.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty backupStatusProperty() {
        return backupStatus.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty backupRunningProperty() {
        return backupRunning.getReadOnlyProperty();
    }

    public CompletableFuture<Void> backUpNow() {
        backupRunning.set(true);
        backupStatus.set("Backing up…");
        return CompletableFuture.supplyAsync(backup, background)
                .handleAsync(
                        (file, failure) -> {
                            backupRunning.set(false);
                            backupStatus.set(
                                    failure == null
                                            ? "Backup written to " + file
                                            : "Backup failed: " + Failures.rootMessage(failure));
                            return null;
                        },
                        ui);
    }
}
