package org.mlopsconsole.runtime.internal.metrics;

import java.time.Duration;

/**
 * The names /metrics exposes. Triton's where Triton has one (its docs/user_guide/metrics.md);
 * Prometheus adds {@code _total} to every counter. The rest start with {@code mlops_}.
 */
final class MeterNames {

    static final String SUCCESS = "nv_inference_request_success";
    static final String FAILURE = "nv_inference_request_failure";
    static final String INFERENCES = "nv_inference_count";
    static final String EXECUTIONS = "nv_inference_exec_count";
    static final String PENDING = "nv_inference_pending_request_count";
    static final String REQUEST_US = "nv_inference_request_duration_us";
    static final String QUEUE_US = "nv_inference_queue_duration_us";
    static final String COMPUTE_INPUT_US = "nv_inference_compute_input_duration_us";
    static final String COMPUTE_INFER_US = "nv_inference_compute_infer_duration_us";
    static final String COMPUTE_OUTPUT_US = "nv_inference_compute_output_duration_us";
    static final String CACHE_HITS = "nv_cache_num_hits_per_model";
    static final String CACHE_MISSES = "nv_cache_num_misses_per_model";

    /** Histograms (Micrometer timers: the base unit, seconds, is added to the name). */
    static final String REQUEST_HISTOGRAM = "mlops_inference_request_duration";

    static final String QUEUE_HISTOGRAM = "mlops_inference_queue_duration";
    static final String BATCH_HISTOGRAM = "mlops_inference_batch_size";

    static final String LOAD_DURATION = "mlops_model_load_duration";
    static final String LOAD_FAILURES = "mlops_model_load_failure";
    static final String VARIANT_SWITCHES = "mlops_variant_switch";
    static final String OBSERVER_DROPS = "mlops_observer_events_dropped";
    static final String LOG_WRITTEN = "mlops_prediction_log_written";
    static final String LOG_DROPPED = "mlops_prediction_log_dropped";
    static final String LOG_FAILED = "mlops_prediction_log_failed";
    static final String EVENTS_SENT = "mlops_prediction_events_sent";
    static final String EVENTS_DROPPED = "mlops_prediction_events_dropped";
    static final String EVENTS_FAILED = "mlops_prediction_events_failed";
    static final String RSS = "process_resident_memory_bytes";
    static final String REPOSITORY_SIZE = "mlops_repository_size_bytes";
    static final String DISK_USED = "mlops_repository_disk_used_bytes";
    static final String DISK_FREE = "mlops_repository_disk_free_bytes";
    static final String ALERT_ACTIVE = "mlops_alert_active";

    static final String MODEL = "model";
    static final String VERSION = "version";
    static final String REASON = "reason";

    /** Request and queue latency buckets, from a cache hit to a slow transformer on a busy CPU. */
    static final Duration[] LATENCY_BUCKETS = {
        Duration.ofNanos(100_000),
        Duration.ofNanos(250_000),
        Duration.ofNanos(500_000),
        Duration.ofMillis(1),
        Duration.ofNanos(2_500_000),
        Duration.ofMillis(5),
        Duration.ofMillis(10),
        Duration.ofMillis(25),
        Duration.ofMillis(50),
        Duration.ofMillis(100),
        Duration.ofMillis(250),
        Duration.ofMillis(500),
        Duration.ofSeconds(1),
        Duration.ofNanos(2_500_000_000L),
        Duration.ofSeconds(5),
        Duration.ofSeconds(10)
    };

    static final Duration[] LOAD_BUCKETS = {
        Duration.ofMillis(100),
        Duration.ofMillis(250),
        Duration.ofMillis(500),
        Duration.ofSeconds(1),
        Duration.ofNanos(2_500_000_000L),
        Duration.ofSeconds(5),
        Duration.ofSeconds(10),
        Duration.ofSeconds(30),
        Duration.ofSeconds(60),
        Duration.ofSeconds(120)
    };

    static final double[] BATCH_BUCKETS = {1, 2, 4, 8, 16, 32, 64, 128, 256};

    private MeterNames() {}
}
