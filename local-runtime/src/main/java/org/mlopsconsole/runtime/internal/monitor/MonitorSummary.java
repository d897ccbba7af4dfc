package org.mlopsconsole.runtime.internal.monitor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * The figures `monitor` prints: rates and latency percentiles over the time between two readings
 * (since the server started counting, for the first reading), the queue, batch size and process.
 */
public record MonitorSummary(
        ServerReading now,
        Duration over,
        boolean sinceStart,
        double requestsPerSecond,
        double failuresPerSecond,
        OptionalDouble p50Millis,
        OptionalDouble p95Millis,
        OptionalDouble p99Millis,
        OptionalDouble meanBatchSize) {

    public static MonitorSummary of(Optional<ServerReading> previous, ServerReading now) {
        ServerReading before = previous.orElse(null);
        Duration over = before == null ? Duration.ZERO : Duration.between(before.at(), now.at());
        double seconds = over.toNanos() / 1e9;
        NavigableMap<Double, Double> buckets = before == null ? now.requestBuckets() : minus(now, before);
        double batches = now.batchCount() - (before == null ? 0 : before.batchCount());
        double batchRows = now.batchSum() - (before == null ? 0 : before.batchSum());
        return new MonitorSummary(
                now,
                over,
                before == null,
                seconds > 0 ? Math.max(0, now.successes() - before.successes()) / seconds : 0,
                seconds > 0 ? Math.max(0, now.failures() - before.failures()) / seconds : 0,
                quantile(buckets, 0.50),
                quantile(buckets, 0.95),
                quantile(buckets, 0.99),
                batches > 0 ? OptionalDouble.of(batchRows / batches) : OptionalDouble.empty());
    }

    /** Lines of text, the same whether they refresh in place or follow one another. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        String window = sinceStart ? "since start" : String.format(Locale.ROOT, "last %.1f s", over.toMillis() / 1e3);
        lines.add(String.format(
                Locale.ROOT,
                "%s  model %s (versions %s)",
                now.at().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                now.model(),
                now.versions().isEmpty() ? "none ready" : String.join(", ", now.versions())));
        lines.add(String.format(
                Locale.ROOT,
                "  requests  %.1f/s ok, %.1f/s failed (%s); total %d ok, %d failed",
                requestsPerSecond,
                failuresPerSecond,
                window,
                (long) now.successes(),
                (long) now.failures()));
        lines.add(String.format(
                Locale.ROOT,
                "  latency   p50 %s  p95 %s  p99 %s (%s)",
                millis(p50Millis),
                millis(p95Millis),
                millis(p99Millis),
                window));
        lines.add(String.format(
                Locale.ROOT,
                "  queue     %d pending; batch size %s",
                (long) now.pending(),
                meanBatchSize.isPresent() ? String.format(Locale.ROOT, "%.1f", meanBatchSize.getAsDouble()) : "-"));
        lines.add(String.format(
                Locale.ROOT,
                "  process   CPU %s  RSS %s",
                now.cpuUsage().isPresent()
                        ? String.format(
                                Locale.ROOT, "%.0f %%", 100 * now.cpuUsage().getAsDouble())
                        : "-",
                now.residentBytes().isPresent()
                        ? String.format(
                                Locale.ROOT, "%.0f MiB", now.residentBytes().getAsDouble() / (1 << 20))
                        : "-"));
        return lines;
    }

    private static String millis(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "<= %.2f ms", value.getAsDouble()) : "-";
    }

    private static NavigableMap<Double, Double> minus(ServerReading now, ServerReading before) {
        NavigableMap<Double, Double> delta = new TreeMap<>();
        for (Map.Entry<Double, Double> bucket : now.requestBuckets().entrySet()) {
            double earlier = before.requestBuckets().getOrDefault(bucket.getKey(), 0.0);
            delta.put(bucket.getKey(), Math.max(0, bucket.getValue() - earlier));
        }
        return delta;
    }

    /**
     * The upper bound (ms) of the bucket holding the quantile, as a histogram tells it; the largest
     * finite bound when it falls in +Inf. Empty without requests.
     */
    static OptionalDouble quantile(NavigableMap<Double, Double> cumulative, double q) {
        double total = cumulative.isEmpty() ? 0 : cumulative.lastEntry().getValue();
        if (total <= 0) {
            return OptionalDouble.empty();
        }
        double rank = q * total;
        double lastFinite = 0;
        for (Map.Entry<Double, Double> bucket : cumulative.entrySet()) {
            if (Double.isFinite(bucket.getKey())) {
                lastFinite = bucket.getKey();
            }
            if (bucket.getValue() >= rank) {
                return OptionalDouble.of(1000 * (Double.isFinite(bucket.getKey()) ? bucket.getKey() : lastFinite));
            }
        }
        return OptionalDouble.of(1000 * lastFinite);
    }
}
