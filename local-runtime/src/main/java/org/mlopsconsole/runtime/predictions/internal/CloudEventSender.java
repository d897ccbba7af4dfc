package org.mlopsconsole.runtime.predictions.internal;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.mlopsconsole.runtime.InferenceObserver.Predicted;
import org.mlopsconsole.runtime.InferenceResponse;
import org.mlopsconsole.runtime.ServerLimits;
import org.mlopsconsole.runtime.internal.http.InferenceCodec;
import org.mlopsconsole.runtime.internal.http.RequestJsonEncoder;
import org.mlopsconsole.runtime.predictions.CloudEventSettings;
import org.mlopsconsole.runtime.predictions.PredictionLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the log's entries as CloudEvents in KServe's payload logger format, on a thread of its
 * own: the observer thread only offers the entry to a bounded queue (dropped and counted when
 * full), and the JSON of the tensors is written here, not there. A failed POST is counted and not
 * retried; failures are logged at most once a {@link #WARN_EVERY}, with how many there were.
 */
public final class CloudEventSender implements AutoCloseable {

    public static final String REQUEST_TYPE = "org.kubeflow.serving.inference.request";
    public static final String RESPONSE_TYPE = "org.kubeflow.serving.inference.response";
    static final Duration WARN_EVERY = Duration.ofMinutes(1);

    private static final Logger LOG = LoggerFactory.getLogger(CloudEventSender.class);
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(5);
    /** Only for encoding answers, as the server writes them (its decoding limits play no part). */
    private static final InferenceCodec CODEC = codec(ServerLimits.defaults());

    private record Entry(String id, Predicted event) {}

    private final CloudEventSettings settings;
    private final HttpClient client;
    private final BlockingQueue<Entry> queue;
    private final LongAdder dropped = new LongAdder();
    private final LongAdder sent = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final Thread thread;
    private volatile boolean closing;
    private long failuresSinceWarning;
    private long lastWarning = Long.MIN_VALUE;

    public CloudEventSender(CloudEventSettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.timeout())
                .build();
        this.queue = new ArrayBlockingQueue<>(settings.queueCapacity());
        this.thread = new Thread(this::run, "prediction-log-forwarder");
        thread.setDaemon(true);
        thread.start();
    }

    /** Never waits: a full queue drops the entry and counts it. */
    public void offer(String id, Predicted event) {
        if (closing || !queue.offer(new Entry(id, event))) {
            dropped.increment();
        }
    }

    public PredictionLog.ForwardingStats stats() {
        return new PredictionLog.ForwardingStats(sent.sum(), dropped.sum(), failed.sum(), queue.size());
    }

    private void run() {
        while (!closing || !queue.isEmpty()) {
            Entry entry;
            try {
                entry = queue.poll(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            }
            if (entry == null) {
                continue;
            }
            if (settings.sendsRequests()) {
                send(
                        entry,
                        REQUEST_TYPE,
                        RequestJsonEncoder.encode(
                                entry.event().clientId(), entry.event().inputs()));
            }
            if (settings.sendsResponses()) {
                send(entry, RESPONSE_TYPE, CODEC.encodeJson(response(entry.event())));
            }
        }
    }

    private static InferenceCodec codec(ServerLimits limits) {
        return new InferenceCodec(limits.maxJsonDepth(), limits.maxTensorElements(), limits.maxRequestBytes());
    }

    private static InferenceResponse response(Predicted event) {
        HashMap<String, String> parameters = new HashMap<>();
        event.variant().ifPresent(variant -> parameters.put("variant", variant));
        return new InferenceResponse(event.model(), event.version(), event.clientId(), event.outputs(), parameters);
    }

    private void send(Entry entry, String type, byte[] body) {
        Predicted event = entry.event();
        HttpRequest request = HttpRequest.newBuilder(settings.url())
                .timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .header("ce-specversion", "1.0")
                .header("ce-id", entry.id())
                .header("ce-type", type)
                .header("ce-source", settings.source().toString())
                .header("ce-time", DateTimeFormatter.ISO_INSTANT.format(event.answeredAt()))
                .header("ce-inferenceservicename", event.model())
                .header("ce-component", "predictor")
                .header("ce-endpoint", event.variant().orElse("default"))
                .header("ce-metadata", "{}")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 == 2) {
                sent.increment();
            } else {
                failure("HTTP " + response.statusCode());
            }
        } catch (IOException e) {
            failure(e.toString());
        } catch (InterruptedException e) {
            failure("interrupted");
            Thread.currentThread().interrupt();
        }
    }

    private void failure(String reason) {
        failed.increment();
        failuresSinceWarning++;
        long now = System.nanoTime();
        if (lastWarning == Long.MIN_VALUE || now - lastWarning >= WARN_EVERY.toNanos()) {
            LOG.warn(
                    "The prediction log could not forward {} events to {} since the last warning (last: {})",
                    failuresSinceWarning,
                    settings.url(),
                    reason);
            failuresSinceWarning = 0;
            lastWarning = now;
        }
    }

    /** Sends what is queued (for a few seconds at most), then stops. */
    @Override
    public void close() {
        closing = true;
        try {
            thread.join(CLOSE_WAIT.toMillis());
            if (thread.isAlive()) {
                LOG.warn("The prediction log did not forward its last {} entries in time", queue.size());
                thread.interrupt();
                thread.join(CLOSE_WAIT.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
