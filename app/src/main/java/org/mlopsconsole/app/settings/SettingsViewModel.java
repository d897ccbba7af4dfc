package org.mlopsconsole.app.settings;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mlopsconsole.app.common.Failures;
import org.mlopsconsole.app.reports.ReportLogos;
import org.mlopsconsole.app.reports.ReportSettings;
import org.mlopsconsole.reports.Branding;
import org.mlopsconsole.reports.PaperSize;
import org.mlopsconsole.reports.ReportOptions;
import org.mlopsconsole.workspace.WorkspaceLocation;

/**
 * The Settings section: appearance, where the workspace and its logs are, backups, and the
 * reports' branding and paper ({@link ReportSettings}, saved with the workspace).
 */
public final class SettingsViewModel {

    private final BooleanProperty darkTheme;
    private final ReadOnlyStringWrapper workspaceDirectory = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper logsDirectory = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper backupsDirectory = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper backupStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper backupRunning = new ReadOnlyBooleanWrapper();
    private final ObservableList<String> recentWorkspaces = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper recentWorkspaceError = new ReadOnlyStringWrapper("");
    private final StringProperty consultancy = new SimpleStringProperty("");
    private final ObjectProperty<PaperSize> paper = new SimpleObjectProperty<>(PaperSize.A4);
    private final ReadOnlyObjectWrapper<Branding.Logo> logo = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper reportSettingsStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper reportSettingsFailed = new ReadOnlyBooleanWrapper();
    private Optional<ReportSettings> reportSettings = Optional.empty();
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

    /** Shows the report options saved with the workspace (read on the background executor) and lets them be saved. */
    public CompletableFuture<Void> withReportSettings(ReportSettings settings) {
        reportSettings = Optional.of(settings);
        return CompletableFuture.supplyAsync(settings::load, background)
                .handleAsync(
                        (options, failure) -> {
                            if (failure == null) {
                                showReportOptions(options);
                            } else {
                                failReportSettings(
                                        "Could not read the report settings: " + Failures.rootMessage(failure));
                            }
                            return null;
                        },
                        ui);
    }

    private void showReportOptions(ReportOptions options) {
        consultancy.set(options.branding().consultancy());
        paper.set(options.paper());
        logo.set(options.branding().logo().orElse(null));
        reportSettingsStatus.set("");
        reportSettingsFailed.set(false);
    }

    /** The consultancy's name on every report's cover and header; "" for none. */
    public StringProperty consultancyProperty() {
        return consultancy;
    }

    public ObjectProperty<PaperSize> paperProperty() {
        return paper;
    }

    public List<PaperSize> papers() {
        return List.of(PaperSize.values());
    }

    /** "A4" or "Letter", as the paper picker shows them. */
    public static String paperName(PaperSize size) {
        return size == PaperSize.LETTER ? "Letter" : "A4";
    }

    /** The logo chosen (not yet saved, perhaps), or null for none. */
    public ReadOnlyObjectProperty<Branding.Logo> logoProperty() {
        return logo.getReadOnlyProperty();
    }

    /** What the last logo choice or save gave: why a logo was refused, or that the settings were saved. */
    public ReadOnlyStringProperty reportSettingsStatusProperty() {
        return reportSettingsStatus.getReadOnlyProperty();
    }

    /** True when {@link #reportSettingsStatusProperty()} is an error, for its style. */
    public ReadOnlyBooleanProperty reportSettingsFailedProperty() {
        return reportSettingsFailed.getReadOnlyProperty();
    }

    /** Why the name cannot be saved as typed; "" when it can. */
    public String consultancyProblem() {
        String name = consultancy.get() == null ? "" : consultancy.get().strip();
        return name.length() > ReportSettings.MAX_CONSULTANCY_LENGTH
                ? "The consultancy's name has " + name.length() + " characters; at most "
                        + ReportSettings.MAX_CONSULTANCY_LENGTH + " fit a cover."
                : "";
    }

    /** True while the settings cannot be saved: no workspace settings, or a name too long. */
    public BooleanBinding saveReportSettingsDisabled() {
        return Bindings.createBooleanBinding(
                () -> reportSettings.isEmpty() || !consultancyProblem().isEmpty(), consultancy);
    }

    /** Takes {@code file} as the logo when it is a PNG of at most 1 MB and 2000×2000 pixels; otherwise says why. */
    public void chooseLogo(Path file) {
        try {
            logo.set(ReportLogos.read(file));
            reportSettingsStatus.set("Logo " + file.getFileName() + " chosen: save to keep it.");
            reportSettingsFailed.set(false);
        } catch (IllegalArgumentException e) {
            failReportSettings(capitalized(e.getMessage()) + ".");
        }
    }

    public void removeLogo() {
        logo.set(null);
        reportSettingsStatus.set("Logo removed: save to keep it so.");
        reportSettingsFailed.set(false);
    }

    /** Saves name, paper and logo with the workspace, on the background executor. */
    public CompletableFuture<Void> saveReportSettings() {
        String problem = consultancyProblem();
        if (reportSettings.isEmpty() || !problem.isEmpty()) {
            failReportSettings(problem.isEmpty() ? "There is no workspace to save the report settings in." : problem);
            return CompletableFuture.completedFuture(null);
        }
        Branding branding = Branding.of(consultancy.get());
        ReportOptions options =
                new ReportOptions(paper.get(), logo.get() == null ? branding : branding.withLogo(logo.get()));
        ReportSettings settings = reportSettings.get();
        return CompletableFuture.runAsync(() -> settings.save(options), background)
                .handleAsync(
                        (done, failure) -> {
                            if (failure == null) {
                                reportSettingsStatus.set(
                                        "Report settings saved: every report of this workspace uses them.");
                                reportSettingsFailed.set(false);
                            } else {
                                failReportSettings(
                                        "The report settings were not saved: " + Failures.rootMessage(failure));
                            }
                            return null;
                        },
                        ui);
    }

    private void failReportSettings(String message) {
        reportSettingsStatus.set(message);
        reportSettingsFailed.set(true);
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
