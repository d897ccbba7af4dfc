package org.mlopsconsole.runtime.internal.engine;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.mlopsconsole.runtime.DataType;
import org.mlopsconsole.runtime.InternalServingException;
import org.mlopsconsole.runtime.InvalidInputException;
import org.mlopsconsole.runtime.ModelConfig;
import org.mlopsconsole.runtime.ModelConfig.WarmupData;
import org.mlopsconsole.runtime.ModelSignature;
import org.mlopsconsole.runtime.ServiceUnavailableException;
import org.mlopsconsole.runtime.ServingException;
import org.mlopsconsole.runtime.Tensor;
import org.mlopsconsole.runtime.TensorSpec;
import org.mlopsconsole.runtime.internal.repository.OnnxSignatureReader;

/**
 * One loaded model version: its ONNX Runtime session, a bounded queue and the dynamic batcher's
 * worker threads (one per instance; they share the session, whose run is thread-safe).
 */
final class ServedVersion {

    final String model;
    final long version;
    final String sha256;
    final ModelConfig config;
    final ModelSignature signature;
    final int maxBatchSize;

    private final OrtEnvironment environment;
    private final OrtSession.SessionOptions options;
    private final OrtSession session;
    private final VersionStatistics statistics;
    private final Optional<ResponseCache> cache;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition arrived = lock.newCondition();
    private final ArrayDeque<PreparedRequest> queue = new ArrayDeque<>();
    private final List<Thread> workers = new ArrayList<>();
    private boolean closed;

    private ServedVersion(
            String model,
            long version,
            String sha256,
            ModelConfig config,
            OrtEnvironment environment,
            OrtSession.SessionOptions options,
            OrtSession session,
            VersionStatistics statistics)
            throws OrtException {
        this.model = model;
        this.version = version;
        this.sha256 = sha256;
        this.config = config;
        this.environment = environment;
        this.options = options;
        this.session = session;
        this.statistics = statistics;
        this.signature = OnnxSignatureReader.signatureOf(session, model + "/" + version);
        this.maxBatchSize = config.effectiveMaxBatchSize(signature);
        this.cache = config.responseCache().enabled()
                ? Optional.of(new ResponseCache(config.responseCache().maxBytes()))
                : Optional.empty();
    }

    /**
     * Answers from the cache when it holds this request's outputs (the future is then complete);
     * otherwise queues the request and caches its outputs once computed.
     */
    boolean submitOrAnswerFromCache(PreparedRequest request) {
        if (cache.isEmpty()) {
            return submit(request);
        }
        long started = System.nanoTime();
        String key = ResponseCache.key(model, version, request);
        Optional<List<Tensor>> cached = cache.get().get(key);
        if (cached.isPresent()) {
            statistics.cacheHit.add(System.nanoTime() - started);
            statistics.success.add(System.nanoTime() - request.enqueuedNanos);
            request.result.complete(cached.get());
            return true;
        }
        statistics.cacheMiss.add(System.nanoTime() - started);
        // Filled before the result completes, so a caller who got the answer finds it cached.
        request.onComputed(outputs -> cache.get().put(key, outputs));
        return submit(request);
    }

    /** Creates the session, runs the warmup and starts the workers: the version is then ready. */
    static ServedVersion load(
            String model, long version, Path file, String sha256, ModelConfig config, VersionStatistics statistics) {
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        OrtSession session = null;
        try {
            if (config.intraOpThreads() > 0) {
                options.setIntraOpNumThreads(config.intraOpThreads());
            }
            if (config.interOpThreads() > 0) {
                options.setInterOpNumThreads(config.interOpThreads());
            }
            session = environment.createSession(file.toString(), options);
            ServedVersion served =
                    new ServedVersion(model, version, sha256, config, environment, options, session, statistics);
            served.warmUp();
            served.startWorkers();
            return served;
        } catch (OrtException | RuntimeException e) {
            closeQuietly(session);
            options.close();
            if (e instanceof ServingException serving) {
                throw serving;
            }
            throw new InternalServingException(
                    "cannot load " + model + " version " + version + ": " + e.getMessage(), e);
        }
    }

    /** Queues the request; false once the version is closed (the caller then picks the current one). */
    boolean submit(PreparedRequest request) {
        lock.lock();
        try {
            if (closed) {
                return false;
            }
            if (queue.size() >= config.maxQueueSize()) {
                throw new ServiceUnavailableException(String.format(
                        "model '%s' version %d is at capacity: %d requests are queued (max_queue_size); retry later",
                        model, version, queue.size()));
            }
            queue.addLast(request);
            arrived.signal();
            return true;
        } finally {
            lock.unlock();
        }
    }

    int queueDepth() {
        lock.lock();
        try {
            return queue.size();
        } finally {
            lock.unlock();
        }
    }

