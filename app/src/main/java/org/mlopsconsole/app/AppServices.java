package org.mlopsconsole.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.mlopsconsole.app.deployments.DeploymentMemory;
import org.mlopsconsole.app.deployments.DeploymentRestore;
import org.mlopsconsole.app.deployments.RuntimeServerControl;
import org.mlopsconsole.app.monitoring.AlertFeed;
import org.mlopsconsole.app.predictions.WorkspacePredictionStore;
import org.mlopsconsole.app.state.PropertiesUiStateStore;
import org.mlopsconsole.app.state.UiStateStore;
import org.mlopsconsole.runtime.LocalRuntime;
import org.mlopsconsole.runtime.ModelRepository;
import org.mlopsconsole.runtime.predictions.PredictionLog;
import org.mlopsconsole.runtime.predictions.PredictionLogSettings;
import org.mlopsconsole.workspace.Assessments;
import org.mlopsconsole.workspace.Engagements;
import org.mlopsconsole.workspace.PasswordSource;
import org.mlopsconsole.workspace.Workspace;
import org.mlopsconsole.workspace.WorkspaceLocation;
import org.mlopsconsole.workspace.Workspaces;

/**
 * The composition root: every service of the desktop app is created here, once, and handed to
 * the views and ViewModels through their constructors. No DI framework.
 */
public final class AppServices implements AutoCloseable {

    private final Workspace workspace;
    private final UiStateStore uiStateStore;
    private final ExecutorService background;
    private final Executor uiExecutor;
    private final CompletableFuture<AppVersions> versions;
    private final Engagements engagements;
    private final Assessments assessments;
    private final LocalRuntime runtime;
    private final PredictionLog predictionLog;
    private final RuntimeServerControl server;
    private final org.mlopsconsole.runtime.metrics.RuntimeMetrics metrics;
    private final org.mlopsconsole.runtime.monitoring.DriftMonitor drift;
    private final org.mlopsconsole.runtime.alerts.AlertEvaluator alerts;
    private final AlertFeed alertFeed = new AlertFeed();
    private final java.util.concurrent.ScheduledExecutorService ticks =
            Executors.newSingleThreadScheduledExecutor(daemonThreads());
    private final DeploymentMemory deploymentMemory;
    private final CompletableFuture<String> restoredDeployments;

    private AppServices(Workspace workspace, Executor uiExecutor) {
        this.workspace = workspace;
        this.uiStateStore = new PropertiesUiStateStore(workspace.location().uiStateFile());
        this.background = Executors.newFixedThreadPool(2, daemonThreads());
        this.uiExecutor = uiExecutor;
        // Reading the ONNX Runtime version loads its native library: do it once, off the UI thread.
        this.versions = CompletableFuture.supplyAsync(AppVersions::detect, background);
        this.engagements = workspace.engagements();
        this.assessments = workspace.assessments();
        // Reading and validating the bundled model catalog takes a moment: do it before anyone asks.
        background.execute(org.mlopsconsole.assessment.ModelCatalog::bundled);
        // Cheap: creates the folder and the load threads; ONNX Runtime starts with the first load.
        // The repository keeps its metadata in a file inside it, so the folder also serves headless.
        this.runtime =
                LocalRuntime.create(ModelRepository.open(workspace.location().modelsDirectory()));
        // Every answered request goes into the workspace's prediction log (issue 15), off the inference threads.
        this.predictionLog = PredictionLog.start(
                new WorkspacePredictionStore(workspace.predictionLog()), PredictionLogSettings.defaults());
        runtime.addInferenceObserver(predictionLog);
        // Monitoring (issue 15): metrics, online drift and alerts watch the runtime from now on, off its threads.
        this.metrics = org.mlopsconsole.runtime.metrics.RuntimeMetrics.attach(runtime);
        this.drift = org.mlopsconsole.runtime.monitoring.DriftMonitor.attach(
                runtime,
                org.mlopsconsole.runtime.monitoring.DriftMonitorSettings.defaults(),
                java.time.Clock.systemUTC());
        this.alerts = new org.mlopsconsole.runtime.alerts.AlertEvaluator(
                java.time.Clock.systemUTC(), java.util.List.of(metrics.signals(), drift.signals()));
        metrics.track(alerts);
        alerts.addListener(alertFeed);
        background.execute(() -> org.mlopsconsole.runtime.alerts.AlertRules.loadAll(runtime.repository(), alerts)
                .forEach(problem -> org.slf4j.LoggerFactory.getLogger(AppServices.class)
                        .warn("Alert rules not loaded: {}", problem)));
        alerts.start(java.time.Duration.ofSeconds(5));
        this.server =
                new RuntimeServerControl(runtime, java.util.Optional.of(predictionLog), java.util.Optional.of(metrics));
        // Bring back what the user had deployed and served when the app last closed.
        this.deploymentMemory = DeploymentMemory.in(workspace.location().deploymentsFile());
        this.restoredDeployments = CompletableFuture.supplyAsync(
                        () -> DeploymentRestore.restore(runtime, server, deploymentMemory), background)
                .exceptionally(failure -> "Could not restore the last session's deployments: "
                        + org.mlopsconsole.app.common.Failures.message(failure));
    }

