package org.mlopsconsole.runtime.internal.engine;

import ai.onnxruntime.OrtException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.mlopsconsole.runtime.InferenceObserver;
import org.mlopsconsole.runtime.InternalServingException;
import org.mlopsconsole.runtime.InvalidInputException;
import org.mlopsconsole.runtime.ModelConfig;
import org.mlopsconsole.runtime.ModelSignature;
import org.mlopsconsole.runtime.ModelStatistics.MemoryUsage;
import org.mlopsconsole.runtime.ServiceUnavailableException;
import org.mlopsconsole.runtime.ServingException;
import org.mlopsconsole.runtime.Tensor;

/**
 * One loaded model version: its {@link OnnxBatchExecutor}, warmed up by {@link OnnxWarmup}, fed
 * by a {@link DynamicBatcher} with one worker per instance, and an optional response cache. Here
 * the statistics are counted and the observers told.
 */
final class ServedVersion implements DynamicBatcher.Handler<PreparedRequest> {

    private static final AtomicLong BATCH_IDS = new AtomicLong();

    final String model;
    final long version;
    final String sha256;
    final ModelConfig config;
    final ModelSignature signature;
    final int maxBatchSize;

    private final OnnxBatchExecutor executor;
    private final VersionStatistics statistics;
    private final Observers observers;
    private final Optional<ResponseCache> cache;
    private final DynamicBatcher<PreparedRequest> batcher;

    private ServedVersion(
            String model,
            long version,
            String sha256,
            ModelConfig config,
            OnnxBatchExecutor executor,
            VersionStatistics statistics,
            Observers observers) {
        this.model = model;
        this.version = version;
        this.sha256 = sha256;
        this.config = config;
        this.executor = executor;
        this.statistics = statistics;
        this.observers = observers;
        this.signature = executor.signature;
        this.maxBatchSize = config.effectiveMaxBatchSize(signature);
        this.cache = config.responseCache().enabled()
                ? Optional.of(new ResponseCache(config.responseCache().maxBytes()))
                : Optional.empty();
        DynamicBatcher.Policy policy = new DynamicBatcher.Policy(
                maxBatchSize,
                config.dynamicBatching().maxQueueDelayMicros() * 1000,
                config.dynamicBatching().preferredBatchSizes(),
                config.maxQueueSize());
        this.batcher = new DynamicBatcher<>("infer-" + model + "-v" + version, policy, config.instanceCount(), this);
    }

    /** Creates the session and runs the warmup, then starts the batcher: the version is then ready. */
    static ServedVersion load(
            String model,
            long version,
            Path file,
            String sha256,
            ModelConfig config,
            VersionStatistics statistics,
            Observers observers) {
        OnnxBatchExecutor executor = null;
        try {
            executor = OnnxBatchExecutor.open(model + "/" + version, file, config);
            OnnxWarmup.run(executor, config.warmup(), version);
            // the weights a CPU session holds: ONNX Runtime keeps the initialisers it read
            statistics.memory(List.of(new MemoryUsage("CPU", 0, Files.size(file))));
            return new ServedVersion(model, version, sha256, config, executor, statistics, observers);
        } catch (OrtException | IOException | RuntimeException e) {
            if (executor != null) {
                executor.close();
            }
            if (e instanceof ServingException serving) {
                throw serving;
            }
            String reason =
                    String.valueOf(e.getMessage()).replace(file.toString(), model + "/" + version + "/model.onnx");
            throw new InternalServingException("cannot load " + model + " version " + version + ": " + reason, e);
        }
    }

    /**
     * Answers from the cache when it holds this request's outputs (the future is then complete);
     * otherwise queues the request and caches its outputs once computed.
     *
     * @return false once this version is closed (the caller then picks the current one)
     */
    boolean submit(PreparedRequest request) {
        if (cache.isPresent() && answerFromCache(request, cache.get())) {
            return true;
        }
        DynamicBatcher.Admission admission = batcher.offer(request);
        if (admission == DynamicBatcher.Admission.CLOSED) {
            return false;
        }
        if (admission == DynamicBatcher.Admission.FULL) {
            throw new ServiceUnavailableException(String.format(
                    "model '%s' version %d is at capacity: %d requests are queued (max_queue_size); retry later",
                    model, version, config.maxQueueSize()));
        }
        return true;
    }

    /** Under the queue's lock: only queues the event, so the observers see it before the batch. */
    @Override
    public void queued(PreparedRequest request, int depth) {
        if (observers.watchingInference()) {
            InferenceObserver.Queued queued = new InferenceObserver.Queued(
                    request.origin.requestId(), request.origin.askedModel(), version, request.origin.variant(), depth);
            observers.inference(observer -> observer.requestQueued(queued));
        }
    }

    private boolean answerFromCache(PreparedRequest request, ResponseCache responses) {
        long started = System.nanoTime();
        String key = ResponseCache.key(model, version, request);
        Optional<List<Tensor>> cached = responses.get(key);
        if (cached.isEmpty()) {
            statistics.cacheMiss.add(System.nanoTime() - started);
            // filled before the result completes, so a caller who got the answer finds it cached
            request.onComputed(outputs -> responses.put(key, outputs));
            return false;
        }
        long now = System.nanoTime();
        statistics.cacheHit.add(now - started);
        statistics.queue.add(0);
        statistics.success.add(now - request.enqueuedNanos);
        answered(request, true, 0, now, cached.get());
        request.result.complete(cached.get());
        return true;
    }

