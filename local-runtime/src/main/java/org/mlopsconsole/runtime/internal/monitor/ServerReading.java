package org.mlopsconsole.runtime.internal.monitor;

import java.time.Instant;
import java.util.List;
import java.util.NavigableMap;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * What one scrape of /metrics says about one model (all its versions together) and the process:
 * cumulative counts, histogram buckets, and the gauges.
 *
 * @param requestBuckets the request duration histogram's cumulative counts by upper bound (s)
 */
public record ServerReading(
        Instant at,
        String model,
        double successes,
        double failures,
        double pending,
        NavigableMap<Double, Double> requestBuckets,
        double batchSum,
        double batchCount,
        OptionalDouble cpuUsage,
        OptionalDouble residentBytes,
        List<String> versions) {

    static final String SUCCESS = "nv_inference_request_success_total";
    static final String FAILURE = "nv_inference_request_failure_total";
    static final String PENDING = "nv_inference_pending_request_count";
    static final String REQUEST_BUCKETS = "mlops_inference_request_duration_seconds_bucket";
    static final String BATCH_SUM = "mlops_inference_batch_size_sum";
    static final String BATCH_COUNT = "mlops_inference_batch_size_count";

    public ServerReading {
        requestBuckets = new TreeMap<>(requestBuckets);
        versions = List.copyOf(versions);
    }

    public static ServerReading of(Instant at, String model, PrometheusSamples metrics, List<String> versions) {
        Predicate<PrometheusSamples.Sample> ofModel = s -> s.label("model").equals(model);
        NavigableMap<Double, Double> buckets = new TreeMap<>();
        for (PrometheusSamples.Sample bucket : metrics.named(REQUEST_BUCKETS, ofModel)) {
            buckets.merge(bound(bucket.label("le")), bucket.value(), Double::sum);
        }
        return new ServerReading(
                at,
                model,
                metrics.sum(SUCCESS, ofModel),
                metrics.sum(FAILURE, ofModel),
                metrics.sum(PENDING, ofModel),
                buckets,
                metrics.sum(BATCH_SUM, ofModel),
                metrics.sum(BATCH_COUNT, ofModel),
                gauge(metrics, "process_cpu_usage"),
                gauge(metrics, "process_resident_memory_bytes"),
                versions);
    }

    private static OptionalDouble gauge(PrometheusSamples metrics, String name) {
        return metrics.named(name, s -> true).stream()
                .mapToDouble(PrometheusSamples.Sample::value)
                .findFirst();
    }

    private static double bound(String le) {
        return le.equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(le);
    }
}
