package org.mlopsconsole.app.shell;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.mlopsconsole.app.AppServices;
import org.mlopsconsole.app.assessment.AssessmentDetailViewModel;
import org.mlopsconsole.app.assessment.AssessmentsView;
import org.mlopsconsole.app.assessment.AssessmentsViewModel;
import org.mlopsconsole.app.common.DesktopFileOpener;
import org.mlopsconsole.app.common.FileOpener;
import org.mlopsconsole.app.common.FxExecutors;
import org.mlopsconsole.app.deployments.DeploymentsView;
import org.mlopsconsole.app.deployments.DeploymentsViewModel;
import org.mlopsconsole.app.logging.LoggingSetup;
import org.mlopsconsole.app.reports.ReportSettings;
import org.mlopsconsole.app.reports.ReportsView;
import org.mlopsconsole.app.reports.ReportsViewModel;
import org.mlopsconsole.app.settings.SettingsView;
import org.mlopsconsole.app.settings.SettingsViewModel;
import org.mlopsconsole.app.state.PropertiesUiStateStore;
import org.mlopsconsole.app.state.UiState;
import org.mlopsconsole.app.state.UiState.WindowBounds;
import org.mlopsconsole.app.theme.ThemeManager;
import org.mlopsconsole.workspace.WorkspaceException;
import org.mlopsconsole.workspace.WorkspaceLocation;

/** The JavaFX application: shows its window, opens the workspace off the UI thread, then the sections. */
public final class ConsoleApplication extends Application {

    private static final double DEFAULT_WIDTH = 1200;
    private static final double DEFAULT_HEIGHT = 800;
    private static volatile WorkspaceLocation workspaceToOpen;
    /** An engagement file the app was started with, for the Assessments section to offer for import. */
    private static final AtomicReference<Path> engagementFileToOpen = new AtomicReference<>();

    private static final AtomicInteger exitCode = new AtomicInteger();

    private AppServices services;

    /** Runs the desktop app until its window closes; returns the process exit code. */
    public static int launchAndWait(WorkspaceLocation workspace, Optional<Path> engagementFile) {
        workspaceToOpen = workspace;
        engagementFileToOpen.set(engagementFile.orElse(null));
        Application.launch(ConsoleApplication.class);
        return exitCode.get();
    }

    /** Logging is configured beside the toolkit's start, not before it: it took a third of a second. */
    private CompletableFuture<Void> loggingReady = CompletableFuture.completedFuture(null);

    @Override
    public void init() {
        loggingReady = CompletableFuture.runAsync(
                () -> LoggingSetup.logToWorkspace(workspaceToOpen.logsDirectory()), daemonThread("logging-setup"));
    }

    /**
     * Shows the window at once, saying which workspace it opens, then opens and migrates the
     * database off the UI thread and puts the sections in the same window: the first window does
     * not wait for the database.
     */
    @Override
    public void start(Stage stage) {
        UiState saved = new PropertiesUiStateStore(workspaceToOpen.uiStateFile()).load();
        new ThemeManager().apply(saved.darkTheme());
        stage.setScene(new Scene(OpeningView.build(workspaceToOpen.display()), DEFAULT_WIDTH, DEFAULT_HEIGHT));
        decorate(stage);
        saved.window().ifPresentOrElse(bounds -> restoreBounds(stage, bounds), stage::centerOnScreen);
        stage.show();
        CompletableFuture.supplyAsync(
                        () -> {
                            loggingReady.join(); // the workspace's log file receives what opening it logs
                            return AppServices.open(workspaceToOpen, FxExecutors.fxThread());
                        },
                        daemonThread("workspace-open"))
                .whenCompleteAsync((opened, failure) -> showOpened(stage, opened, failure), FxExecutors.fxThread());
    }