    /** Stops taking requests, lets the queued and running ones finish, then frees the session. */
    void close() {
        lock.lock();
        try {
            closed = true;
            arrived.signalAll();
        } finally {
            lock.unlock();
        }
        for (Thread worker : workers) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        closeQuietly(session);
        options.close();
    }

    private void startWorkers() {
        for (int i = 0; i < config.instanceCount(); i++) {
            Thread worker = new Thread(this::work, "infer-" + model + "-v" + version + "-" + i);
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
    }

    private void work() {
        List<PreparedRequest> batch;
        while ((batch = nextBatch()) != null) {
            if (!batch.isEmpty()) {
                execute(batch);
            }
        }
    }

    /** The next batch, Triton style; null once closed and drained. Expired requests are failed here. */
    private List<PreparedRequest> nextBatch() {
        lock.lock();
        try {
            while (queue.isEmpty()) {
                if (closed) {
                    return null;
                }
                arrived.awaitUninterruptibly();
            }
            List<PreparedRequest> batch = new ArrayList<>();
            PreparedRequest head = queue.pollFirst();
            if (expired(head)) {
                return batch;
            }
            batch.add(head);
            if (maxBatchSize == 0) {
                return batch;
            }
            long rows = head.batchSize;
            long deadline = System.nanoTime() + config.dynamicBatching().maxQueueDelayMicros() * 1000;
            while (true) {
                rows = gather(head, batch, rows);
                if (rows >= maxBatchSize
                        || config.dynamicBatching().preferredBatchSizes().contains((int) rows)
                        || closed) {
                    return batch;
                }
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    return batch;
                }
                arrived.awaitNanos(remaining);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } finally {
            lock.unlock();
        }
    }

    /** Moves queued requests of the same shape into the batch, in arrival order, while they fit. */
    private long gather(PreparedRequest head, List<PreparedRequest> batch, long rows) {
        Iterator<PreparedRequest> waiting = queue.iterator();
        while (waiting.hasNext() && rows < maxBatchSize) {
            PreparedRequest candidate = waiting.next();
            if (expired(candidate)) {
                waiting.remove();
            } else if (candidate.batchKey.equals(head.batchKey) && rows + candidate.batchSize <= maxBatchSize) {
                waiting.remove();
                batch.add(candidate);
                rows += candidate.batchSize;
            }
        }
        return rows;
    }

    private boolean expired(PreparedRequest request) {
        if (System.nanoTime() <= request.deadlineNanos) {
            return false;
        }
        statistics.fail.add(System.nanoTime() - request.enqueuedNanos);
        request.result.completeExceptionally(new ServiceUnavailableException(String.format(
                "request timed out after %d µs in the queue of model '%s' version %d",
                request.request.timeoutMicros().orElse(0), model, version)));
        return true;
    }

    private void execute(List<PreparedRequest> batch) {
        long started = System.nanoTime();
        batch.forEach(request -> statistics.queue.add(started - request.enqueuedNanos));
        PreparedRequest head = batch.get(0);
        int rows = batch.stream().mapToInt(request -> (int) request.batchSize).sum();
        Map<String, OnnxTensor> feeds = new HashMap<>();
        try {
            for (int i = 0; i < head.inputs.size(); i++) {
                feeds.put(head.inputs.get(i).name(), stack(batch, i, rows));
            }
            long inputsReady = System.nanoTime();
            List<List<Tensor>> perRequest = new ArrayList<>();
            batch.forEach(ignored -> perRequest.add(new ArrayList<>()));
            long ran;
            try (OrtSession.Result result = session.run(feeds, head.outputs)) {
                ran = System.nanoTime();
                for (Map.Entry<String, OnnxValue> output : result) {
                    Tensor whole = OrtTensors.fromOnnx(output.getKey(), (OnnxTensor) output.getValue());
                    List<Tensor> parts = batch.size() == 1 ? List.of(whole) : split(whole, batch, rows);
                    for (int r = 0; r < batch.size(); r++) {
                        perRequest.get(r).add(parts.get(r));
                    }
                }
            }
            long finished = System.nanoTime();
            statistics.recordBatch(rows);
            statistics.computeInput.add(inputsReady - started);
            statistics.computeInfer.add(ran - inputsReady);
            statistics.computeOutput.add(finished - ran);
            for (int r = 0; r < batch.size(); r++) {
                statistics.success.add(finished - batch.get(r).enqueuedNanos);
                batch.get(r).succeed(List.copyOf(perRequest.get(r)));
            }
        } catch (OrtException | RuntimeException e) {
            if (batch.size() > 1) {
                // one request's bad values must not fail the others it was batched with
                batch.forEach(request -> execute(List.of(request)));
                return;
            }
            ServingException failure = failure(e);
            for (PreparedRequest request : batch) {
                statistics.fail.add(System.nanoTime() - request.enqueuedNanos);
                request.result.completeExceptionally(failure);
            }
        } finally {
            feeds.values().forEach(OnnxTensor::close);
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

    /** The i-th input of every request concatenated along dimension 0. */
    private OnnxTensor stack(List<PreparedRequest> batch, int input, int rows) throws OrtException {
        Tensor first = batch.get(0).inputs.get(input);
        if (batch.size() == 1) {
            return OrtTensors.toOnnx(environment, first.datatype(), first.shape(), first.data());
        }
        int size = 0;
        for (PreparedRequest request : batch) {
            size += request.inputs.get(input).data().remaining();
        }
        ByteBuffer joined = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        for (PreparedRequest request : batch) {
            joined.put(request.inputs.get(input).data());
        }
        long[] shape = first.shape();
        shape[0] = rows;
        return OrtTensors.toOnnx(environment, first.datatype(), shape, joined.flip());
    }

    /** Splits a batched output back along dimension 0, one part per request. */
    private List<Tensor> split(Tensor whole, List<PreparedRequest> batch, int rows) {
        long[] shape = whole.shape();
        if (shape.length == 0 || shape[0] != rows) {
            throw new InternalServingException(String.format(
                    "output '%s' of model '%s' has first dimension %s, not the batch size %d, so it cannot be split",
                    whole.name(), model, shape.length == 0 ? "none" : Long.toString(shape[0]), rows));
        }
        long elementsPerRow = whole.elementCount() / rows;
        ByteBuffer data = whole.data();
        List<Tensor> parts = new ArrayList<>();
        for (PreparedRequest request : batch) {
            long[] partShape = shape.clone();
            partShape[0] = request.batchSize;
            int start = data.position();
            if (whole.datatype() == DataType.BYTES) {
                for (long e = 0; e < elementsPerRow * request.batchSize; e++) {
                    int length = data.getInt();
                    data.position(data.position() + length);
                }
            } else {
                data.position(start
                        + (int) (elementsPerRow
                                * request.batchSize
                                * whole.datatype().byteSize()));
            }
            ByteBuffer slice =
                    data.duplicate().position(start).limit(data.position()).slice();
            parts.add(new Tensor(whole.name(), whole.datatype(), partShape, slice));
        }
        return parts;
    }

    private void warmUp() throws OrtException {
        ModelConfig.Warmup warmup = config.warmup();
        int runs = Math.max(1, warmup.count());
        Random random = new Random(version);
        for (int run = 0; run < runs; run++) {
            Map<String, OnnxTensor> feeds = new HashMap<>();
            try {
                for (TensorSpec spec : signature.inputs()) {
                    feeds.put(spec.name(), warmupTensor(spec, warmup, random));
                }
                try (OrtSession.Result ignored = session.run(feeds)) {
                    // the run itself is the point: it initialises what ONNX Runtime defers
                }
            } finally {
                feeds.values().forEach(OnnxTensor::close);
            }
        }
    }

    private OnnxTensor warmupTensor(TensorSpec spec, ModelConfig.Warmup warmup, Random random) throws OrtException {
        long[] shape = new long[spec.shape().size()];
        for (int i = 0; i < shape.length; i++) {
            long dimension = spec.shape().get(i);
            shape[i] = dimension >= 0 ? dimension : (i == 0 ? warmup.batchSize() : 1);
        }
        int elements = Math.toIntExact(Tensor.elementCount(shape));
        if (spec.datatype() == DataType.BYTES) {
            String[] values = new String[elements];
            java.util.Arrays.fill(values, "");
            return OnnxTensor.createTensor(environment, values, shape);
        }
        ByteBuffer data =
                ByteBuffer.allocate(elements * spec.datatype().byteSize()).order(ByteOrder.LITTLE_ENDIAN);
        if (warmup.data() == WarmupData.RANDOM) {
            fillRandom(data, spec.datatype(), random);
        }
        return OrtTensors.toOnnx(environment, spec.datatype(), shape, data.rewind());
    }

    /** Small values only: random token ids or indices must stay valid for the model. */
    private static void fillRandom(ByteBuffer data, DataType type, Random random) {
        while (data.hasRemaining()) {
            switch (type) {
                case FP32 -> data.putFloat(random.nextFloat());
                case FP64 -> data.putDouble(random.nextDouble());
                case INT64 -> data.putLong(random.nextInt(10));
                case INT32 -> data.putInt(random.nextInt(10));
                case INT16, FP16, BF16 -> data.putShort((short) (type == DataType.INT16 ? random.nextInt(10) : 0));
                case BOOL, UINT8, INT8 ->
                    data.put((byte) (type == DataType.BOOL ? random.nextInt(2) : random.nextInt(10)));
                default -> data.put((byte) 0);
            }
        }
    }

    private static void closeQuietly(OrtSession session) {
        if (session != null) {
            try {
                session.close();
            } catch (OrtException ignored) {
                // nothing more can be freed
            }
        }
    }
}
