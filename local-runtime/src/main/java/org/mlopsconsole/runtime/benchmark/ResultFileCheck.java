package org.mlopsconsole.runtime.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The fields a result file must have for its figures to mean anything, each problem named by where
 * it is ({@code points[2].latencyMs.p99}), so a hand-edited or truncated file is refused with the
 * place to fix rather than read as zeros.
 */
final class ResultFileCheck {

    /** Enough to find the fault; a file broken everywhere need not list every point. */
    private static final int MAX_PROBLEMS = 8;

    private static final List<String> PERCENTILES = List.of("p50", "p90", "p95", "p99", "max");

    private ResultFileCheck() {}

    static List<String> problems(JsonNode root) {
        List<String> problems = new ArrayList<>();
        JsonNode started = root.path("startedAt");
        try {
            Instant.parse(started.asText());
        } catch (DateTimeParseException e) {
            problems.add("startedAt: " + (started.isMissingNode() ? "missing" : "'" + started.asText() + "'")
                    + " is not an ISO-8601 instant");
        }
        JsonNode fingerprint = root.path("fingerprint");
        if (!fingerprint.isObject()) {
            problems.add("fingerprint: missing");
        } else {
            for (String field : List.of("cpuModel", "os", "target")) {
                if (!fingerprint.path(field).isTextual()) {
                    problems.add("fingerprint." + field + ": missing or not text");
                }
            }
        }
        JsonNode points = root.path("points");
        if (!points.isArray()) {
            problems.add("points: missing or not a list");
        } else {
            for (int i = 0; i < points.size(); i++) {
                point(points.get(i), "points[" + i + "]", problems);
            }
        }
        JsonNode best = root.path("best");
        if (!best.isMissingNode() && !(best.isInt() && best.asInt() >= 0 && best.asInt() < points.size())) {
            problems.add("best: " + best + " is not the index of a point");
        }
        return problems.size() > MAX_PROBLEMS ? List.copyOf(problems.subList(0, MAX_PROBLEMS)) : List.copyOf(problems);
    }

    private static void point(JsonNode point, String at, List<String> problems) {
        if (!point.isObject()) {
            problems.add(at + ": not an object");
            return;
        }
        if (point.has("concurrency")) {
            if (!(point.get("concurrency").isInt() && point.get("concurrency").asInt() >= 1)) {
                problems.add(at + ".concurrency: must be a whole number of at least 1");
            }
        } else if (point.has("requestRate")) {
            if (!(point.get("requestRate").isNumber()
                    && point.get("requestRate").asDouble() > 0)) {
                problems.add(at + ".requestRate: must be a number above 0");
            }
            String arrivals = point.path("arrivals").asText("constant").toUpperCase(Locale.ROOT);
            if (!List.of("CONSTANT", "POISSON").contains(arrivals)) {
                problems.add(at + ".arrivals: '" + point.path("arrivals").asText() + "' is not constant or poisson");
            }
        } else {
            problems.add(at + ": has neither concurrency nor requestRate");
        }
        if (point.has("batch")
                && !(point.get("batch").isInt() && point.get("batch").asInt() >= 1)) {
            problems.add(at + ".batch: must be a whole number of at least 1");
        }
        number(point, "throughput", at, problems);
        JsonNode latency = point.path("latencyMs");
        if (!latency.isObject()) {
            problems.add(at + ".latencyMs: missing");
        } else {
            PERCENTILES.forEach(p -> number(latency, p, at + ".latencyMs", problems));
        }
        if (!point.path("stable").isBoolean()) {
            problems.add(at + ".stable: missing or not true/false");
        }
        JsonNode session = point.path("session");
        if (session.isObject()) {
            known(session, "optimization", SessionSettings.GraphOptimization.class, at, problems);
            known(session, "provider", SessionSettings.ExecutionProvider.class, at, problems);
        }
    }

    private static void number(JsonNode node, String field, String at, List<String> problems) {
        if (!node.path(field).isNumber()) {
            problems.add(at + "." + field + ": missing or not a number");
        }
    }

    private static <E extends Enum<E>> void known(
            JsonNode session, String field, Class<E> type, String at, List<String> problems) {
        String value = session.path(field).asText();
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value)) {
                return;
            }
        }
        problems.add(at + ".session." + field + ": '" + value + "' is not one of "
                + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT));
    }
}
