package org.mlopsconsole.app.shell;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
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
import org.mlopsconsole.app.common.FxExecutors;
import org.mlopsconsole.app.deployments.DeploymentsView;
import org.mlopsconsole.app.deployments.DeploymentsViewModel;
import org.mlopsconsole.app.logging.LoggingSetup;
import org.mlopsconsole.app.reports.ReportsView;
import org.mlopsconsole.app.reports.ReportsViewModel;
import org.mlopsconsole.app.settings.SettingsView;
import org.mlopsconsole.app.settings.SettingsViewModel;
import org.mlopsconsole.app.state.UiState.WindowBounds;
import org.mlopsconsole.app.theme.ThemeManager;
import org.mlopsconsole.workspace.WorkspaceException;
import org.mlopsconsole.workspace.WorkspaceLocation;

/** The JavaFX application: opens the workspace off the UI thread, then shows the main window. */
public final class ConsoleApplication extends Application {

    private static final double DEFAULT_WIDTH = 1200;
    private static final double DEFAULT_HEIGHT = 800;
    private static volatile WorkspaceLocation workspaceToOpen;
    private static final AtomicInteger exitCode = new AtomicInteger();

    private AppServices services;
    private WorkspaceException openFailure;

    /** Runs the desktop app until its window closes; returns the process exit code. */
    public static int launchAndWait(WorkspaceLocation workspace) {
        workspaceToOpen = workspace;
        Application.launch(ConsoleApplication.class);
        return exitCode.get();
    }

    @Override
    public void init() {
        // init() runs on the launcher thread: opening and migrating the database stays off the UI.
        LoggingSetup.logToWorkspace(workspaceToOpen.logsDirectory());
        try {
            services = AppServices.open(workspaceToOpen, FxExecutors.fxThread());
        } catch (WorkspaceException e) {
            openFailure = e;
        }
    }

    @Override
    public void start(Stage stage) {
        if (openFailure != null) {
            exitCode.set(2);
            showOpenFailure(openFailure);
            Platform.exit();
            return;
        }
        showMainWindow(
                stage,
                services,
                file -> getHostServices().showDocument(file.toUri().toString()));
    }

    @Override
    public void stop() {
        if (services != null) {
            services.close();
        }
    }

    /** Builds the main window on {@code stage}; the tests call this with their own services. */
    public static MainViewModel showMainWindow(Stage stage, AppServices services) {
        return showMainWindow(stage, services, file -> {});
    }

    /**
     * Builds the main window on {@code stage}.
     *
     * @param opener opens a file the app wrote (a report) with the desktop's application for it
     */
    public static MainViewModel showMainWindow(Stage stage, AppServices services, Consumer<Path> opener) {
        ThemeManager themes = new ThemeManager();
        MainViewModel viewModel = new MainViewModel(
                services.uiStateStore(), services.workspace().location().display());
        themes.apply(viewModel.darkThemeProperty().get());
        viewModel.darkThemeProperty().addListener((observable, old, dark) -> themes.apply(dark));

        MainView view = new MainView(
                viewModel,
                section -> sectionView(section, viewModel, services, opener),
                () -> showAbout(stage, services));
        Scene scene = new Scene(view.build(), DEFAULT_WIDTH, DEFAULT_HEIGHT);
        themes.addAppStylesheet(scene);
        scene.getAccelerators().putAll(view.accelerators());
        stage.setScene(scene);
        stage.setTitle("MLOps Console");
        stage.getIcons()
                .add(new Image(
                        ConsoleApplication.class.getResource("app-icon.png").toExternalForm()));
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        restoreBounds(stage, viewModel);
        stage.setOnHiding(event -> viewModel.windowClosing(new WindowBounds(
                stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized())));
        stage.show();
        return viewModel;
    }

    private static Node sectionView(Section section, MainViewModel main, AppServices services, Consumer<Path> opener) {
        if (section == Section.REPORTS) {
            return new ReportsView(
                            new ReportsViewModel(
                                    services.directory(), services.backgroundExecutor(), services.uiExecutor()),
                            opener)
                    .build();
        }
        if (section == Section.SETTINGS) {
            WorkspaceLocation location = services.workspace().location();
            return new SettingsView(new SettingsViewModel(
                                    main.darkThemeProperty(),
                                    location,
                                    () -> services.workspace().backupToDefaultFolder("manual"),
                                    services.backgroundExecutor(),
                                    services.uiExecutor())
                            .withRecentWorkspaces(org.mlopsconsole.app.settings.RecentWorkspaces.ofUser(), location))
                    .load();
        }
        if (section == Section.ASSESSMENTS) {
            AssessmentsViewModel assessments = new AssessmentsViewModel(
                    services.engagements(),
                    services.assessments(),
                    services.backgroundExecutor(),
                    services.uiExecutor());
            return new AssessmentsView(
                            assessments,
                            assessment -> AssessmentDetailViewModel.open(
                                    assessment,
                                    services.assessments(),
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
        return SectionPlaceholderView.create(section);
    }

    private static void showAbout(Stage owner, AppServices services) {
        AboutViewModel viewModel = new AboutViewModel(
                services.versions(), services.workspace().location().display(), services.uiExecutor());
        new AboutView(viewModel).dialog(owner).showAndWait();
    }

    /** Restores the last bounds when they still fit on a screen (monitors change between runs). */
    private static void restoreBounds(Stage stage, MainViewModel viewModel) {
        viewModel
                .savedWindowBounds()
                .ifPresentOrElse(
                        bounds -> {
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
                        },
                        stage::centerOnScreen);
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
