package org.mlopsconsole.runtime;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import org.mlopsconsole.runtime.internal.engine.ModelLifecycle;
import org.mlopsconsole.runtime.internal.engine.Observers;
import org.mlopsconsole.runtime.internal.engine.RepositoryWatcher;
import org.mlopsconsole.runtime.internal.engine.RequestRouter;

/**
 * Serves the models of a {@link ModelRepository} in process: background loading with warmup,
 * blue/green reloads, dynamic batching and statistics. Every call that can fail on its input
 * returns a failed future (or throws) with a {@link ServingException}. Monitoring and benchmarks
 * watch it through {@link #addInferenceObserver} and {@link #addLifecycleListener}.
 */
public final class LocalRuntime implements AutoCloseable {

    /** Triton defaults to 4 load threads; 2 suits a small machine and still loads in parallel. */
    public static final int DEFAULT_LOAD_THREADS = 2;

    private final Observers observers = new Observers();
    private final ModelLifecycle lifecycle;
    private final RequestRouter router;
    private final RepositoryWatcher watcher;

    private LocalRuntime(ModelRepository repository, int loadThreads) {
        this.lifecycle = new ModelLifecycle(repository, loadThreads, observers);
        this.router = new RequestRouter(lifecycle, observers);
        this.watcher = new RepositoryWatcher(lifecycle);
    }

    /** A runtime over the repository with nothing loaded yet. */
    public static LocalRuntime create(ModelRepository repository) {
        return new LocalRuntime(repository, DEFAULT_LOAD_THREADS);
    }

    /** Undoes a registration. */
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    /** Tells the observer about every request from now on, on the runtime's observer thread. */
    public Registration addInferenceObserver(InferenceObserver observer) {
        return observers.add(observer)::run;
    }

    /** Tells the listener about loads, unloads, failures and variant switches from now on. */
    public Registration addLifecycleListener(ModelLifecycleListener listener) {
        return observers.add(listener)::run;
    }

    /** Observer events dropped because the observers fell more than a bounded backlog behind. */
    public long droppedObserverEvents() {
        return observers.dropped();
    }

    public ModelRepository repository() {
        return lifecycle.repository();
    }

    /** Loads every model in the repository in the background. */
    public CompletableFuture<List<ModelState>> loadAll() {
        return lifecycle.loadAll();
    }

    /**
     * Loads or reloads a model; a reload keeps the old version serving until the new one is warm.
     * Fails with an {@link InvalidInputException} giving the reason when its config.json cannot be
     * used; the index then shows the model FAILED (or its serving versions with that reason).
     */
    public CompletableFuture<List<ModelState>> load(String model) {
        return lifecycle.load(model);
    }

    public CompletableFuture<List<ModelState>> unload(String model) {
        return lifecycle.unload(model);
    }

    public CompletableFuture<InferenceResponse> infer(InferenceRequest request) {
        return router.infer(request);
    }

    /**
     * The pipeline a name serves when it is one (see {@link PipelineConfig}): {@link #infer},
     * {@link #metadata} and {@link #served} answer for it as for a model, with the pipeline's
     * inputs and outputs.
     */
    public Optional<PipelineConfig> pipeline(String name) {
        return router.pipeline(name);
    }

    public boolean live() {
        return lifecycle.live();
    }

    /**
     * Ready when every model loaded (and not unloaded since) serves a version or has had its folder
     * removed: a model still loading, or whose only load failed, keeps the server not ready.
     */
    public boolean ready() {
        return lifecycle.ready();
    }

    public boolean modelReady(String model, OptionalLong version) {
        return router.modelReady(model, version);
    }

    public ModelMetadata metadata(String model, OptionalLong version) {
        return router.metadata(model, version);
    }

    /** The version that would serve a request now, with its signature and batch limit. */
    public ServedModel served(String model, OptionalLong version) {
        return router.served(model, version);
    }

    /** The serving settings (config.json) of the version that would serve a request now. */
    public ModelConfig config(String model, OptionalLong version) {
        return router.servedConfig(model, version).orElseGet(ModelConfig::defaults);
    }

    /** The largest batch the served version accepts (0: it does not batch). */
    public int maxBatchSize(String model, OptionalLong version) {
        return router.maxBatchSize(model, version);
    }

    public List<ModelState> index() {
        return lifecycle.index();
    }

    public List<ModelStatistics> statistics(Optional<String> model, OptionalLong version) {
        return lifecycle.statistics(model, version);
    }

    public int queueDepth(String model) {
        return router.queueDepth(model);
    }

    /** Every switch of a variant group so far (the latest 1000), oldest first. */
    public List<VariantSwitch> switchEvents() {
        return router.switchEvents();
    }

    /** Pull deployment: watch the repository folder and load what changes. */
    public void pollRepository(Duration interval) {
        watcher.start(interval);
    }

    @Override
    public void close() {
        watcher.close();
        lifecycle.close();
        observers.close();
    }
}