    private void showOpened(Stage stage, AppServices opened, Throwable failure) {
        if (failure != null) {
            exitCode.set(2);
            stage.hide();
            Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
            if (cause instanceof WorkspaceException workspaceFailure) {
                showOpenFailure(workspaceFailure);
            } else {
                showOpenFailure(new WorkspaceException("the workspace could not be opened: " + cause, cause));
            }
            Platform.exit();
            return;
        }
        services = opened;
        if (!stage.isShowing()) { // closed while the workspace was opening
            Platform.exit();
            return;
        }
        showMainWindow(stage, services, DesktopFileOpener.forThisSystem());
    }

    private static Executor daemonThread(String name) {
        return command -> {
            Thread thread = new Thread(command, name);
            thread.setDaemon(true);
            thread.start();
        };
    }

    @Override
    public void stop() {
        if (services != null) {
            services.close();
        }
    }

    /** Builds the main window on {@code stage}; the tests call this with their own services. */
    public static MainViewModel showMainWindow(Stage stage, AppServices services) {
        return showMainWindow(stage, services, file -> Optional.empty());
    }

    /**
     * Builds the main window on {@code stage}.
     *
     * @param opener opens a file the app wrote (a report) with the desktop's application for it
     */
    public static MainViewModel showMainWindow(Stage stage, AppServices services, FileOpener opener) {
        ThemeManager themes = new ThemeManager();
        MainViewModel viewModel = new MainViewModel(
                services.uiStateStore(), services.workspace().location().display());
        themes.apply(viewModel.darkThemeProperty().get());
        viewModel.darkThemeProperty().addListener((observable, old, dark) -> themes.apply(dark));

        MainView view = new MainView(
                viewModel,
                section -> sectionView(section, viewModel, services, opener),
                () -> showAbout(stage, services));
        Scene scene = new Scene(
                org.mlopsconsole.app.monitoring.AlertToasts.over(
                        view.build(), services.alertFeed(), services.uiExecutor()),
                DEFAULT_WIDTH,
                DEFAULT_HEIGHT);
        themes.addAppStylesheet(scene);
        scene.getAccelerators().putAll(view.accelerators());
        boolean shown = stage.isShowing();
        stage.setScene(scene);
        decorate(stage);
        if (!shown) {
            viewModel
                    .savedWindowBounds()
                    .ifPresentOrElse(bounds -> restoreBounds(stage, bounds), stage::centerOnScreen);
        }
        stage.setOnHiding(event -> viewModel.windowClosing(new WindowBounds(
                stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized())));
        stage.show();
        return viewModel;
    }

