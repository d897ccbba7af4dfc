package org.mlopsconsole.runtime.internal.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import org.mlopsconsole.runtime.InferenceObserver;
import org.mlopsconsole.runtime.InferenceRequest;
import org.mlopsconsole.runtime.InferenceResponse;
import org.mlopsconsole.runtime.ModelConfig;
import org.mlopsconsole.runtime.ModelMetadata;
import org.mlopsconsole.runtime.ModelNotFoundException;
import org.mlopsconsole.runtime.ModelRepository;
import org.mlopsconsole.runtime.ModelState;
import org.mlopsconsole.runtime.PipelineConfig;
import org.mlopsconsole.runtime.ServedModel;
import org.mlopsconsole.runtime.ServiceUnavailableException;
import org.mlopsconsole.runtime.VariantSwitch;
import org.mlopsconsole.runtime.internal.pipeline.LoadedPipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes a request to the version that serves it: the one asked for or the newest ready one, and
 * for a variant group the member its policy picks. The version is chosen once per request; only a
 * version closed between the choice and the queue (a reload finishing) makes it choose again.
 */
public final class RequestRouter {

    private static final Logger LOG = LoggerFactory.getLogger(RequestRouter.class);
    private static final int SUBMIT_ATTEMPTS = 5;
    private static final int KEPT_SWITCHES = 1000;

    private final ModelLifecycle lifecycle;
    private final Observers observers;
    private final AtomicLong requestIds = new AtomicLong();
    private final List<VariantSwitch> switchEvents = new ArrayList<>();

    public RequestRouter(ModelLifecycle lifecycle, Observers observers) {
        this.lifecycle = lifecycle;
        this.observers = observers;
    }

