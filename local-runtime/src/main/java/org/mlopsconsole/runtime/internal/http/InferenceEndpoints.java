package org.mlopsconsole.runtime.internal.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.mlopsconsole.runtime.InvalidInputException;
import org.mlopsconsole.runtime.LocalRuntime;
import org.mlopsconsole.runtime.ModelMetadata;
import org.mlopsconsole.runtime.ServedModel;
import org.mlopsconsole.runtime.ServerLimits;
import org.mlopsconsole.runtime.internal.repository.MetadataJson;

/** Model metadata, model readiness and inference. */
final class InferenceEndpoints implements EndpointGroup {

    static final String HEADER_LENGTH = "Inference-Header-Content-Length";

    private final LocalRuntime runtime;
    private final Responses responses;
    private final InferenceCodec codec;
    private final ServerLimits limits;
    private final Drain drain;
    private final Executor answering;

    InferenceEndpoints(
            LocalRuntime runtime,
            Responses responses,
            InferenceCodec codec,
            ServerLimits limits,
            Drain drain,
            Executor answering) {
        this.runtime = runtime;
        this.responses = responses;
        this.codec = codec;
        this.limits = limits;
        this.drain = drain;
        this.answering = answering;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/v2/models/{model}", ctx -> metadata(ctx, OptionalLong.empty()));
        routes.get("/v2/models/{model}/versions/{version}", ctx -> metadata(ctx, Paths.version(ctx)));
        routes.get("/v2/models/{model}/ready", ctx -> ready(ctx, OptionalLong.empty()));
        routes.get("/v2/models/{model}/versions/{version}/ready", ctx -> ready(ctx, Paths.version(ctx)));
        routes.post("/v2/models/{model}/infer", ctx -> infer(ctx, OptionalLong.empty()));
        routes.post("/v2/models/{model}/versions/{version}/infer", ctx -> infer(ctx, Paths.version(ctx)));
    }

    private void metadata(Context ctx, OptionalLong version) {
        ModelMetadata metadata = runtime.metadata(Paths.model(ctx), version);
        ObjectNode body = responses.object();
        body.put("name", metadata.name());
        ArrayNode versions = body.putArray("versions");
        metadata.versions().forEach(versions::add);
        body.put("platform", metadata.platform());
        body.set("inputs", MetadataJson.specs(metadata.signature().inputs()));
        body.set("outputs", MetadataJson.specs(metadata.signature().outputs()));
        responses.json(ctx, 200, body);
    }

    private void ready(Context ctx, OptionalLong version) {
        String model = Paths.model(ctx);
        boolean ready = runtime.modelReady(model, version);
        responses.json(
                ctx, ready ? 200 : 400, responses.object().put("name", model).put("ready", ready));
    }

    /**
     * The version is resolved once, here: decoding checks against its signature and batch limit,
     * and the request is pinned to it, so a reload in between cannot mix two versions.
     */
    private void infer(Context ctx, OptionalLong version) throws IOException {
        ServedModel served = runtime.served(Paths.model(ctx), version);
        InferenceCodec.Tensors tensors;
        try (InputStream body = RequestBody.open(ctx, limits)) {
            InferenceCodec.Decoded decoded = codec.decode(body, headerLength(ctx), served);
            tensors = decoded instanceof InferenceCodec.RawBinary raw
                    ? codec.decodeRaw(raw, served)
                    : (InferenceCodec.Tensors) decoded;
        }
        CompletableFuture<Void> answered = new CompletableFuture<>();
        Drain.Pending pending = drain.pending(() -> {
            responses.error(ctx, 503, "the server shut down before this request was answered");
            answered.complete(null);
        });
        runtime.infer(tensors.request())
                .whenCompleteAsync(
                        (response, failure) -> {
                            if (!pending.claim()) {
                                return;
                            }
                            try {
                                if (failure != null) {
                                    responses.failure(ctx, failure);
                                } else {
                                    write(ctx, codec.encode(response, tensors));
                                }
                            } catch (RuntimeException e) {
                                responses.failure(ctx, e);
                            } finally {
                                answered.complete(null);
                            }
                        },
                        answering);
        ctx.future(() -> answered);
    }

    private static void write(Context ctx, InferenceCodec.Encoded encoded) {
        ctx.status(200);
        if (encoded.headerLength().isPresent()) {
            ctx.header(HEADER_LENGTH, Long.toString(encoded.headerLength().getAsLong()));
            ctx.contentType(RequestGuard.OCTET_STREAM);
        } else {
            ctx.contentType(Responses.JSON);
        }
        ctx.result(encoded.body());
    }

    private static OptionalLong headerLength(Context ctx) {
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
}
