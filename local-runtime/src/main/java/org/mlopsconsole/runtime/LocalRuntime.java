package org.mlopsconsole.runtime;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import org.mlopsconsole.runtime.internal.engine.ModelManager;

/**
 * Serves the models of a {@link ModelRepository} in process: background loading with warmup,
 * blue/green reloads, dynamic batching and statistics. Every call that can fail on its input
 * returns a failed future (or throws) with a {@link ServingException}.
 */
public final class LocalRuntime implements AutoCloseable {

    /** Triton defaults to 4 load threads; 2 suits a small machine and still loads in parallel. */
    public static final int DEFAULT_LOAD_THREADS = 2;

    private final ModelManager manager;

    private LocalRuntime(ModelManager manager) {
        this.manager = manager;
    }

    /** A runtime over the repository with nothing loaded yet. */
    public static LocalRuntime create(ModelRepository repository) {
        return new LocalRuntime(new ModelManager(repository, DEFAULT_LOAD_THREADS));
    }

    public ModelRepository repository() {
        return manager.repository();
    }

    /** Loads every model in the repository in the background. */
    public CompletableFuture<List<ModelState>> loadAll() {
        return manager.loadAll();
    }

    /** Loads or reloads a model; a reload keeps the old version serving until the new one is warm. */
    public CompletableFuture<List<ModelState>> load(String model) {
        return manager.load(model);
    }

    public CompletableFuture<List<ModelState>> unload(String model) {
        return manager.unload(model);
    }

    public CompletableFuture<InferenceResponse> infer(InferenceRequest request) {
        return manager.infer(request);
    }

    public boolean live() {
        return manager.live();
    }

    public boolean ready() {
        return manager.ready();
    }

    public boolean modelReady(String model, OptionalLong version) {
        return manager.modelReady(model, version);
    }

    public ModelMetadata metadata(String model, OptionalLong version) {
        return manager.metadata(model, version);
    }

    /** The version that would serve a request now, with its signature and batch limit. */
    public ServedModel served(String model, OptionalLong version) {
        return manager.served(model, version);
    }

    /** The largest batch the served version accepts (0: it does not batch). */
    public int maxBatchSize(String model, OptionalLong version) {
        return manager.maxBatchSize(model, version);
    }

    public List<ModelState> index() {
        return manager.index();
    }

    public List<ModelStatistics> statistics(Optional<String> model, OptionalLong version) {
        return manager.statistics(model, version);
    }

    public int queueDepth(String model) {
        return manager.queueDepth(model);
    }

    /** Every switch of a variant group so far (the latest 1000), oldest first. */
    public List<VariantSwitch> switchEvents() {
        return manager.switchEvents();
    }

    /** Pull deployment: watch the repository folder and load what changes. */
    public void pollRepository(Duration interval) {
        manager.startPolling(interval);
    }

    @Override
    public void close() {
        manager.close();
    }
}