    int queueDepth() {
        return batcher.queueDepth();
    }

    /** Stops taking requests, lets the queued and running ones finish, then frees the session. */
    void close() {
        batcher.close();
        executor.close();
    }

    @Override
    public void execute(List<PreparedRequest> batch) {
        long started = System.nanoTime();
        batch.forEach(request -> statistics.queue.add(started - request.enqueuedNanos));
        long batchId = BATCH_IDS.incrementAndGet();
        int rows = batch.stream().mapToInt(request -> (int) request.batchSize).sum();
        if (observers.watchingInference()) {
            List<Long> ids =
                    batch.stream().map(request -> request.origin.requestId()).toList();
            InferenceObserver.BatchFormed formed =
                    new InferenceObserver.BatchFormed(batchId, model, version, ids, rows);
            observers.inference(observer -> observer.batchFormed(formed));
        }
        try {
            OnnxBatchExecutor.Executed executed = executor.run(batch);
            statistics.recordExecution(
                    rows,
                    batch.size(),
                    executed.computeInputNanos(),
                    executed.computeInferNanos(),
                    executed.computeOutputNanos());
            if (observers.watchingInference()) {
                InferenceObserver.BatchComputed computed = new InferenceObserver.BatchComputed(
                        batchId,
                        model,
                        version,
                        rows,
                        executed.computeInputNanos(),
                        executed.computeInferNanos(),
                        executed.computeOutputNanos());
                observers.inference(observer -> observer.batchComputed(computed));
            }
            long finished = System.nanoTime();
            for (int r = 0; r < batch.size(); r++) {
                PreparedRequest request = batch.get(r);
                statistics.success.add(finished - request.enqueuedNanos);
                answered(
                        request,
                        false,
                        started - request.enqueuedNanos,
                        finished,
                        executed.outputs().get(r));
                request.succeed(executed.outputs().get(r));
            }
        } catch (OrtException | RuntimeException e) {
            if (batch.size() > 1) {
                // one request's bad values must not fail the others it was batched with
                batch.forEach(request -> execute(List.of(request)));
                return;
            }
            statistics.recordFailedExecution(System.nanoTime() - started);
            fail(batch.get(0), failure(e));
        }
    }

    @Override
    public void expired(PreparedRequest request) {
        fail(
                request,
                new ServiceUnavailableException(String.format(
                        "request timed out after %d µs in the queue of model '%s' version %d",
                        request.request.timeoutMicros().orElse(0), model, version)));
    }

    private void fail(PreparedRequest request, ServingException failure) {
        long now = System.nanoTime();
        statistics.fail.add(now - request.enqueuedNanos);
        if (observers.watchingInference()) {
            InferenceObserver.Failed failed = new InferenceObserver.Failed(
                    request.origin.requestId(),
                    request.request.id(),
                    request.origin.askedModel(),
                    version,
                    request.origin.variant(),
                    failure.getMessage(),
                    now - request.enqueuedNanos);
            observers.inference(observer -> observer.requestFailed(failed));
        }
        request.result.completeExceptionally(failure);
    }

    private void answered(PreparedRequest request, boolean fromCache, long queueNanos, long now, List<Tensor> outputs) {
        if (observers.watchingInference()) {
            InferenceObserver.Answered answered = new InferenceObserver.Answered(
                    request.origin.requestId(),
                    request.request.id(),
                    request.origin.askedModel(),
                    version,
                    request.origin.variant(),
                    fromCache,
                    queueNanos,
                    now - request.enqueuedNanos);
            observers.inference(observer -> observer.requestAnswered(answered));
            InferenceObserver.Predicted predicted = new InferenceObserver.Predicted(
                    answered.requestId(),
                    answered.clientId(),
                    answered.model(),
                    version,
                    answered.variant(),
                    Instant.now(),
                    answered.totalNanos(),
                    request.inputs,
                    outputs);
            observers.inference(observer -> observer.requestPredicted(predicted));
        }
    }

    /**
     * The request's fault (400): ONNX Runtime's invalid-argument errors (a token id out of range),
     * and a node of this warmed-up version refusing the request's values (inputs of different
     * lengths, a sequence past the model's limit); running out of memory stays the server's.
     */
    private ServingException failure(Exception e) {
        if (e instanceof ServingException serving) {
            return serving;
        }
        String message = String.format("model '%s' version %d failed to run: %s", model, version, e.getMessage());
        if (e instanceof OrtException ort && requestsFault(ort)) {
            return new InvalidInputException(message, e);
        }
        return new InternalServingException(message, e);
    }

    private static boolean requestsFault(OrtException e) {
        String message = String.valueOf(e.getMessage());
        return e.getCode() == OrtException.OrtErrorCode.ORT_INVALID_ARGUMENT
                || (e.getCode() == OrtException.OrtErrorCode.ORT_FAIL
                        && message.contains("while running")
                        && !message.contains("allocate"));
    }
}
