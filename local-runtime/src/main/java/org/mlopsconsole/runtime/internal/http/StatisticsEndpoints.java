package org.mlopsconsole.runtime.internal.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
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
            ModelStatistics.InferenceStats counts = stats.inferenceStats();
            duration(inference, "success", counts.success());
            duration(inference, "fail", counts.fail());
            duration(inference, "queue", counts.queue());
            duration(inference, "compute_input", counts.computeInput());
            duration(inference, "compute_infer", counts.computeInfer());
            duration(inference, "compute_output", counts.computeOutput());
            duration(inference, "cache_hit", counts.cacheHit());
            duration(inference, "cache_miss", counts.cacheMiss());
            ObjectNode byResponse = node.putObject("response_stats");
            stats.responseStats().forEach((key, response) -> {
                ObjectNode each = byResponse.putObject(key);
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
        responses.json(ctx, 200, body);
    }

    private static void duration(ObjectNode parent, String name, ModelStatistics.Duration duration) {
        parent.putObject(name).put("count", duration.count()).put("ns", duration.ns());
    }
}
