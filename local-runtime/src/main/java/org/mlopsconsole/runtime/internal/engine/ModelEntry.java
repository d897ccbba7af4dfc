package org.mlopsconsole.runtime.internal.engine;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.mlopsconsole.runtime.ModelState;
import org.mlopsconsole.runtime.ModelState.State;
import org.mlopsconsole.runtime.internal.pipeline.LoadedPipeline;

/** What the runtime holds of one model: its served versions, their states and statistics. */
final class ModelEntry {

    final String name;
    volatile Map<Long, ServedVersion> serving = Map.of();
    final Map<Long, ModelState> versionStates = new ConcurrentHashMap<>();
    final Map<Long, VersionStatistics> statistics = new ConcurrentHashMap<>();
    /** Why the model as a whole is not (fully) served: no version, unloaded; empty when it is. */
    volatile String modelReason = "";
    /** Why the last config.json could not be applied; empty when it was. */
    volatile String configFailure = "";
    /** Loaded on purpose and not unloaded since: readiness waits for it. */
    volatile boolean wanted;

    volatile String fingerprint = "";
    volatile Optional<VariantPolicy> variants = Optional.empty();
    volatile Optional<LoadedPipeline> pipeline = Optional.empty();

    /** Takes the pipeline out of service; its tokenizer is freed once its requests are done. */
    void dropPipeline() {
        Optional<LoadedPipeline> old = pipeline;
        pipeline = Optional.empty();
        old.ifPresent(LoadedPipeline::close);
    }

    ModelEntry(String name) {
        this.name = name;
    }

    VersionStatistics statistics(long version) {
        return statistics.computeIfAbsent(version, ignored -> new VersionStatistics());
    }

    boolean serves() {
        return !serving.isEmpty() || variants.isPresent() || pipeline.isPresent();
    }

    List<ModelState> states() {
        if (versionStates.isEmpty()) {
            if (!configFailure.isEmpty()) {
                return List.of(new ModelState(name, OptionalLong.empty(), State.FAILED, configFailure));
            }
            return List.of(new ModelState(
                    name, OptionalLong.empty(), State.UNAVAILABLE, modelReason.isEmpty() ? "not loaded" : modelReason));
        }
        return versionStates.values().stream()
                .sorted(Comparator.comparingLong(state -> state.version().orElse(0)))
                .map(this::withConfigFailure)
                .toList();
    }

    private ModelState withConfigFailure(ModelState state) {
        if (configFailure.isEmpty() || !state.ready()) {
            return state;
        }
        String reason = "config.json not applied, the previous configuration still serves: " + configFailure;
        return new ModelState(state.name(), state.version(), state.state(), reason);
    }
}
