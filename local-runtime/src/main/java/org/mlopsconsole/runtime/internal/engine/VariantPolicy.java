package org.mlopsconsole.runtime.internal.engine;

import java.util.Arrays;
import java.util.Optional;
import org.mlopsconsole.runtime.ModelConfig.VariantGroup;

/**
 * Model switching under a latency objective: stays on the most accurate variant while the recent
 * p95 meets the SLO, steps to the next faster one when the p95 or the queue says it would not, and
 * steps back only once the p95 is well under the SLO (switch_back_ratio) with an empty queue. Each
 * switch starts a fresh window, so a decision rests on the new variant's own latencies.
 */
final class VariantPolicy {

    /** Samples needed before any decision. */
    static final int MIN_SAMPLES = 20;

    private final VariantGroup group;
    private final long[] window;
    private int samples;
    private int next;
    private int current;

    record Switch(String from, String to, String reason) {}

    VariantPolicy(VariantGroup group) {
        this.group = group;
        this.window = new long[group.window()];
    }

    VariantGroup group() {
        return group;
    }

    synchronized String current() {
        return group.members().get(current).model();
    }

    /** Records one answered request of the current variant; says when to switch. */
    synchronized Optional<Switch> observe(String variant, long latencyNanos, int queueDepth) {
        if (!variant.equals(current())) {
            return Optional.empty();
        }
        window[next] = latencyNanos;
        next = (next + 1) % window.length;
        samples = Math.min(samples + 1, window.length);
        double p95Millis = p95Nanos() / 1e6;
        boolean queueFull = queueDepth >= group.maxQueueDepth();
        if (current < group.members().size() - 1
                && (queueFull || (samples >= MIN_SAMPLES && p95Millis > group.latencySloMillis()))) {
            String reason = queueFull
                    ? String.format(
                            java.util.Locale.ROOT, "queue depth %d reached %d", queueDepth, group.maxQueueDepth())
                    : String.format(
                            java.util.Locale.ROOT,
                            "p95 %.1f ms over the SLO of %.1f ms",
                            p95Millis,
                            group.latencySloMillis());
            return Optional.of(move(+1, reason));
        }
        if (current > 0
                && samples >= MIN_SAMPLES
                && queueDepth == 0
                && p95Millis < group.latencySloMillis() * group.switchBackRatio()) {
            return Optional.of(move(
                    -1,
                    String.format(
                            java.util.Locale.ROOT,
                            "p95 %.1f ms under %.0f %% of the SLO",
                            p95Millis,
                            group.switchBackRatio() * 100)));
        }
        return Optional.empty();
    }

    private Switch move(int step, String reason) {
        String from = current();
        current += step;
        samples = 0;
        next = 0;
        return new Switch(from, current(), reason);
    }

    private long p95Nanos() {
        long[] recent = Arrays.copyOf(window, samples);
        Arrays.sort(recent);
        return recent.length == 0 ? 0 : recent[(int) Math.ceil(recent.length * 0.95) - 1];
    }
}
