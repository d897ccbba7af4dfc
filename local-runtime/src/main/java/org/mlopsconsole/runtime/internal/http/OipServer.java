package org.mlopsconsole.runtime.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.jetty.io.EofException;
import org.mlopsconsole.runtime.InvalidInputException;
import org.mlopsconsole.runtime.LocalRuntime;
import org.mlopsconsole.runtime.ModelMetadata;
import org.mlopsconsole.runtime.ModelNotFoundException;
import org.mlopsconsole.runtime.ModelRepository;
import org.mlopsconsole.runtime.ModelState;
import org.mlopsconsole.runtime.ModelStatistics;
import org.mlopsconsole.runtime.ServerOptions;
import org.mlopsconsole.runtime.ServiceUnavailableException;
import org.mlopsconsole.runtime.ServingException;
import org.mlopsconsole.runtime.UnsupportedFeatureException;
import org.mlopsconsole.runtime.internal.repository.MetadataJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The protocol's REST endpoints on Javalin; see docs/runtime.md for the list. */
public final class OipServer {

    private static final Logger LOG = LoggerFactory.getLogger(OipServer.class);
    static final String HEADER_LENGTH = "Inference-Header-Content-Length";
    static final List<String> EXTENSIONS = List.of("binary_tensor_data", "model_repository", "statistics");
    private static final String JSON = "application/json";