    public CompletableFuture<InferenceResponse> infer(InferenceRequest request) {
        long requestId = requestIds.incrementAndGet();
        long started = System.nanoTime();
        try {
            ModelEntry entry = entry(request.model());
            if (entry.pipeline.isPresent()) {
                return inferThroughPipeline(entry, request, requestId, started);
            }
            if (entry.variants.isPresent()) {
                return inferThroughVariant(entry, entry.variants.get(), request, requestId);
            }
            return submit(request, new PreparedRequest.Origin(requestId, request.model(), Optional.empty()), false);
        } catch (RuntimeException e) {
            failedBeforeQueue(request, requestId, started, e);
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * @param padded the request's token inputs may be padded along dimension 1 to batch with
     *     others (a pipeline's tokenized text)
     */
    private CompletableFuture<InferenceResponse> submit(
            InferenceRequest request, PreparedRequest.Origin origin, boolean padded) {
        ModelEntry entry = entry(request.model());
        for (int attempt = 0; attempt < SUBMIT_ATTEMPTS; attempt++) {
            ServedVersion served = resolve(entry, request.version());
            PreparedRequest prepared =
                    PreparedRequest.prepare(request, origin, served.signature, served.maxBatchSize, padded);
            if (attempt == 0 && observers.watchingInference()) {
                InferenceObserver.Admitted admitted = new InferenceObserver.Admitted(
                        origin.requestId(), request.id(), origin.askedModel(), served.version, origin.variant());
                observers.inference(observer -> observer.requestAdmitted(admitted));
            }
            if (served.submit(prepared)) {
                return prepared.result.thenApply(
                        outputs -> new InferenceResponse(served.model, served.version, request.id(), outputs));
            }
        }
        throw new ServiceUnavailableException("model '" + request.model() + "' is being reloaded; retry");
    }

    private void failedBeforeQueue(InferenceRequest request, long requestId, long started, RuntimeException e) {
        if (observers.watchingInference()) {
            InferenceObserver.Failed failed = new InferenceObserver.Failed(
                    requestId,
                    request.id(),
                    request.model(),
                    request.version().orElse(0),
                    Optional.empty(),
                    String.valueOf(e.getMessage()),
                    System.nanoTime() - started);
            observers.inference(observer -> observer.requestFailed(failed));
        }
    }

    private CompletableFuture<InferenceResponse> inferThroughVariant(
            ModelEntry group, VariantPolicy policy, InferenceRequest request, long requestId) {
        String variant = policy.current();
        long started = System.nanoTime();
        InferenceRequest forwarded = new InferenceRequest(
                variant,
                OptionalLong.empty(),
                request.id(),
                request.inputs(),
                request.requestedOutputs(),
                request.timeoutMicros());
        PreparedRequest.Origin origin = new PreparedRequest.Origin(requestId, group.name, Optional.of(variant));
        return submit(forwarded, origin, false).thenApply(response -> {
            policy.observe(variant, System.nanoTime() - started, queueDepthOrZero(variant))
                    .ifPresent(change -> recordSwitch(
                            new VariantSwitch(Instant.now(), group.name, change.from(), change.to(), change.reason())));
            return new InferenceResponse(
                    group.name, response.version(), response.id(), response.outputs(), Map.of("variant", variant));
        });
    }

    /**
     * Tokenizes on a pipeline thread, queues the tokens to the model (where they batch with other
     * requests, padded to the batch's longest), and post-processes on a pipeline thread again, so
     * the model's inference workers only ever run the model.
     */
    private CompletableFuture<InferenceResponse> inferThroughPipeline(
            ModelEntry entry, InferenceRequest request, long requestId, long started) {
        LoadedPipeline pipeline = acquirePipeline(entry);
        PreparedRequest.Origin origin = new PreparedRequest.Origin(requestId, entry.name, Optional.empty());
        try {
            ServedVersion served = resolve(entry(pipeline.config().model()), request.version());
            Executor steps = lifecycle.pipelineSteps();
            return CompletableFuture.supplyAsync(
                            () -> {
                                try {
                                    return pipeline.preprocess(
                                            request.inputs(), request.requestedOutputs(), served.signature);
                                } catch (RuntimeException e) {
                                    failedBeforeQueue(request, requestId, started, e);
                                    throw e;
                                }
                            },
                            steps)
                    .thenCompose(call -> submit(
                                    new InferenceRequest(
                                            pipeline.config().model(),
                                            request.version(),
                                            request.id(),
                                            call.inputs(),
                                            call.outputs(),
                                            request.timeoutMicros()),
                                    origin,
                                    true)
                            .thenApplyAsync(
                                    response -> new InferenceResponse(
                                            entry.name,
                                            response.version(),
                                            request.id(),
                                            pipeline.postprocess(response.outputs(), call, request.requestedOutputs()),
                                            Map.of(
                                                    "pipeline_model",
                                                    pipeline.config().model())),
                                    steps))
                    .whenComplete((response, error) -> pipeline.release());
        } catch (RuntimeException e) {
            pipeline.release();
            throw e;
        }
    }

    private LoadedPipeline acquirePipeline(ModelEntry entry) {
        for (int attempt = 0; attempt < SUBMIT_ATTEMPTS; attempt++) {
            Optional<LoadedPipeline> pipeline = entry.pipeline;
            if (pipeline.isEmpty()) {
                break;
            }
            if (pipeline.get().acquire()) {
                return pipeline.get();
            }
        }
        throw new ServiceUnavailableException("pipeline '" + entry.name + "' is being reloaded; retry");
    }

    private void recordSwitch(VariantSwitch event) {
        LOG.info(
                "Variant group {} switched from {} to {}: {}", event.group(), event.from(), event.to(), event.reason());
        observers.lifecycle(listener -> listener.variantSwitched(event));
        synchronized (switchEvents) {
            switchEvents.add(event);
            if (switchEvents.size() > KEPT_SWITCHES) {
                switchEvents.remove(0);
            }
        }
    }

    /** Every variant switch so far (the latest 1000), oldest first. */
    public List<VariantSwitch> switchEvents() {
        synchronized (switchEvents) {
            return List.copyOf(switchEvents);
        }
    }

    private int queueDepthOrZero(String model) {
        return lifecycle.find(model).map(RequestRouter::queueDepth).orElse(0);
    }

    private static int queueDepth(ModelEntry entry) {
        return entry.serving.values().stream()
                .mapToInt(ServedVersion::queueDepth)
                .sum();
    }

    public int queueDepth(String name) {
        return queueDepth(entry(name));
    }

    private ModelEntry entry(String name) {
        return lifecycle.find(name).orElseThrow(() -> {
            if (ModelRepository.isValidName(name) && lifecycle.repository().contains(name)) {
                return new ServiceUnavailableException("model '" + name + "' is in the repository but not loaded");
            }
            return new ModelNotFoundException("unknown model: '" + name + "'");
        });
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
        if (!entry.configFailure.isEmpty()) {
            reasons.add(entry.configFailure);
        }
        if (!entry.modelReason.isEmpty()) {
            reasons.add(entry.modelReason);
        }
        entry.versionStates.values().stream()
                .filter(state -> !state.ready())
                .forEach(state -> reasons.add("version " + state.version().orElse(0) + ": " + state.reason()));
        return reasons.isEmpty() ? "" : ": " + String.join("; ", reasons);
    }

    public boolean modelReady(String name, OptionalLong version) {
        ModelEntry entry =
                lifecycle.find(name).orElseThrow(() -> new ModelNotFoundException("unknown model: '" + name + "'"));
        if (entry.pipeline.isPresent()) {
            String model = entry.pipeline.get().config().model();
            return lifecycle.find(model).isPresent() && modelReady(model, version);
        }
        if (entry.variants.isPresent()) {
            return modelReady(entry.variants.get().current(), version);
        }
        return version.isPresent() ? entry.serving.containsKey(version.getAsLong()) : !entry.serving.isEmpty();
    }

    public ModelMetadata metadata(String name, OptionalLong version) {
        ModelEntry entry = entry(name);
        if (entry.pipeline.isPresent()) {
            LoadedPipeline pipeline = entry.pipeline.get();
            ModelMetadata model = metadata(pipeline.config().model(), version);
            return new ModelMetadata(
                    name, model.versions(), ModelMetadata.PIPELINE_PLATFORM, pipeline.signature(model.signature()));
        }
        if (entry.variants.isPresent()) {
            ModelMetadata current = metadata(entry.variants.get().current(), version);
            return new ModelMetadata(name, current.versions(), current.platform(), current.signature());
        }
        ServedVersion served = resolve(entry, version);
        List<String> versions =
                entry.serving.keySet().stream().sorted().map(String::valueOf).toList();
        return new ModelMetadata(name, versions, ModelMetadata.ONNX_PLATFORM, served.signature);
    }

    /** The pipeline a name serves, when it is one. */
    public Optional<PipelineConfig> pipeline(String name) {
        return lifecycle.find(name).flatMap(entry -> entry.pipeline).map(LoadedPipeline::config);
    }

    public Optional<ModelConfig> servedConfig(String name, OptionalLong version) {
        return Optional.of(resolve(entry(name), version).config);
    }

    /** The version that would serve a request now; for a variant group, its current member's. */
    public ServedModel served(String name, OptionalLong version) {
        ModelEntry entry = entry(name);
        if (entry.pipeline.isPresent()) {
            LoadedPipeline pipeline = entry.pipeline.get();
            ServedModel model = served(pipeline.config().model(), version);
            return new ServedModel(name, model.version(), pipeline.signature(model.signature()), model.maxBatchSize());
        }
        if (entry.variants.isPresent()) {
            ServedModel current = served(entry.variants.get().current(), version);
            return new ServedModel(name, OptionalLong.empty(), current.signature(), current.maxBatchSize());
        }
        ServedVersion served = resolve(entry, version);
        return new ServedModel(name, OptionalLong.of(served.version), served.signature, served.maxBatchSize);
    }

    public int maxBatchSize(String name, OptionalLong version) {
        ModelEntry entry = entry(name);
        if (entry.pipeline.isPresent()) {
            return maxBatchSize(entry.pipeline.get().config().model(), version);
        }
        return resolve(entry, version).maxBatchSize;
    }
}
