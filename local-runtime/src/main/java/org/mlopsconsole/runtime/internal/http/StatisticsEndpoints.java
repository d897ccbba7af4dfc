package org.mlopsconsole.runtime.internal.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.mlopsconsole.runtime.LocalRuntime;
import org.mlopsconsole.runtime.ModelStatistics;

/** Triton's statistics extension, field by field as its protocol document names them. */
final class StatisticsEndpoints implements EndpointGroup {

    private final LocalRuntime runtime;
    private final Responses responses;

    StatisticsEndpoints(LocalRuntime runtime, Responses responses) {
        this.runtime = runtime;
        this.responses = responses;
    }

    /** Registered before the model endpoints: /v2/models/{model} would take "stats" for a name. */
    @Override
    public void register(RoutesConfig routes) {
        routes.get("/v2/models/stats", ctx -> statistics(ctx, Optional.empty(), OptionalLong.empty()));
        routes.get(
                "/v2/models/{model}/stats",
                ctx -> statistics(ctx, Optional.of(Paths.model(ctx)), OptionalLong.empty()));
        routes.get(
                "/v2/models/{model}/versions/{version}/stats",
                ctx -> statistics(ctx, Optional.of(Paths.model(ctx)), Paths.version(ctx)));
    }

    private void statistics(Context ctx, Optional<String> model, OptionalLong version) {
        ObjectNode body = responses.object();
        ArrayNode all = body.putArray("model_stats");
        for (ModelStatistics stats : runtime.statistics(model, version)) {
            ObjectNode node = all.addObject();
            node.put("name", stats.name());
            node.put("version", Long.toString(stats.version()));
            node.put("last_inference", stats.lastInferenceMillis());
            node.put("inference_count", stats.inferenceCount());
            node.put("execution_count", stats.executionCount());
            ObjectNode inference = node.putObject("inference_stats");
            duration(inference, "success", stats.success());
            duration(inference, "fail", stats.fail());
            duration(inference, "queue", stats.queue());
            duration(inference, "compute_input", stats.computeInput());
            duration(inference, "compute_infer", stats.computeInfer());
            duration(inference, "compute_output", stats.computeOutput());
            duration(inference, "cache_hit", stats.cacheHit());
            duration(inference, "cache_miss", stats.cacheMiss());
            ArrayNode batches = node.putArray("batch_stats");
            stats.batchCounts().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(entry -> batches.addObject()
                            .put("batch_size", entry.getKey())
                            .put("execution_count", entry.getValue()));
        }
        responses.json(ctx, 200, body);
    }

    private static void duration(ObjectNode parent, String name, ModelStatistics.Duration duration) {
        parent.putObject(name).put("count", duration.count()).put("ns", duration.ns());
    }
}