    private final LocalRuntime runtime;
    private final ServerOptions options;
    private final InferenceCodec codec;
    private final ObjectMapper mapper;
    private final byte[] expectedAuthorization;
    /**
     * Encodes answers, so the inference thread goes back to its queue at once: encoding a MiniLM
     * answer as JSON takes about as long as computing it, and would otherwise hold the next batch.
     */
    private final ExecutorService answering =
            Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), runnable -> {
                Thread thread = new Thread(runnable, "oip-answer");
                thread.setDaemon(true);
                return thread;
            });

    private Javalin app;

    private OipServer(LocalRuntime runtime, ServerOptions options) {
        this.runtime = runtime;
        this.options = options;
        this.codec = new InferenceCodec(options.maxJsonDepth(), options.maxTensorElements());
        this.mapper = codec.mapper();
        this.expectedAuthorization = options.token()
                .map(token -> ("Bearer " + token).getBytes(StandardCharsets.UTF_8))
                .orElse(null);
    }

    public static OipServer start(LocalRuntime runtime, ServerOptions options) {
        OipServer server = new OipServer(runtime, options);
        server.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = options.maxRequestBytes();
            config.http.defaultContentType = JSON;
            server.routes(config.routes);
        });
        server.app.start(options.host(), options.port());
        LOG.info("Open Inference Protocol server listening on {}", server.baseUrl());
        return server;
    }

    public int port() {
        return app.port();
    }

    public String baseUrl() {
        String host = options.host().contains(":") && !options.host().startsWith("[")
                ? "[" + options.host() + "]"
                : options.host();
        return "http://" + host + ":" + port();
    }

    public void close() {
        app.stop();
        answering.shutdown();
    }

    private void routes(io.javalin.config.RoutesConfig routes) {
        routes.before(this::authenticate);
        routes.get("/v2/health/live", ctx -> health(ctx, "live", runtime.live()));
        routes.get("/v2/health/ready", ctx -> health(ctx, "ready", runtime.ready()));
        routes.get("/v2", this::serverMetadata);
        // before /v2/models/{model}, which would take "stats" for a model name
        routes.get("/v2/models/stats", ctx -> statistics(ctx, Optional.empty(), OptionalLong.empty()));
        routes.get("/v2/models/{model}", ctx -> modelMetadata(ctx, OptionalLong.empty()));
        routes.get("/v2/models/{model}/versions/{version}", ctx -> modelMetadata(ctx, version(ctx)));
        routes.get("/v2/models/{model}/ready", ctx -> modelReady(ctx, OptionalLong.empty()));
        routes.get("/v2/models/{model}/versions/{version}/ready", ctx -> modelReady(ctx, version(ctx)));
        routes.post("/v2/models/{model}/infer", ctx -> infer(ctx, OptionalLong.empty()));
        routes.post("/v2/models/{model}/versions/{version}/infer", ctx -> infer(ctx, version(ctx)));
        routes.get("/v2/models/{model}/stats", ctx -> statistics(ctx, Optional.of(model(ctx)), OptionalLong.empty()));
        routes.get(
                "/v2/models/{model}/versions/{version}/stats",
                ctx -> statistics(ctx, Optional.of(model(ctx)), version(ctx)));
        routes.post("/v2/repository/index", this::repositoryIndex);
        routes.post("/v2/repository/models/{model}/load", this::load);
        routes.post("/v2/repository/models/{model}/unload", this::unload);
        routes.get("/openapi.json", this::openApi);
        routes.exception(Exception.class, (exception, ctx) -> error(ctx, exception));
        routes.error(
                404,
                ctx -> replaceNonJson(ctx, "no endpoint " + ctx.method() + " " + ctx.path() + "; see /openapi.json"));
        routes.error(405, ctx -> replaceNonJson(ctx, "method " + ctx.method() + " is not allowed on " + ctx.path()));
        routes.error(
                413,
                ctx -> replaceNonJson(
                        ctx,
                        "the request body is larger than this server accepts (" + options.maxRequestBytes()
                                + " bytes)"));
    }

    /** Javalin's own errors (no route, body too large) come as text; answer them as protocol errors. */
    private void replaceNonJson(Context ctx, String message) {
        String result = ctx.result();
        if (result == null || !result.startsWith("{\"error\"")) {
            writeError(ctx, ctx.statusCode(), message);
        }
    }

    private void authenticate(Context ctx) {
        if (expectedAuthorization == null) {
            return;
        }
        String header = ctx.header("Authorization");
        byte[] given = header == null ? new byte[0] : header.getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, expectedAuthorization)) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new HttpError(
                    401,
                    header == null
                            ? "this server requires a token: send 'Authorization: Bearer <token>'"
                            : "the bearer token is wrong");
        }
    }

    private void health(Context ctx, String field, boolean value) {
        ObjectNode body = mapper.createObjectNode().put(field, value);
        writeJson(ctx, value ? 200 : 400, body);
    }

    private void serverMetadata(Context ctx) {
        ObjectNode body = mapper.createObjectNode();
        body.put("name", "mlops-console-runtime");
        body.put("version", RuntimeVersion.version());
        ArrayNode extensions = body.putArray("extensions");
        EXTENSIONS.forEach(extensions::add);
        writeJson(ctx, 200, body);
    }

    private void modelMetadata(Context ctx, OptionalLong version) {
        ModelMetadata metadata = runtime.metadata(model(ctx), version);
        ObjectNode body = mapper.createObjectNode();
        body.put("name", metadata.name());
        ArrayNode versions = body.putArray("versions");
        metadata.versions().forEach(versions::add);
        body.put("platform", metadata.platform());
        body.set("inputs", MetadataJson.specs(metadata.signature().inputs()));
        body.set("outputs", MetadataJson.specs(metadata.signature().outputs()));
        writeJson(ctx, 200, body);
    }

    private void modelReady(Context ctx, OptionalLong version) {
        String model = model(ctx);
        boolean ready = runtime.modelReady(model, version);
        writeJson(
                ctx,
                ready ? 200 : 400,
                mapper.createObjectNode().put("name", model).put("ready", ready));
    }

    private void infer(Context ctx, OptionalLong version) {
        String model = model(ctx);
        byte[] body = ctx.bodyAsBytes();
        OptionalLong headerLength = headerLength(ctx);
        InferenceCodec.Decoded decoded = decode(body, headerLength, model, version);
        CompletableFuture<Void> answered = runtime.infer(decoded.request())
                .handleAsync(
                        (response, failure) -> {
                            if (failure != null) {
                                error(ctx, failure);
                            } else {
                                InferenceCodec.Encoded encoded = codec.encode(response, decoded);
                                writeEncoded(ctx, encoded);
                            }
                            return null;
                        },
                        answering);
        ctx.future(() -> answered);
    }

    private static void writeEncoded(Context ctx, InferenceCodec.Encoded encoded) {
        ctx.status(200);
        if (encoded.headerLength().isPresent()) {
            ctx.header(HEADER_LENGTH, Long.toString(encoded.headerLength().getAsLong()));
            ctx.contentType("application/octet-stream");
        } else {
            ctx.contentType(JSON);
        }
        ctx.result(encoded.body());
    }

    /** Whether Jetty has recycled the response: its client closed the connection meanwhile. */
    private static boolean responseGone(Context ctx) {
        try {
            ctx.res().getStatus();
            return false;
        } catch (RuntimeException recycled) {
            return true;
        }
    }

    private InferenceCodec.Decoded decode(byte[] body, OptionalLong headerLength, String model, OptionalLong version) {
        try {
            return codec.decode(body, headerLength, model, version);
        } catch (InferenceCodec.RawBinaryRequest raw) {
            return codec.decodeRaw(
                    body,
                    runtime.metadata(model, version).signature(),
                    runtime.maxBatchSize(model, version),
                    model,
                    version);
        }
    }

    private OptionalLong headerLength(Context ctx) {
        String value = ctx.header(HEADER_LENGTH);
        if (value == null) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(HEADER_LENGTH + " must be a byte count, not '" + value + "'");
        }
    }

    private void statistics(Context ctx, Optional<String> model, OptionalLong version) {
        ObjectNode body = mapper.createObjectNode();
        ArrayNode all = body.putArray("model_stats");
        for (ModelStatistics stats : runtime.statistics(model, version)) {
            ObjectNode node = all.addObject();
            node.put("name", stats.name());
            node.put("version", Long.toString(stats.version()));
            node.put("last_inference", stats.lastInferenceMillis());
            node.put("inference_count", stats.inferenceCount());
            node.put("execution_count", stats.executionCount());
            ObjectNode inference = node.putObject("inference_stats");
            ModelStatistics.InferenceStats counts = stats.inferenceStats();
            duration(inference, "success", counts.success());
            duration(inference, "fail", counts.fail());
            duration(inference, "queue", counts.queue());
            duration(inference, "compute_input", counts.computeInput());
            duration(inference, "compute_infer", counts.computeInfer());
            duration(inference, "compute_output", counts.computeOutput());
            duration(inference, "cache_hit", counts.cacheHit());
            duration(inference, "cache_miss", counts.cacheMiss());
            ObjectNode responses = node.putObject("response_stats");
            stats.responseStats().forEach((key, response) -> {
                ObjectNode each = responses.putObject(key);
                duration(each, "compute_infer", response.computeInfer());
                duration(each, "compute_output", response.computeOutput());
                duration(each, "success", response.success());
                duration(each, "fail", response.fail());
                duration(each, "empty_response", response.emptyResponse());
                duration(each, "cancel", response.cancel());
            });
            ArrayNode batches = node.putArray("batch_stats");
            for (ModelStatistics.BatchStats batch : stats.batchStats()) {
                ObjectNode each = batches.addObject().put("batch_size", batch.batchSize());
                duration(each, "compute_input", batch.computeInput());
                duration(each, "compute_infer", batch.computeInfer());
                duration(each, "compute_output", batch.computeOutput());
            }
            ArrayNode memory = node.putArray("memory_usage");
            for (ModelStatistics.MemoryUsage usage : stats.memoryUsage()) {
                memory.addObject()
                        .put("type", usage.type())
                        .put("id", usage.id())
                        .put("byte_size", usage.byteSize());
            }
        }
        writeJson(ctx, 200, body);
    }

    private static void duration(ObjectNode parent, String name, ModelStatistics.Duration duration) {
        parent.putObject(name).put("count", duration.count()).put("ns", duration.ns());
    }

    private void repositoryIndex(Context ctx) {
        boolean onlyReady = false;
        byte[] body = ctx.bodyAsBytes();
        if (body.length > 0) {
            JsonNode request = codec.parse(body, body.length);
            onlyReady = request.path("ready").asBoolean(false);
        }
        ArrayNode index = mapper.createArrayNode();
        for (ModelState state : runtime.index()) {
            if (onlyReady && !state.ready()) {
                continue;
            }
            ObjectNode node = index.addObject();
            node.put("name", state.name());
            state.version().ifPresent(version -> node.put("version", Long.toString(version)));
            node.put("state", state.state().name());
            node.put("reason", state.reason());
        }
        writeJson(ctx, 200, index);
    }

    /** Load or reload; with parameters "file:<version>/model.onnx" (base64) and "config", a push. */
    private void load(Context ctx) {
        String model = ModelRepository.requireValidName(model(ctx));
        byte[] body = ctx.bodyAsBytes();
        JsonNode parameters = body.length == 0
                ? mapper.createObjectNode()
                : codec.parse(body, body.length).path("parameters");
        Optional<String> config = Optional.empty();
        if (parameters.has("config")) {
            if (!parameters.get("config").isTextual()) {
                throw new InvalidInputException("parameters.config must be the model configuration as a JSON string");
            }
            config = Optional.of(parameters.get("config").textValue());
        }
        Optional<Upload> upload = upload(parameters);
        if (upload.isPresent()) {
            runtime.repository()
                    .storeUpload(
                            model,
                            OptionalLong.of(upload.get().version()),
                            upload.get().bytes(),
                            config);
        } else if (config.isPresent()) {
            throw new InvalidInputException(
                    "parameters.config without a model file is not supported; edit config.json in the repository");
        }
        CompletableFuture<Void> loaded = runtime.load(model).handle((states, failure) -> {
            if (failure != null) {
                error(ctx, failure);
            } else if (states.stream().noneMatch(ModelState::ready)) {
                String reasons = String.join(
                        "; ", states.stream().map(ModelState::reason).toList());
                writeError(ctx, 400, "failed to load '" + model + "': " + reasons);
            } else {
                ctx.status(200).result("");
            }
            return null;
        });
        ctx.future(() -> loaded);
    }

    private record Upload(long version, byte[] bytes) {}

    private Optional<Upload> upload(JsonNode parameters) {
        Optional<Upload> upload = Optional.empty();
        Iterator<Map.Entry<String, JsonNode>> fields = parameters.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = field.getKey();
            if (!key.startsWith("file:")) {
                if (!key.equals("config")) {
                    throw new InvalidInputException("unknown load parameter '" + key + "'");
                }
                continue;
            }
            java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("file:([1-9][0-9]{0,17})/model\\.onnx")
                    .matcher(key);
            if (!matcher.matches()) {
                throw new InvalidInputException("load parameter '" + key
                        + "' is not accepted; upload a model as \"file:<version>/model.onnx\"");
            }
            if (upload.isPresent()) {
                throw new InvalidInputException("upload one model file per load request");
            }
            if (!field.getValue().isTextual()) {
                throw new InvalidInputException("'" + key + "' must hold the file as a base64 string");
            }
            try {
                upload = Optional.of(new Upload(
                        Long.parseLong(matcher.group(1)),
                        Base64.getDecoder().decode(field.getValue().textValue())));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("'" + key + "' is not valid base64: " + e.getMessage());
            }
        }
        return upload;
    }

    private void unload(Context ctx) {
        String model = model(ctx);
        CompletableFuture<Void> unloaded = runtime.unload(model).handle((states, failure) -> {
            if (failure != null) {
                error(ctx, failure);
            } else {
                ctx.status(200).result("");
            }
            return null;
        });
        ctx.future(() -> unloaded);
    }

    private void openApi(Context ctx) {
        try (InputStream in = OipServer.class.getResourceAsStream("openapi.json")) {
            ctx.status(200).contentType(JSON).result(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String model(Context ctx) {
        return ctx.pathParam("model");
    }

    private static OptionalLong version(Context ctx) {
        String text = ctx.pathParam("version");
        if (!text.matches("[1-9][0-9]{0,17}")) {
            throw new InvalidInputException("version '" + text + "' is not a version number");
        }
        return OptionalLong.of(Long.parseLong(text));
    }

    private void error(Context ctx, Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (clientLeft(cause) || responseGone(ctx)) {
            // Must not throw: Javalin runs this handler again for anything it throws, for ever. It
            // is also where a write to a response recycled under an answer from a runtime thread
            // ends up, so that case needs no guard of its own.
            LOG.debug("A client closed its connection before its answer", cause);
            return;
        }
        int status = status(cause);
        if (status == 500) {
            LOG.error("Request {} {} failed", ctx.method(), ctx.path(), cause);
        }
        writeError(ctx, status, message(cause));
    }

    /** Whether reading the request failed because the client closed the connection. */
    static boolean clientLeft(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof EofException) {
                return true;
            }
        }
        return false;
    }

    static int status(Throwable failure) {
        if (failure instanceof InvalidInputException) {
            return 400;
        }
        if (failure instanceof ModelNotFoundException) {
            return 404;
        }
        if (failure instanceof ServiceUnavailableException) {
            return 503;
        }
        if (failure instanceof UnsupportedFeatureException) {
            return 501;
        }
        if (failure instanceof ServingException) {
            return 500;
        }
        if (failure instanceof HttpError http) {
            return http.status;
        }
        if (failure instanceof HttpResponseException http) {
            return http.getStatus();
        }
        return 500;
    }

    private static String message(Throwable failure) {
        if (failure instanceof HttpResponseException http && http.getStatus() == 413) {
            return "the request body is larger than this server accepts (" + http.getMessage() + ")";
        }
        String message = failure.getMessage();
        return message == null ? failure.getClass().getSimpleName() : message;
    }

    private void writeError(Context ctx, int status, String message) {
        writeJson(ctx, status, mapper.createObjectNode().put("error", message));
    }

    private void writeJson(Context ctx, int status, JsonNode body) {
        try {
            ctx.status(status).contentType(JSON).result(mapper.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