    private static Node sectionView(Section section, MainViewModel main, AppServices services, FileOpener opener) {
        if (section == Section.REPORTS) {
            ReportSettings saved = ReportSettings.of(services.workspace());
            return new ReportsView(new ReportsViewModel(
                            services.directory(),
                            saved::load,
                            opener,
                            services.backgroundExecutor(),
                            services.uiExecutor()))
                    .build();
        }
        if (section == Section.SETTINGS) {
            WorkspaceLocation location = services.workspace().location();
            SettingsViewModel settings = new SettingsViewModel(
                            main.darkThemeProperty(),
                            location,
                            () -> services.workspace().backupToDefaultFolder("manual"),
                            services.backgroundExecutor(),
                            services.uiExecutor())
                    .withRecentWorkspaces(org.mlopsconsole.app.settings.RecentWorkspaces.ofUser(), location);
            settings.withReportSettings(ReportSettings.of(services.workspace()));
            return new SettingsView(settings).load();
        }
        if (section == Section.ASSESSMENTS) {
            AssessmentsViewModel assessments = new AssessmentsViewModel(
                            services.engagements(),
                            services.assessments(),
                            services.workspace().plans(),
                            services.workspace().transfers(),
                            services.backgroundExecutor(),
                            services.uiExecutor())
                    .remembering(main.assessmentsSelectionProperty(), main.assessmentsDividerProperty());
            Optional.ofNullable(engagementFileToOpen.getAndSet(null)).ifPresent(assessments.fileToOpenProperty()::set);
            return new AssessmentsView(
                            assessments,
                            assessment -> AssessmentDetailViewModel.open(
                                    assessment,
                                    org.mlopsconsole.app.assessment.AssessmentUseCases.of(services.workspace()),
                                    services.backgroundExecutor(),
                                    services.uiExecutor()))
                    .build();
        }
        if (section == Section.DEPLOYMENTS) {
            return new DeploymentsView(new DeploymentsViewModel(
                            services.runtime(),
                            services.runtimeServer(),
                            services.deploymentMemory(),
                            services.restoredDeployments(),
                            main.runtimeStatusProperty(),
                            services.backgroundExecutor(),
                            services.uiExecutor()))
                    .build();
        }
        if (section == Section.BENCHMARKS) {
            return new org.mlopsconsole.app.benchmarks.BenchmarksView(
                            new org.mlopsconsole.app.benchmarks.BenchmarksViewModel(
                                    services.benchmarks(), services.backgroundExecutor(), services.uiExecutor()))
                    .build();
        }
        if (section == Section.ROLES_AND_TOOLS) {
            return new org.mlopsconsole.app.rolestools.RolesToolsView(
                            new org.mlopsconsole.app.rolestools.RolesToolsViewModel(
                                    services.engagements(),
                                    services.workspace().rolesAndTools(),
                                    services.assessments(),
                                    services.workspace().plans(),
                                    services.backgroundExecutor(),
                                    services.uiExecutor()))
                    .build();
        }
        if (section == Section.MONITORING) {
            return new org.mlopsconsole.app.monitoring.MonitoringView(
                            new org.mlopsconsole.app.monitoring.MonitoringViewModel(
                                    org.mlopsconsole.app.monitoring.MonitoringSources.of(services),
                                    java.time.Clock.systemUTC(),
                                    services.scheduler(),
                                    services.backgroundExecutor(),
                                    services.uiExecutor()),
                            main.darkThemeProperty())
                    .build();
        }
        return SectionPlaceholderView.create(section);
    }

    private static void showAbout(Stage owner, AppServices services) {
        AboutViewModel viewModel = new AboutViewModel(
                services.versions(), services.workspace().location().display(), services.uiExecutor());
        new AboutView(viewModel).dialog(owner).showAndWait();
    }

    private static void decorate(Stage stage) {
        stage.setTitle("MLOps Console");
        if (stage.getIcons().isEmpty()) {
            stage.getIcons()
                    .add(new Image(
                            ConsoleApplication.class.getResource("app-icon.png").toExternalForm()));
        }
        stage.setMinWidth(900);
        stage.setMinHeight(600);
    }

    /** Restores the last bounds when they still fit on a screen (monitors change between runs). */
    private static void restoreBounds(Stage stage, WindowBounds bounds) {
        boolean visible = !Screen.getScreensForRectangle(
                        new Rectangle2D(bounds.x(), bounds.y(), bounds.width(), bounds.height()))
                .isEmpty();
        if (visible) {
            stage.setX(bounds.x());
            stage.setY(bounds.y());
        } else {
            stage.centerOnScreen();
        }
        stage.setWidth(bounds.width());
        stage.setHeight(bounds.height());
        stage.setMaximized(bounds.maximized());
    }

    private static void showOpenFailure(WorkspaceException failure) {
        new ThemeManager().apply(false);
        openFailureDialog(failure).showAndWait();
    }

    /** The dialog a workspace that cannot be opened gets: the one-line reason, and Close. */
    static Alert openFailureDialog(WorkspaceException failure) {
        Alert alert = new Alert(Alert.AlertType.ERROR, failure.getMessage(), ButtonType.CLOSE);
        alert.setTitle("MLOps Console");
        alert.setHeaderText("The workspace cannot be opened");
        alert.getDialogPane().setId("workspace-error");
        return alert;
    }
}
