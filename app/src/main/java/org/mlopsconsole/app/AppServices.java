package org.mlopsconsole.app;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.mlopsconsole.app.assessment.AssessmentRepository;
import org.mlopsconsole.app.assessment.EngagementRepository;
import org.mlopsconsole.app.assessment.JdbcAssessmentRepository;
import org.mlopsconsole.app.assessment.JdbcEngagementRepository;
import org.mlopsconsole.app.deployments.DeploymentMemory;
import org.mlopsconsole.app.deployments.DeploymentRestore;
import org.mlopsconsole.app.deployments.RuntimeServerControl;
import org.mlopsconsole.app.state.PropertiesUiStateStore;
import org.mlopsconsole.app.state.UiStateStore;
import org.mlopsconsole.app.workspace.Workspace;
import org.mlopsconsole.app.workspace.WorkspaceLocation;
import org.mlopsconsole.runtime.LocalRuntime;
import org.mlopsconsole.runtime.ModelRepository;

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
    private final EngagementRepository engagements;
    private final AssessmentRepository assessments;
    private final LocalRuntime runtime;
    private final RuntimeServerControl server;
    private final DeploymentMemory deploymentMemory;
    private final CompletableFuture<String> restoredDeployments;

    private AppServices(Workspace workspace, Executor uiExecutor) {
        this.workspace = workspace;
        this.uiStateStore = new PropertiesUiStateStore(workspace.location().uiStateFile());
        this.background = Executors.newFixedThreadPool(2, daemonThreads());
        this.uiExecutor = uiExecutor;
        // Reading the ONNX Runtime version loads its native library: do it once, off the UI thread.
        this.versions = CompletableFuture.supplyAsync(AppVersions::detect, background);
        this.engagements = new JdbcEngagementRepository(workspace.dataSource(), Clock.systemUTC());
        this.assessments = new JdbcAssessmentRepository(workspace.dataSource(), Clock.systemUTC());
        // Reading and validating the bundled model catalog takes a moment: do it before anyone asks.
        background.execute(org.mlopsconsole.assessment.ModelCatalog::bundled);
        // Cheap: creates the folder and the load threads; ONNX Runtime starts with the first load.
        // The repository keeps its metadata in a file inside it, so the folder also serves headless.
        this.runtime =
                LocalRuntime.create(ModelRepository.open(workspace.location().modelsDirectory()));
        this.server = new RuntimeServerControl(runtime);
        // Bring back what the user had deployed and served when the app last closed.
        this.deploymentMemory = DeploymentMemory.in(workspace.location().deploymentsFile());
        this.restoredDeployments = CompletableFuture.supplyAsync(
                        () -> DeploymentRestore.restore(runtime, server, deploymentMemory), background)
                .exceptionally(failure -> "Could not restore the last session's deployments: "
                        + org.mlopsconsole.app.common.Failures.message(failure));
    }

    /** Opens the workspace (may throw {@link org.mlopsconsole.app.workspace.WorkspaceException}). */
    public static AppServices open(WorkspaceLocation location, Executor uiExecutor) {
        return new AppServices(Workspace.open(location), uiExecutor);
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

    public EngagementRepository engagements() {
        return engagements;
    }

    public AssessmentRepository assessments() {
        return assessments;
    }

    /** The embedded model runtime over {@code <workspace>/models}. */
    public LocalRuntime runtime() {
        return runtime;
    }

    /** The inference server the Deployments section starts and stops. */
    public RuntimeServerControl runtimeServer() {
        return server;
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
        runtime.close();
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
