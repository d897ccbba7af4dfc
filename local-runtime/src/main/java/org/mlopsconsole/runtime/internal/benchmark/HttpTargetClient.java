package org.mlopsconsole.runtime.internal.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;
import org.mlopsconsole.runtime.DataType;
import org.mlopsconsole.runtime.InvalidInputException;
import org.mlopsconsole.runtime.ModelSignature;
import org.mlopsconsole.runtime.Tensor;
import org.mlopsconsole.runtime.TensorSpec;
import org.mlopsconsole.runtime.benchmark.BenchTarget;

/**
 * Any Open Inference Protocol server over HTTP/1.1: this runtime, Triton, KServe. The model's
 * signature comes from its metadata endpoint, the server-side split from the statistics extension
 * where the server has it.
 *
 * <p>Requests go through Apache HttpClient's classic, blocking client: each load thread writes and
 * reads its own pooled connection, as wrk's do. The JDK's client hands every exchange to its
 * selector thread and back, which at concurrency 1 cost a tenth of the throughput wrk measured.
 */
public final class HttpTargetClient implements TargetClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** More connections than any sweep's concurrency: the pool must never make a request wait. */
    private static final int MAX_CONNECTIONS = 4096;

    private final BenchTarget.OipHttp target;
    private final String base;
    private final String modelPath;
    private final CloseableHttpClient http;
    private final ModelSignature signature;
    private final Map<String, String> server;
    private volatile boolean statisticsAvailable;

    /** An inference request ready to send again and again: its URI and its encoded body. */
    private record Prepared(URI uri, byte[] body) {}

    private HttpTargetClient(BenchTarget.OipHttp target, Duration timeout, Optional<ModelSignature> known) {
        this.target = target;
        this.base = target.baseUrl().toString().replaceAll("/+$", "");
        this.modelPath = "/v2/models/" + target.model()
                + target.version().map(v -> "/versions/" + v).orElse("");
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(MAX_CONNECTIONS)
                        .setMaxConnPerRoute(MAX_CONNECTIONS)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.ofSeconds(10))
                                .setSocketTimeout(Timeout.of(timeout))
                                .build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(timeout))
                        .build())
                // a benchmark counts what the server answered: no retries, redirects, cookies or gzip
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableContentCompression()
                .disableAuthCaching()
                .build();
        this.signature = known.orElseGet(this::readSignature);
        this.server = known.isPresent() ? Map.of("url", target.baseUrl().toString()) : readServer();
        this.statisticsAvailable = known.isEmpty();
    }

    public static HttpTargetClient open(BenchTarget.OipHttp target, Duration timeout) {
        return new HttpTargetClient(target, timeout, Optional.empty());
    }

    /** A client that takes the signature as given and asks the server nothing but inferences (the echo). */
    static HttpTargetClient withSignature(BenchTarget.OipHttp target, Duration timeout, ModelSignature signature) {
        return new HttpTargetClient(target, timeout, Optional.of(signature));
    }

    /** What {@code GET /v2} says: name, version and extensions; empty when it says nothing. */
    public Map<String, String> server() {
        return server;
    }

    @Override
    public ModelSignature signature() {
        return signature;
    }

    @Override
    public Object prepare(List<Tensor> inputs) {
        return new Prepared(URI.create(base + modelPath + "/infer"), RequestJson.encode(inputs, target.binaryOutput()));
    }

    @Override
    public void call(Object prepared) throws Exception {
        Prepared request = (Prepared) prepared;
        // a new request each call: the client's interceptors add headers to the one they are given
        HttpPost post = authorized(new HttpPost(request.uri()));
        post.setEntity(new ByteArrayEntity(request.body(), ContentType.APPLICATION_JSON));
        Answer answer = send(post);
        if (answer.status() != 200) {
            String body = answer.text();
            throw new ErrorKinds.HttpStatusException(answer.status(), body.substring(0, Math.min(200, body.length())));
        }
    }

    private record Answer(int status, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private Answer send(ClassicHttpRequest request) throws IOException {
        return http.execute(
                request,
                response -> new Answer(
                        response.getCode(),
                        response.getEntity() == null ? new byte[0] : EntityUtils.toByteArray(response.getEntity())));
    }

    private <R extends ClassicHttpRequest> R authorized(R request) {
        target.bearerToken().ifPresent(token -> request.setHeader("Authorization", "Bearer " + token));
        return request;
    }

    @Override
    public Optional<StatisticsSnapshot> statistics() {
        if (!statisticsAvailable) {
            return Optional.empty();
        }
        try {
            JsonNode stats = get(modelPath + "/stats").path("model_stats");
            if (!stats.isArray() || stats.isEmpty()) {
                statisticsAvailable = false;
                return Optional.empty();
            }
            long[] sums = new long[6];
            for (JsonNode version : stats) {
                JsonNode inference = version.path("inference_stats");
                sums[0] += inference.path("success").path("count").asLong();
                sums[1] += inference.path("success").path("ns").asLong();
                sums[2] += inference.path("queue").path("ns").asLong();
                sums[3] += inference.path("compute_input").path("ns").asLong();
                sums[4] += inference.path("compute_infer").path("ns").asLong();
                sums[5] += inference.path("compute_output").path("ns").asLong();
            }
            return Optional.of(new StatisticsSnapshot(sums[0], sums[1], sums[2], sums[3], sums[4], sums[5]));
        } catch (IOException | InvalidInputException e) {
            statisticsAvailable = false;
            return Optional.empty();
        }
    }

    private ModelSignature readSignature() {
        try {
            JsonNode metadata = get(modelPath);
            return new ModelSignature(specs(metadata.path("inputs")), specs(metadata.path("outputs")));
        } catch (IOException e) {
            throw new InvalidInputException(
                    "cannot reach " + target.baseUrl() + ": " + e.getClass().getSimpleName() + " " + e.getMessage(), e);
        }
    }

    private Map<String, String> readServer() {
        try {
            JsonNode root = get("/v2");
            Map<String, String> facts = new LinkedHashMap<>();
            facts.put("url", target.baseUrl().toString());
            facts.put("name", root.path("name").asText(""));
            facts.put("version", root.path("version").asText(""));
            List<String> extensions = new ArrayList<>();
            root.path("extensions").forEach(extension -> extensions.add(extension.asText()));
            facts.put("extensions", String.join(",", extensions));
            return facts;
        } catch (IOException | InvalidInputException e) {
            return Map.of("url", target.baseUrl().toString());
        }
    }

    private static List<TensorSpec> specs(JsonNode nodes) {
        List<TensorSpec> specs = new ArrayList<>();
        for (JsonNode node : nodes) {
            String name = node.path("datatype").asText();
            DataType type = DataType.fromProtocolName(name)
                    .orElseThrow(() -> new InvalidInputException("the server names an unknown datatype " + name));
            List<Long> shape = new ArrayList<>();
            node.path("shape").forEach(dimension -> shape.add(dimension.asLong()));
            specs.add(new TensorSpec(node.path("name").asText(), type, shape));
        }
        return specs;
    }

    private JsonNode get(String path) throws IOException {
        Answer answer = send(authorized(new HttpGet(URI.create(base + path))));
        if (answer.status() != 200) {
            throw new InvalidInputException(String.format(
                    "GET %s answered %d: %s",
                    path, answer.status(), answer.text().lines().collect(Collectors.joining(" "))));
        }
        return JSON.readTree(answer.body());
    }

    @Override
    public void close() {
        http.close(CloseMode.IMMEDIATE);
    }
}