    /**
     * Opens the workspace through the workspace module's one factory (may throw
     * {@link org.mlopsconsole.workspace.WorkspaceException}); a server's password comes from
     * {@code passwords}.
     */
    public static AppServices open(WorkspaceLocation location, PasswordSource passwords, Executor uiExecutor) {
        return new AppServices(Workspaces.open(location, passwords), uiExecutor);
    }

    /** {@link #open(WorkspaceLocation, PasswordSource, Executor)} with the password from the environment. */
    public static AppServices open(WorkspaceLocation location, Executor uiExecutor) {
        return open(location, PasswordSource.environment(System.getenv()), uiExecutor);
    }

    public Workspace workspace() {
        return workspace;
    }

    public UiStateStore uiStateStore() {
        return uiStateStore;
    }

    /** Where ViewModels run work that could take more than a frame. */
    public Executor backgroundExecutor() {
        return background;
    }

    /** Where ViewModels publish results: the JavaFX application thread in the app. */
    public Executor uiExecutor() {
        return uiExecutor;
    }

    /** Every assessment with its team and organization, for lists, reports and the CLI. */
    public org.mlopsconsole.app.assessment.AssessmentDirectory directory() {
        return new org.mlopsconsole.app.assessment.AssessmentDirectory(workspace);
    }

    /** The organization roll-ups of the Assessments section. */
    public org.mlopsconsole.app.assessment.OrganizationRollups rollups() {
        return new org.mlopsconsole.app.assessment.OrganizationRollups(engagements, assessments);
    }

    public Engagements engagements() {
        return engagements;
    }

    public Assessments assessments() {
        return assessments;
    }

    /** Benchmark results in the workspace, read and written in the runtime's format. */
    public org.mlopsconsole.app.benchmarks.BenchmarkLibrary benchmarks() {
        return new org.mlopsconsole.app.benchmarks.BenchmarkLibrary(workspace.benchmarks());
    }

    /** The embedded model runtime over {@code <workspace>/models}. */
    public LocalRuntime runtime() {
        return runtime;
    }

    /** What the served models answered, and the outcomes joined to it, kept in the workspace. */
    public PredictionLog predictionLog() {
        return predictionLog;
    }

    /** The inference server the Deployments section starts and stops. */
    public RuntimeServerControl runtimeServer() {
        return server;
    }

    /** The runtime's metrics, attached once here; the server's /metrics and the Monitoring section read them. */
    public org.mlopsconsole.runtime.metrics.RuntimeMetrics metrics() {
        return metrics;
    }

    /** Online drift of the served models' tabular inputs. */
    public org.mlopsconsole.runtime.monitoring.DriftMonitor drift() {
        return drift;
    }

    /** The alert rules of the models (their alerts.json), evaluated every 5 s over metrics and drift. */
    public org.mlopsconsole.runtime.alerts.AlertEvaluator alerts() {
        return alerts;
    }

    /** Raised and resolved alerts, for the notification area and the Monitoring section. */
    public AlertFeed alertFeed() {
        return alertFeed;
    }

    /** A timer for refreshes (the Monitoring section's once a second); the work itself goes to the background. */
    public org.mlopsconsole.app.monitoring.MonitoringViewModel.Scheduler scheduler() {
        return (interval, task) -> {
            java.util.concurrent.ScheduledFuture<?> future =
                    ticks.scheduleAtFixedRate(task, 0, interval.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            return () -> future.cancel(false);
        };
    }

    public DeploymentMemory deploymentMemory() {
        return deploymentMemory;
    }

    /** What the start brought back from the last session ("" for nothing), once it is done. */
    public CompletableFuture<String> restoredDeployments() {
        return restoredDeployments;
    }

    public CompletableFuture<AppVersions> versions() {
        return versions;
    }

    @Override
    public void close() {
        server.close();
        alerts.close();
        ticks.shutdownNow();
        drift.close();
        metrics.close();
        runtime.close();
        predictionLog.close();
        background.shutdown();
        try {
            background.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        workspace.close();
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "mlops-console-background-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
