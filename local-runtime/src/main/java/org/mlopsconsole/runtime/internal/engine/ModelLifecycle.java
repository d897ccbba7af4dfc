package org.mlopsconsole.runtime.internal.engine;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.mlopsconsole.runtime.InvalidInputException;
import org.mlopsconsole.runtime.ModelConfig;
import org.mlopsconsole.runtime.ModelNotFoundException;
import org.mlopsconsole.runtime.ModelRepository;
import org.mlopsconsole.runtime.ModelState;
import org.mlopsconsole.runtime.ModelState.State;
import org.mlopsconsole.runtime.ModelStatistics;
import org.mlopsconsole.runtime.ModelVersionRecord;
import org.mlopsconsole.runtime.PipelineConfig;
import org.mlopsconsole.runtime.ServingException;
import org.mlopsconsole.runtime.internal.pipeline.LoadedPipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads, reloads and unloads models: in the background, blue/green (traffic moves to a new load
 * only once it is warm; the old one retires after its queued and running requests finish), and
 * says where each version stands. Readiness is derived here.
 */
public final class ModelLifecycle implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ModelLifecycle.class);

    private final ModelRepository repository;
    private final Observers observers;
    private final ExecutorService loader;
    private final ExecutorService retirer;
    private final ExecutorService pipelineSteps;
    private final Map<String, ModelEntry> entries = new ConcurrentHashMap<>();
    private volatile boolean closed;

    public ModelLifecycle(ModelRepository repository, int loadThreads, Observers observers) {
        this.repository = repository;
        this.observers = observers;
        this.loader = Executors.newFixedThreadPool(loadThreads, named("model-load"));
        this.retirer = Executors.newCachedThreadPool(named("model-retire"));
        this.pipelineSteps =
                Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), named("pipeline-steps"));
    }

    static ThreadFactory named(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    public ModelRepository repository() {
        return repository;
    }

    Optional<ModelEntry> find(String name) {
        return Optional.ofNullable(entries.get(name));
    }

    Iterable<ModelEntry> entries() {
        return entries.values();
    }

    /** Loads every model in the repository in the background; completes when all have finished. */
    public CompletableFuture<List<ModelState>> loadAll() {
        List<CompletableFuture<List<ModelState>>> loads =
                repository.modelNames().stream().map(this::load).toList();
        return CompletableFuture.allOf(loads.toArray(CompletableFuture[]::new)).handle((ignored, error) -> index());
    }

    /**
     * (Re)loads a model: blue/green for each version whose file or config changed. Fails with the
     * reason when its config.json cannot be read (what served before keeps serving). A pipeline
     * completes once the model it runs is loaded too: loading one by name ({@code predict}, the
     * load endpoint with explicit model control) must leave it able to answer.
     */
    public CompletableFuture<List<ModelState>> load(String name) {
        ModelRepository.requireValidName(name);
        if (!repository.contains(name)) {
            return CompletableFuture.failedFuture(
                    new ModelNotFoundException("Model '" + name + "' is not in the repository"));
        }
        ModelEntry entry = entries.computeIfAbsent(name, ModelEntry::new);
        entry.wanted = true;
        return CompletableFuture.supplyAsync(
                        () -> {
                            synchronized (entry) {
                                reload(entry);
                            }
                            return entry.pipeline.map(
                                    pipeline -> pipeline.config().model());
                        },
                        loader)
                .thenCompose(model -> model.map(this::loadUnlessWanted).orElse(CompletableFuture.completedFuture(null)))
                .thenApply(ignored -> entry.states());
    }

    /** The model a pipeline runs, loaded unless something (loadAll, a load call) already asked for it. */
    private CompletableFuture<?> loadUnlessWanted(String model) {
        ModelEntry entry = entries.get(model);
        return entry != null && entry.wanted ? CompletableFuture.completedFuture(null) : load(model);
    }

    private void reload(ModelEntry entry) {
        String name = entry.name;
        entry.fingerprint = RepositoryWatcher.fingerprint(repository, name);
        ModelConfig config;
        List<Long> wanted;
        try {
            config = repository.config(name);
            wanted = config.versionPolicy().select(repository.versions(name));
        } catch (ServingException e) {
            entry.configFailure = e.getMessage();
            LOG.warn("Model {} not (re)loaded: {}", name, e.getMessage());
            observers.lifecycle(listener -> listener.failed(name, OptionalLong.empty(), e.getMessage()));
            throw e;
        }
        entry.configFailure = "";
        if (config.pipeline().isPresent()) {
            loadPipeline(entry, config.pipeline().get());
            return;
        }
        entry.dropPipeline();
        if (config.variants().isPresent()) {
            loadVariantGroup(entry, config.variants().get());
            return;
        }
        entry.variants = Optional.empty();
        entry.modelReason = wanted.isEmpty() ? "no version folder holds a " + ModelRepository.MODEL_FILE : "";
        Map<Long, ServedVersion> current = entry.serving;
        Map<Long, ServedVersion> next = new HashMap<>();
        boolean allLoaded = true;
        for (long version : wanted) {
            ServedVersion old = current.get(version);
            Optional<ServedVersion> served = loadVersion(entry, version, config, old);
            served.ifPresent(loaded -> next.put(version, loaded));
            allLoaded &= served.isPresent()
                    && entry.versionStates.get(version).reason().isEmpty();
        }
        if (!allLoaded) {
            // a failed load never takes away what serves now, even a version the policy drops
            current.forEach(next::putIfAbsent);
        }
        entry.serving = Map.copyOf(next);
        for (ServedVersion old : current.values()) {
            if (next.get(old.version) != old) {
                retire(old, next.containsKey(old.version));
            }
        }
        entry.versionStates.keySet().removeIf(version -> !next.containsKey(version) && !wanted.contains(version));
    }

    /**
     * A pipeline serves through its model, which loads as a model of its own; a pipeline that
     * fails to load keeps the previous one serving, as a failed config.json does.
     */
    private void loadPipeline(ModelEntry entry, PipelineConfig pipeline) {
        String model = pipeline.model();
        try {
            if (!repository.contains(model)) {
                throw new ModelNotFoundException("the model it runs, '" + model + "', is not in the repository");
            }
            LoadedPipeline loaded = LoadedPipeline.load(entry.name, pipeline, repository);
            retireServing(entry);
            entry.variants = Optional.empty();
            Optional<LoadedPipeline> old = entry.pipeline;
            entry.pipeline = Optional.of(loaded);
            old.ifPresent(LoadedPipeline::close);
        } catch (RuntimeException e) {
            entry.configFailure = "pipeline not loaded: " + e.getMessage();
            LOG.warn("Pipeline {} not loaded: {}", entry.name, e.getMessage());
            observers.lifecycle(listener -> listener.failed(entry.name, OptionalLong.empty(), e.getMessage()));
            throw e instanceof ServingException serving ? serving : new InvalidInputException(entry.configFailure, e);
        }
        entry.modelReason = "";
        entry.versionStates.clear();
        entry.versionStates.put(
                0L,
                new ModelState(
                        entry.name,
                        OptionalLong.empty(),
                        State.READY,
                        "pipeline: " + String.join(" → ", pipelineStepNames(pipeline))));
        LOG.info("Pipeline {} is ready, serving model {}", entry.name, model);
    }

    private static List<String> pipelineStepNames(PipelineConfig pipeline) {
        List<String> steps = new ArrayList<>();
        pipeline.preprocess().ifPresent(t -> steps.add("tokenize"));
        steps.add(pipeline.model());
        pipeline.postprocess()
                .ifPresent(step -> steps.add(step instanceof PipelineConfig.Pooling ? "pool" : "classify"));
        return steps;
    }

    /** A name that served versions and now is a pipeline stops serving them. */
    private void retireServing(ModelEntry entry) {
        Map<Long, ServedVersion> current = entry.serving;
        entry.serving = Map.of();
        current.values().forEach(old -> retire(old, false));
    }

    /** Threads for the pipelines' pre- and post-processing, off the inference workers. */
    ExecutorService pipelineSteps() {
        return pipelineSteps;
    }

    /** A variant group serves through its members, which load as models of their own. */
    private void loadVariantGroup(ModelEntry entry, ModelConfig.VariantGroup group) {
        List<String> missing = group.members().stream()
                .map(ModelConfig.Variant::model)
                .filter(member -> !repository.contains(member))
                .toList();
        entry.versionStates.clear();
        if (!missing.isEmpty()) {
            entry.variants = Optional.empty();
            entry.configFailure = "variant group members missing from the repository: " + missing;
            LOG.warn("Variant group {} not loaded: {}", entry.name, entry.configFailure);
            return;
        }
        if (entry.variants.isEmpty() || !entry.variants.get().group().equals(group)) {
            entry.variants = Optional.of(new VariantPolicy(group));
        }
        entry.modelReason = "";
        List<String> members =
                group.members().stream().map(ModelConfig.Variant::model).toList();
        entry.versionStates.put(
                0L, new ModelState(entry.name, OptionalLong.empty(), State.READY, "variant group of " + members));
        LOG.info("Variant group {} is ready, serving through {}", entry.name, members);
    }

    private Optional<ServedVersion> loadVersion(ModelEntry entry, long version, ModelConfig config, ServedVersion old) {
        String name = entry.name;
        try {
            ModelVersionRecord record = repository.describe(name, version);
            if (old != null && old.sha256.equals(record.sha256()) && old.config.equals(config)) {
                return Optional.of(old);
            }
            entry.versionStates.put(
                    version,
                    old != null
                            ? new ModelState(name, OptionalLong.of(version), State.READY, "reloading")
                            : new ModelState(name, OptionalLong.of(version), State.LOADING, "loading"));
            LOG.info("Model {} version {} is {}", name, version, old == null ? "loading" : "reloading");
            observers.lifecycle(listener -> listener.loading(name, version));
            long started = System.nanoTime();
            Path file = repository.modelFile(name, version);
            ServedVersion fresh = ServedVersion.load(
                    name, version, file, record.sha256(), config, entry.statistics(version), observers);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            entry.versionStates.put(version, new ModelState(name, OptionalLong.of(version), State.READY, ""));
            LOG.info(
                    "Model {} version {} is ready ({} in {} ms)",
                    name,
                    version,
                    old == null ? "loaded" : "reloaded",
                    took.toMillis());
            observers.lifecycle(listener -> listener.ready(name, version, took));
            return Optional.of(fresh);
        } catch (RuntimeException e) {
            String reason = e.getMessage();
            LOG.warn("Model {} version {} failed to load: {}", name, version, reason);
            observers.lifecycle(listener -> listener.failed(name, OptionalLong.of(version), reason));
            if (old != null) {
                entry.versionStates.put(
                        version,
                        new ModelState(
                                name,
                                OptionalLong.of(version),
                                State.READY,
                                "reload failed, the previous load still serves: " + reason));
                return Optional.of(old);
            }
            entry.versionStates.put(version, new ModelState(name, OptionalLong.of(version), State.FAILED, reason));
            return Optional.empty();
        }
    }

    /** @param replaced a newer load of the same version took its place (no unload to report) */
    private void retire(ServedVersion old, boolean replaced) {
        if (!replaced) {
            LOG.info("Model {} version {} is unloaded", old.model, old.version);
            observers.lifecycle(listener -> listener.unloaded(old.model, old.version));
        }
        retirer.execute(() -> {
            old.close();
            LOG.debug("Model {} version {}: previous session closed", old.model, old.version);
        });
    }

    /** Stops serving every version of the model; queued and running requests still finish. */
    public CompletableFuture<List<ModelState>> unload(String name) {
        ModelRepository.requireValidName(name);
        ModelEntry entry = entries.get(name);
        if (entry == null) {
            if (repository.contains(name)) {
                return CompletableFuture.completedFuture(List.of());
            }
            return CompletableFuture.failedFuture(new ModelNotFoundException("Model '" + name + "' is not loaded"));
        }
        entry.wanted = false;
        return CompletableFuture.supplyAsync(
                () -> {
                    synchronized (entry) {
                        stopServing(entry, "unloaded");
                    }
                    return entry.states();
                },
                loader);
    }

    /** The model's folder is gone: unload it and forget it, so readiness and the index drop it. */
    CompletableFuture<Void> remove(String name) {
        ModelEntry entry = entries.get(name);
        if (entry == null) {
            return CompletableFuture.completedFuture(null);
        }
        return CompletableFuture.runAsync(
                () -> {
                    synchronized (entry) {
                        stopServing(entry, "removed from the repository");
                        entries.remove(name, entry);
                    }
                    LOG.info("Model {} was removed from the repository", name);
                },
                loader);
    }

    private void stopServing(ModelEntry entry, String reason) {
        Map<Long, ServedVersion> current = entry.serving;
        entry.serving = Map.of();
        if (entry.variants.isPresent()) {
            LOG.info("Variant group {} is unloaded", entry.name);
        }
        entry.variants = Optional.empty();
        entry.dropPipeline();
        current.values().forEach(old -> retire(old, false));
        entry.versionStates.clear();
        entry.configFailure = "";
        entry.modelReason = reason;
    }

    public boolean live() {
        return !closed;
    }

    /**
     * Ready when every model loaded on purpose (and not unloaded since) serves, or its folder has
     * been removed. A model still loading, or whose only load failed, keeps it not ready.
     */
    public boolean ready() {
        return !closed
                && entries.values().stream()
                        .filter(entry -> entry.wanted)
                        .filter(entry -> repository.contains(entry.name))
                        .allMatch(ModelEntry::serves);
    }

    /** Every model in the repository with each version's state, loaded or not. */
    public List<ModelState> index() {
        List<ModelState> states = new ArrayList<>();
        Set<String> names = new HashSet<>(repository.modelNames());
        names.addAll(entries.keySet());
        for (String name : names.stream().sorted().toList()) {
            ModelEntry entry = entries.get(name);
            if (entry == null) {
                states.add(new ModelState(name, OptionalLong.empty(), State.UNAVAILABLE, "not loaded"));
            } else {
                states.addAll(entry.states());
            }
        }
        return states;
    }

    public List<ModelStatistics> statistics(Optional<String> name, OptionalLong version) {
        if (name.isPresent()) {
            ModelEntry entry = Optional.ofNullable(entries.get(name.get()))
                    .orElseThrow(() -> new ModelNotFoundException("unknown model: '" + name.get() + "'"));
            if (version.isPresent() && !entry.statistics.containsKey(version.getAsLong())) {
                throw new ModelNotFoundException(
                        "model '" + name.get() + "' has no statistics for version " + version.getAsLong());
            }
        }
        List<ModelStatistics> all = new ArrayList<>();
        for (ModelEntry entry : entries.values()) {
            if (name.isPresent() && !name.get().equals(entry.name)) {
                continue;
            }
            entry.statistics.forEach((v, stats) -> {
                if (version.isEmpty() || version.getAsLong() == v) {
                    all.add(stats.snapshot(entry.name, v));
                }
            });
        }
        all.sort(Comparator.comparing(ModelStatistics::name).thenComparingLong(ModelStatistics::version));
        return all;
    }

    @Override
    public void close() {
        closed = true;
        loader.shutdown();
        awaitQuietly(loader);
        for (ModelEntry entry : entries.values()) {
            Map<Long, ServedVersion> current = entry.serving;
            entry.serving = Map.of();
            current.values().forEach(ServedVersion::close);
        }
        retirer.shutdown();
        awaitQuietly(retirer);
        pipelineSteps.shutdown();
        entries.values().forEach(ModelEntry::dropPipeline);
    }

    private static void awaitQuietly(ExecutorService executor) {
        try {
            executor.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
