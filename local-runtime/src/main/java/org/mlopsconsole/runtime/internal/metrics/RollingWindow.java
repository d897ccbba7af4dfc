package org.mlopsconsole.runtime.internal.metrics;

import java.time.Duration;
import java.util.function.LongSupplier;
import org.HdrHistogram.Histogram;
import org.mlopsconsole.runtime.metrics.MetricsSnapshot;

/**
 * The recent past of one model version in one-second slots, for the figures a UI polls (throughput,
 * latency percentiles, batch size, errors over the last {@link #SECONDS} seconds). Written by the
 * runtime's observer thread, read by whoever polls; both hold the window's lock only briefly.
 */
final class RollingWindow {

    static final int SECONDS = 10;
    private static final long HIGHEST_MICROS = 3_600_000_000L;

    private final LongSupplier clockMillis;
    private final Slot[] slots = new Slot[SECONDS];
    private final Histogram merged = new Histogram(HIGHEST_MICROS, 2);
    private final long startedSecond;

    RollingWindow(LongSupplier clockMillis) {
        this.clockMillis = clockMillis;
        for (int i = 0; i < SECONDS; i++) {
            slots[i] = new Slot();
        }
        this.startedSecond = clockMillis.getAsLong() / 1000;
    }

    synchronized void answered(long totalMicros) {
        Slot slot = current();
        slot.answered++;
        slot.latency.recordValue(Math.min(Math.max(totalMicros, 0), HIGHEST_MICROS));
    }

    synchronized void failed() {
        current().failed++;
    }

    synchronized void batch(int rows) {
        Slot slot = current();
        slot.batches++;
        slot.batchRows += rows;
    }

    /** The figures over the last seconds (fewer while the window is younger than that). */
    synchronized MetricsSnapshot.Recent figures() {
        long now = clockMillis.getAsLong() / 1000;
        merged.reset();
        long answered = 0;
        long failed = 0;
        long batches = 0;
        long rows = 0;
        for (Slot slot : slots) {
            if (now - slot.second < SECONDS) {
                answered += slot.answered;
                failed += slot.failed;
                batches += slot.batches;
                rows += slot.batchRows;
                merged.add(slot.latency);
            }
        }
        double seconds = Math.max(1, Math.min(SECONDS, now - startedSecond + 1));
        return new MetricsSnapshot.Recent(
                Duration.ofSeconds(SECONDS),
                answered / seconds,
                failed / seconds,
                answered == 0 ? 0 : microsToMillis(merged.getValueAtPercentile(50)),
                answered == 0 ? 0 : microsToMillis(merged.getValueAtPercentile(95)),
                answered == 0 ? 0 : microsToMillis(merged.getValueAtPercentile(99)),
                batches == 0 ? 0 : (double) rows / batches);
    }

    private static double microsToMillis(long micros) {
        return micros / 1000.0;
    }

    private Slot current() {
        long second = clockMillis.getAsLong() / 1000;
        Slot slot = slots[(int) Math.floorMod(second, (long) SECONDS)];
        if (slot.second != second) {
            slot.reset(second);
        }
        return slot;
    }

    private static final class Slot {
        long second = Long.MIN_VALUE;
        long answered;
        long failed;
        long batches;
        long batchRows;
        final Histogram latency = new Histogram(HIGHEST_MICROS, 2);

        void reset(long newSecond) {
            second = newSecond;
            answered = 0;
            failed = 0;
            batches = 0;
            batchRows = 0;
            latency.reset();
        }
    }
}
