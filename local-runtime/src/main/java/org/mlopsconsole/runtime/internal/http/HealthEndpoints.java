package org.mlopsconsole.runtime.internal.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.mlopsconsole.runtime.LocalRuntime;

/** Server health and metadata, and the OpenAPI document. */
final class HealthEndpoints implements EndpointGroup {

    static final List<String> EXTENSIONS = List.of("binary_tensor_data", "model_repository", "statistics");

    private final LocalRuntime runtime;
    private final Responses responses;

    HealthEndpoints(LocalRuntime runtime, Responses responses) {
        this.runtime = runtime;
        this.responses = responses;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/v2/health/live", ctx -> health(ctx, "live", runtime.live()));
        routes.get("/v2/health/ready", ctx -> health(ctx, "ready", runtime.ready()));
        routes.get("/v2", this::serverMetadata);
        routes.get("/openapi.json", this::openApi);
    }

    private void health(Context ctx, String field, boolean value) {
        responses.json(ctx, value ? 200 : 400, responses.object().put(field, value));
    }

    private void serverMetadata(Context ctx) {
        ObjectNode body = responses.object();
        body.put("name", "mlops-console-runtime");
        body.put("version", RuntimeVersion.version());
        ArrayNode extensions = body.putArray("extensions");
        EXTENSIONS.forEach(extensions::add);
        responses.json(ctx, 200, body);
    }

    private void openApi(Context ctx) {
        try (InputStream in = HealthEndpoints.class.getResourceAsStream("openapi.json")) {
            ctx.status(200).contentType(Responses.JSON).result(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
