package org.mlopsconsole.runtime.internal.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mlopsconsole.runtime.InvalidInputException;
import org.mlopsconsole.runtime.ServerLimits;
import org.mlopsconsole.runtime.predictions.OutcomeWindow;
import org.mlopsconsole.runtime.predictions.Outcomes;
import org.mlopsconsole.runtime.predictions.PredictionLog;
import org.mlopsconsole.runtime.predictions.PredictionQuery;
import org.mlopsconsole.runtime.predictions.PredictionRecord;
import org.mlopsconsole.runtime.predictions.internal.PredictionJsonCodec;

/**
 * The prediction log's endpoints: outcomes in, quality per window and logged requests out. A
 * server started without a log answers them 404, saying how to turn it on.
 */
final class PredictionEndpoints implements EndpointGroup {

    private static final Pattern WINDOW = Pattern.compile("(\\d{1,9})(s|m|h|d)");
    private static final int DEFAULT_LIMIT = 100;
    private static final int MAX_LIMIT = 10_000;

    private final Optional<PredictionLog> log;
    private final Responses responses;
    private final ServerLimits limits;
    private final PredictionJsonCodec json = new PredictionJsonCodec();

    PredictionEndpoints(Optional<PredictionLog> log, Responses responses, ServerLimits limits) {
        this.log = log;
        this.responses = responses;
        this.limits = limits;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/v2/models/{model}/outcomes", this::outcomes);
        routes.get("/v2/models/{model}/outcomes/summary", this::summary);
        routes.get("/v2/models/{model}/predictions", this::predictions);
        routes.get("/v2/predictions/stats", this::stats);
    }

    private void outcomes(Context ctx) throws IOException {
        PredictionLog predictions = log();
        byte[] body;
        try (InputStream in = RequestBody.open(ctx, limits)) {
            body = in.readAllBytes();
        }
        List<Outcomes.Reported> reported = json.reported(body);
        responses.json(ctx, 200, json.report(predictions.outcomes().record(Paths.model(ctx), reported)));
    }

    private void summary(Context ctx) {
        PredictionLog predictions = log();
        String windowText = Optional.ofNullable(ctx.queryParam("window")).orElse("1h");
        Duration window = window(windowText);
        int count = integer(ctx, "windows", 1, Outcomes.MAX_WINDOWS, 1);
        List<OutcomeWindow> windows = predictions.outcomes().summary(Paths.model(ctx), window, count);
        ObjectNode body = responses.object();
        body.put("model", Paths.model(ctx));
        body.put("window", windowText);
        ArrayNode all = body.putArray("windows");
        windows.forEach(each -> all.add(json.window(each)));
        responses.json(ctx, 200, body);
    }

    private void predictions(Context ctx) {
        PredictionLog predictions = log();
        Instant until = instant(ctx, "until").orElse(Instant.now().plusSeconds(1));
        Instant since = instant(ctx, "since").orElse(Instant.EPOCH);
        if (!since.isBefore(until)) {
            throw new InvalidInputException("'since' (" + since + ") must be before 'until' (" + until + ")");
        }
        Set<String> ids = Set.copyOf(ctx.queryParams("id"));
        int limit = integer(ctx, "limit", 1, MAX_LIMIT, DEFAULT_LIMIT);
        List<PredictionRecord> found =
                predictions.store().find(new PredictionQuery(Paths.model(ctx), since, until, ids, limit));
        ObjectNode body = responses.object();
        ArrayNode all = body.putArray("predictions");
        found.forEach(record -> all.add(json.record(record)));
        responses.json(ctx, 200, body);
    }

    private void stats(Context ctx) {
        PredictionLog.Stats stats = log().stats();
        responses.json(
                ctx,
                200,
                responses
                        .object()
                        .put("logged", stats.logged())
                        .put("written", stats.written())
                        .put("dropped", stats.dropped())
                        .put("sampled_out", stats.sampledOut())
                        .put("failed", stats.failed())
                        .put("queued", stats.queued()));
    }

    private PredictionLog log() {
        return log.orElseThrow(() -> new HttpError(
                404, "this server keeps no prediction log; start it with --prediction-log DIR (see docs/runtime.md)"));
    }

    /** Reads 30s, 15m, 1h, 7d or an ISO-8601 duration such as PT1H. */
    static Duration window(String text) {
        Matcher matcher = WINDOW.matcher(text.trim());
        if (matcher.matches()) {
            long amount = Long.parseLong(matcher.group(1));
            Duration window = switch (matcher.group(2)) {
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
            if (!window.isZero()) {
                return window;
            }
        }
        try {
            Duration window = Duration.parse(text.trim());
            if (!window.isNegative() && !window.isZero()) {
                return window;
            }
        } catch (DateTimeParseException e) {
            // answered below
        }
        throw new InvalidInputException(
                "window '" + text + "' is not a positive interval; write e.g. 15m, 1h, 7d or PT1H");
    }

    private static int integer(Context ctx, String name, int min, int max, int fallback) {
        String text = ctx.queryParam(name);
        if (text == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidInputException(
                "'" + name + "' must be a whole number from " + min + " to " + max + ", not '" + text + "'");
    }

    private static Optional<Instant> instant(Context ctx, String name) {
        String text = ctx.queryParam(name);
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(text.trim()));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(
                    "'" + name + "' must be a UTC time such as 2026-12-01T10:00:00Z, not '" + text + "'");
        }
    }
}
