package org.mlopsconsole.runtime.internal.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.mlopsconsole.runtime.DataType;
import org.mlopsconsole.runtime.InvalidInputException;
import org.mlopsconsole.runtime.ModelSignature;
import org.mlopsconsole.runtime.Tensor;
import org.mlopsconsole.runtime.TensorSpec;
import org.mlopsconsole.runtime.benchmark.BenchTarget;

/**
 * Any Open Inference Protocol server over HTTP/1.1 (java.net.http): this runtime, Triton, KServe.
 * The model's signature comes from its metadata endpoint, the server-side split from the
 * statistics extension where the server has it.
 */
public final class HttpTargetClient implements TargetClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final BenchTarget.OipHttp target;
    private final String modelPath;
    private final ExecutorService executor;
    private final List<Thread> threads = new CopyOnWriteArrayList<>();
    private final HttpClient http;
    private final Duration timeout;
    private final ModelSignature signature;
    private final Map<String, String> server;
    private volatile boolean statisticsAvailable;

    private HttpTargetClient(BenchTarget.OipHttp target, Duration timeout, Optional<ModelSignature> known) {
        this.target = target;
        this.timeout = timeout;
        this.modelPath = "/v2/models/" + target.model()
                + target.version().map(v -> "/versions/" + v).orElse("");
        this.executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "bench-http");
            thread.setDaemon(true);
            threads.add(thread);
            return thread;
        });
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .executor(executor)
                .build();
        // the client's selector thread: started by the builder, named HttpClient-N-SelectorManager
        Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> !before.contains(thread) && thread.getName().startsWith("HttpClient-"))
                .forEach(threads::add);
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
        return request(modelPath + "/infer")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(RequestJson.encode(inputs, target.binaryOutput())))
                .build();
    }

    @Override
    public void call(Object prepared) throws Exception {
        HttpResponse<byte[]> response = http.send((HttpRequest) prepared, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            String body = new String(response.body(), StandardCharsets.UTF_8);
            throw new ErrorKinds.HttpStatusException(
                    response.statusCode(), body.substring(0, Math.min(200, body.length())));
        }
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
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    @Override
    public List<Thread> ownThreads() {
        return List.copyOf(threads);
    }

    private ModelSignature readSignature() {
        try {
            JsonNode metadata = get(modelPath);
            return new ModelSignature(specs(metadata.path("inputs")), specs(metadata.path("outputs")));
        } catch (IOException e) {
            throw new InvalidInputException(
                    "cannot reach " + target.baseUrl() + ": " + e.getClass().getSimpleName() + " " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InvalidInputException("interrupted while reading the model's metadata", e);
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
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new InvalidInputException(String.format(
                    "GET %s answered %d: %s",
                    path,
                    response.statusCode(),
                    new String(response.body(), StandardCharsets.UTF_8).lines().collect(Collectors.joining(" "))));
        }
        return JSON.readTree(response.body());
    }

    private HttpRequest.Builder request(String path) {
        String base = target.baseUrl().toString().replaceAll("/+$", "");
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout);
        target.bearerToken().ifPresent(token -> builder.header("Authorization", "Bearer " + token));
        return builder;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
