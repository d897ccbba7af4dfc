package org.mlopsconsole.runtime.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mlopsconsole.runtime.InvalidInputException;
import org.mlopsconsole.runtime.LocalRuntime;
import org.mlopsconsole.runtime.ModelControl;
import org.mlopsconsole.runtime.ModelRepository;
import org.mlopsconsole.runtime.ModelState;
import org.mlopsconsole.runtime.ServerLimits;

/** The model repository extension: the index, and load (or push) and unload when model control allows. */
final class RepositoryEndpoints implements EndpointGroup {

    private static final Pattern UPLOAD = Pattern.compile("file:([1-9][0-9]{0,17})/model\\.onnx");

    private final LocalRuntime runtime;
    private final Responses responses;
    private final InferenceCodec codec;
    private final ServerLimits limits;
    private final ModelControl modelControl;

    RepositoryEndpoints(
            LocalRuntime runtime,
            Responses responses,
            InferenceCodec codec,
            ServerLimits limits,
            ModelControl modelControl) {
        this.runtime = runtime;
        this.responses = responses;
        this.codec = codec;
        this.limits = limits;
        this.modelControl = modelControl;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/v2/repository/index", this::index);
        routes.post("/v2/repository/models/{model}/load", this::load);
        routes.post("/v2/repository/models/{model}/unload", this::unload);
    }

    private JsonNode body(Context ctx) throws IOException {
        try (InputStream in = RequestBody.open(ctx, limits)) {
            byte[] bytes = in.readAllBytes();
            return bytes.length == 0 ? responses.object() : codec.parse(bytes);
        }
    }

    private void index(Context ctx) throws IOException {
        boolean onlyReady = body(ctx).path("ready").asBoolean(false);
        ArrayNode index = responses.mapper().createArrayNode();
        for (ModelState state : runtime.index()) {
            if (onlyReady && !state.ready()) {
                continue;
            }
            ObjectNode node = index.addObject();
            node.put("name", state.name());
            state.version().ifPresent(version -> node.put("version", Long.toString(version)));
            node.put("state", state.state().name());
            node.put("reason", responses.scrub(state.reason()));
        }
        responses.json(ctx, 200, index);
    }

    private void requireModelControl() {
        if (!modelControl.allowsRepositoryEndpoints()) {
            throw new HttpError(
                    403,
                    "model control is off on this server (--model-control none): models change only in its"
                            + " repository folder");
        }
    }

    /**
     * Load or reload; with "file:<version>/model.onnx" (base64) and "config", a push; with
     * "config" alone, the model's config.json is replaced and the model reloaded, as Triton does.
     */
    private void load(Context ctx) throws IOException {
        requireModelControl();
        String model = ModelRepository.requireValidName(Paths.model(ctx));
        JsonNode parameters = body(ctx).path("parameters");
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
            runtime.repository().storeConfig(model, config.get());
        }
        answerStates(ctx, model, runtime.load(model), true);
    }

    private void unload(Context ctx) throws IOException {
        requireModelControl();
        body(ctx);
        answerStates(ctx, Paths.model(ctx), runtime.unload(Paths.model(ctx)), false);
    }

    private void answerStates(
            Context ctx, String model, CompletableFuture<List<ModelState>> change, boolean mustBeReady) {
        CompletableFuture<Void> answered = change.handle((states, failure) -> {
            if (failure != null) {
                responses.failure(ctx, failure);
            } else if (mustBeReady && states.stream().noneMatch(ModelState::ready)) {
                String reasons = String.join(
                        "; ", states.stream().map(ModelState::reason).toList());
                responses.error(ctx, 400, "failed to load '" + model + "': " + reasons);
            } else {
                ctx.status(200).result("");
            }
            return null;
        });
        ctx.future(() -> answered);
    }

    private record Upload(long version, byte[] bytes) {}

    private static Optional<Upload> upload(JsonNode parameters) {
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
            Matcher matcher = UPLOAD.matcher(key);
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
}
