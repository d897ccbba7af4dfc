package org.mlopsconsole.runtime.internal.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.function.Supplier;
import org.mlopsconsole.runtime.internal.metrics.MetricsEngine;

/** {@code GET /metrics}: Prometheus' text format, a read like the others (same guard and token). */
final class MetricsEndpoints implements EndpointGroup {

    private final Optional<Supplier<String>> scrape;
    private final Responses responses;

    MetricsEndpoints(Optional<Supplier<String>> scrape, Responses responses) {
        this.scrape = scrape;
        this.responses = responses;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/metrics", this::metrics);
    }

    private void metrics(Context ctx) {
        if (scrape.isEmpty()) {
            responses.error(ctx, 404, "this server was started without metrics");
            return;
        }
        ctx.status(200)
                .contentType(MetricsEngine.CONTENT_TYPE)
                .result(scrape.get().get());
    }
}
