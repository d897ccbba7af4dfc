package org.mlopsconsole.runtime.internal.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.mlopsconsole.runtime.InferenceRequest;
import org.mlopsconsole.runtime.InferenceResponse;
import org.mlopsconsole.runtime.ModelConfig;
import org.mlopsconsole.runtime.ModelMetadata;
import org.mlopsconsole.runtime.ModelNotFoundException;
import org.mlopsconsole.runtime.ModelRepository;
import org.mlopsconsole.runtime.ModelState;
import org.mlopsconsole.runtime.ModelState.State;
import org.mlopsconsole.runtime.ModelStatistics;
import org.mlopsconsole.runtime.ModelVersionRecord;
import org.mlopsconsole.runtime.ServedModel;
import org.mlopsconsole.runtime.ServiceUnavailableException;
import org.mlopsconsole.runtime.ServingException;
import org.mlopsconsole.runtime.VariantSwitch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workload manager: loads model versions in the background, switches traffic to a new load
 * only once it is warm (blue/green), retires the old one after its queued and running requests
 * finish, and routes requests to the served versions' batchers.
 */
public final class ModelManager implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ModelManager.class);
    private static final int SUBMIT_ATTEMPTS = 5;

    private final ModelRepository repository;
    private final ExecutorService loader;
    private final ExecutorService retirer;
    private final ScheduledExecutorService poller;
    private final Map<String, ModelEntry> entries = new ConcurrentHashMap<>();
    private final Map<String, String> lastSeenFingerprints = new ConcurrentHashMap<>();
    private final List<VariantSwitch> switchEvents = new ArrayList<>();
    private volatile boolean initialLoadDone;
    private volatile boolean closed;

    public ModelManager(ModelRepository repository, int loadThreads) {
        this.repository = repository;
        this.loader = Executors.newFixedThreadPool(loadThreads, named("model-load"));
        this.retirer = Executors.newCachedThreadPool(named("model-retire"));
        this.poller = Executors.newSingleThreadScheduledExecutor(named("repository-poll"));
    }

    private static java.util.concurrent.ThreadFactory named(String prefix) {
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

    /** Loads every model in the repository in the background; completes when all have finished. */
    public CompletableFuture<List<ModelState>> loadAll() {
        List<CompletableFuture<List<ModelState>>> loads =
                repository.modelNames().stream().map(this::load).toList();
        return CompletableFuture.allOf(loads.toArray(CompletableFuture[]::new)).handle((ignored, error) -> {
            initialLoadDone = true;
            return index();
        });
    }

    /** (Re)loads a model from the repository: blue/green for each version whose file or config changed. */
    public CompletableFuture<List<ModelState>> load(String name) {
        ModelRepository.requireValidName(name);
        if (!repository.contains(name)) {
            return CompletableFuture.failedFuture(
                    new ModelNotFoundException("Model '" + name + "' is not in the repository"));
        }
        ModelEntry entry = entries.computeIfAbsent(name, ModelEntry::new);
        return CompletableFuture.supplyAsync(
                () -> {
                    synchronized (entry) {
                        reload(entry);
                    }
                    return entry.states();
                },
                loader);
    }

    private void reload(ModelEntry entry) {
        String name = entry.name;
        entry.fingerprint = fingerprint(name);
        ModelConfig config;
        List<Long> wanted;
        try {
            config = repository.config(name);
            wanted = config.versionPolicy().select(repository.versions(name));
        } catch (ServingException e) {
            entry.modelReason = e.getMessage();
            LOG.warn("Model {} not (re)loaded: {}", name, e.getMessage());
            return;
        }
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
                retire(old);
            }
        }
        entry.versionStates.keySet().removeIf(version -> !next.containsKey(version) && !wanted.contains(version));
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
            entry.modelReason = "variant group members missing from the repository: " + missing;
            return;
        }
        if (entry.variants.isEmpty() || !entry.variants.get().group().equals(group)) {
            entry.variants = Optional.of(new VariantPolicy(group));
        }
        entry.modelReason = "";
        entry.versionStates.put(
                0L,
                new ModelState(
                        entry.name,
                        OptionalLong.empty(),
                        State.READY,
                        "variant group of "
                                + group.members().stream()
                                        .map(ModelConfig.Variant::model)
                                        .toList()));
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
            Path file = repository.modelFile(name, version);
            ServedVersion fresh =
                    ServedVersion.load(name, version, file, record.sha256(), config, entry.statistics(version));
            entry.versionStates.put(version, new ModelState(name, OptionalLong.of(version), State.READY, ""));
            LOG.info("Model {} version {} is ready ({})", name, version, old == null ? "loaded" : "reloaded");
            return Optional.of(fresh);
        } catch (RuntimeException e) {
            String reason = e.getMessage();
            LOG.warn("Model {} version {} failed to load: {}", name, version, reason);
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
            entry.versionStates.put(version, new ModelState(name, OptionalLong.of(version), State.UNAVAILABLE, reason));
            return Optional.empty();
        }
    }

    private void retire(ServedVersion old) {
        retirer.execute(() -> {
            old.close();
            LOG.info("Model {} version {}: previous session closed", old.model, old.version);
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
        return CompletableFuture.supplyAsync(
                () -> {
                    synchronized (entry) {
                        Map<Long, ServedVersion> current = entry.serving;
                        entry.serving = Map.of();
                        entry.variants = Optional.empty();
                        current.values().forEach(this::retire);
                        entry.versionStates.clear();
                        entry.modelReason = "unloaded";
                    }
                    return entry.states();
                },
                loader);
    }

    public CompletableFuture<InferenceResponse> infer(InferenceRequest request) {
        try {
            ModelEntry entry = entry(request.model());
            if (entry.variants.isPresent()) {
                return inferThroughVariant(entry, entry.variants.get(), request);
            }
            for (int attempt = 0; attempt < SUBMIT_ATTEMPTS; attempt++) {
                ServedVersion served = resolve(entry, request.version());
                PreparedRequest prepared = PreparedRequest.prepare(request, served.signature, served.maxBatchSize);
                if (served.submitOrAnswerFromCache(prepared)) {
                    return prepared.result.thenApply(
                            outputs -> new InferenceResponse(served.model, served.version, request.id(), outputs));
                }
            }
            throw new ServiceUnavailableException("model '" + request.model() + "' is being reloaded; retry");
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private CompletableFuture<InferenceResponse> inferThroughVariant(
            ModelEntry group, VariantPolicy policy, InferenceRequest request) {
        String variant = policy.current();
        long started = System.nanoTime();
        InferenceRequest forwarded = new InferenceRequest(
                variant,
                OptionalLong.empty(),
                request.id(),
                request.inputs(),
                request.requestedOutputs(),
                request.timeoutMicros());
        return infer(forwarded).thenApply(response -> {
            int queueDepth = queueDepthOrZero(variant);
            policy.observe(variant, System.nanoTime() - started, queueDepth).ifPresent(change -> {
                VariantSwitch event =
                        new VariantSwitch(Instant.now(), group.name, change.from(), change.to(), change.reason());
                LOG.info(
                        "Variant group {} switched from {} to {}: {}",
                        group.name,
                        change.from(),
                        change.to(),
                        change.reason());
                synchronized (switchEvents) {
                    switchEvents.add(event);
                    if (switchEvents.size() > 1000) {
                        switchEvents.remove(0);
                    }
                }
            });
            return new InferenceResponse(
                    group.name, response.version(), response.id(), response.outputs(), Map.of("variant", variant));
        });
    }

    private int queueDepthOrZero(String model) {
        ModelEntry entry = entries.get(model);
        return entry == null
                ? 0
                : entry.serving.values().stream()
                        .mapToInt(ServedVersion::queueDepth)
                        .sum();
    }

    /** Every variant switch so far (the latest 1000), oldest first. */
    public List<VariantSwitch> switchEvents() {
        synchronized (switchEvents) {
            return List.copyOf(switchEvents);
        }
    }

    private ModelEntry entry(String name) {
        ModelEntry entry = entries.get(name);
        if (entry == null) {
            if (ModelRepository.isValidName(name) && repository.contains(name)) {
                throw new ServiceUnavailableException("model '" + name + "' is in the repository but not loaded");
            }
            throw new ModelNotFoundException("unknown model: '" + name + "'");
        }
        return entry;
    }

    private ServedVersion resolve(ModelEntry entry, OptionalLong version) {
        Map<Long, ServedVersion> serving = entry.serving;
        if (version.isPresent()) {
            ServedVersion served = serving.get(version.getAsLong());
            if (served != null) {
                return served;
            }
            ModelState state = entry.versionStates.get(version.getAsLong());
            if (state != null) {
                throw new ServiceUnavailableException(String.format(
                        "model '%s' version %d is not ready: %s", entry.name, version.getAsLong(), state.reason()));
            }
            throw new ModelNotFoundException(
                    String.format("model '%s' has no served version %d", entry.name, version.getAsLong()));
        }
        return serving.values().stream()
                .max(Comparator.comparingLong(served -> served.version))
                .orElseThrow(() -> new ServiceUnavailableException(
                        "model '" + entry.name + "' has no ready version" + reasonSuffix(entry)));
    }

    private static String reasonSuffix(ModelEntry entry) {
        List<String> reasons = new ArrayList<>();
        if (!entry.modelReason.isEmpty()) {
            reasons.add(entry.modelReason);
        }
        entry.versionStates.values().stream()
                .filter(state -> !state.ready())
                .forEach(state -> reasons.add("version " + state.version().orElse(0) + ": " + state.reason()));
        return reasons.isEmpty() ? "" : ": " + String.join("; ", reasons);
    }

    public boolean live() {
        return !closed;
    }

    /** Ready once the initial load finished and every loaded model has a ready version. */
    public boolean ready() {
        return !closed
                && initialLoadDone
                && entries.values().stream()
                        .filter(entry -> !"unloaded".equals(entry.modelReason))
                        .allMatch(entry -> !entry.serving.isEmpty() || entry.variants.isPresent());
    }

    public boolean modelReady(String name, OptionalLong version) {
        ModelEntry entry = entries.get(name);
        if (entry == null) {
            throw new ModelNotFoundException("unknown model: '" + name + "'");
        }
        if (entry.variants.isPresent()) {
            return modelReady(entry.variants.get().current(), version);
        }
        return version.isPresent() ? entry.serving.containsKey(version.getAsLong()) : !entry.serving.isEmpty();
    }

    public ModelMetadata metadata(String name, OptionalLong version) {
        ModelEntry entry = entry(name);
        if (entry.variants.isPresent()) {
            ModelMetadata current = metadata(entry.variants.get().current(), version);
            return new ModelMetadata(name, current.versions(), current.platform(), current.signature());
        }
        ServedVersion served = resolve(entry, version);
        List<String> versions =
                entry.serving.keySet().stream().sorted().map(String::valueOf).toList();
        return new ModelMetadata(name, versions, ModelMetadata.ONNX_PLATFORM, served.signature);
    }

    public Optional<ModelConfig> servedConfig(String name, OptionalLong version) {
        return Optional.of(resolve(entry(name), version).config);
    }

    public ServedModel served(String name, OptionalLong version) {
        ModelEntry entry = entry(name);
        if (entry.variants.isPresent()) {
            ServedModel current = served(entry.variants.get().current(), version);
            return new ServedModel(name, OptionalLong.empty(), current.signature(), current.maxBatchSize());
        }
        ServedVersion served = resolve(entry, version);
        return new ServedModel(name, OptionalLong.of(served.version), served.signature, served.maxBatchSize);
    }

    public int maxBatchSize(String name, OptionalLong version) {
        return resolve(entry(name), version).maxBatchSize;
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
        List<ModelStatistics> all = new ArrayList<>();
        if (name.isPresent()) {
            ModelEntry entry = entry(name.get());
            if (version.isPresent() && !entry.statistics.containsKey(version.getAsLong())) {
                throw new ModelNotFoundException(
                        "model '" + name.get() + "' has no statistics for version " + version.getAsLong());
            }
        }
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

    public int queueDepth(String name) {
        return entry(name).serving.values().stream()
                .mapToInt(ServedVersion::queueDepth)
                .sum();
    }

    /**
     * Pull deployment: every interval, models whose files changed (and stayed the same for one more
     * interval, so a copy in progress is not loaded half-written) are reloaded; new models are
     * loaded and models removed from the folder unloaded.
     */
    public void startPolling(Duration interval) {
        long millis = Math.max(1, interval.toMillis());
        poller.scheduleWithFixedDelay(this::pollOnce, millis, millis, TimeUnit.MILLISECONDS);
    }

    void pollOnce() {
        try {
            List<String> names = repository.modelNames();
            for (String name : names) {
                String seen = fingerprint(name);
                String previous = lastSeenFingerprints.put(name, seen);
                ModelEntry entry = entries.get(name);
                boolean changed = entry == null || !seen.equals(entry.fingerprint);
                if (changed && seen.equals(previous)) {
                    load(name);
                }
            }
            for (ModelEntry entry : entries.values()) {
                if (!names.contains(entry.name) && !entry.serving.isEmpty()) {
                    unload(entry.name);
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Polling the model repository failed: {}", e.getMessage());
        }
    }

    /** Sizes and modification times of the model's files: changes when a version or the config changes. */
    private String fingerprint(String name) {
        StringBuilder print = new StringBuilder();
        Path directory = repository.root().resolve(name);
        try {
            Path config = directory.resolve(ModelRepository.CONFIG_FILE);
            if (Files.exists(config)) {
                print.append("config:")
                        .append(Files.size(config))
                        .append('@')
                        .append(Files.getLastModifiedTime(config).toMillis());
            }
            for (long version : repository.versions(name)) {
                Path file = directory.resolve(Long.toString(version)).resolve(ModelRepository.MODEL_FILE);
                print.append(';')
                        .append(version)
                        .append(':')
                        .append(Files.size(file))
                        .append('@')
                        .append(Files.getLastModifiedTime(file).toMillis());
            }
        } catch (IOException | RuntimeException e) {
            print.append("unreadable:").append(e.getMessage());
        }
        return print.toString();
    }

    @Override
    public void close() {
        closed = true;
        poller.shutdownNow();
        loader.shutdown();
        try {
            loader.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (ModelEntry entry : entries.values()) {
            Map<Long, ServedVersion> current = entry.serving;
            entry.serving = Map.of();
            current.values().forEach(ServedVersion::close);
        }
        retirer.shutdown();
        try {
            retirer.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class ModelEntry {
        final String name;
        volatile Map<Long, ServedVersion> serving = Map.of();
        final Map<Long, ModelState> versionStates = new ConcurrentHashMap<>();
        final Map<Long, VersionStatistics> statistics = new ConcurrentHashMap<>();
        volatile String modelReason = "";
        volatile String fingerprint = "";
        volatile Optional<VariantPolicy> variants = Optional.empty();

        ModelEntry(String name) {
            this.name = name;
        }

        VersionStatistics statistics(long version) {
            return statistics.computeIfAbsent(version, ignored -> new VersionStatistics());
        }

        List<ModelState> states() {
            if (versionStates.isEmpty()) {
                return List.of(new ModelState(
                        name,
                        OptionalLong.empty(),
                        State.UNAVAILABLE,
                        modelReason.isEmpty() ? "not loaded" : modelReason));
            }
            return versionStates.values().stream()
                    .sorted(Comparator.comparingLong(state -> state.version().orElse(0)))
                    .toList();
        }
    }
}
