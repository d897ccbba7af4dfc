package org.mlopsconsole.runtime.internal.benchmark;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.SingleWriterRecorder;

/**
 * Latencies recorded by many threads, each into its own single-writer recorder, and read as one
 * interval histogram. One shared {@code Recorder} made 16 client threads contend on its phaser's
 * counters: a JFR profile of a served MiniLM at concurrency 16 found more than half of the
 * generator's own samples there.
 */
final class PerThreadRecorder {

    private final List<SingleWriterRecorder> recorders = new CopyOnWriteArrayList<>();
    private final ThreadLocal<SingleWriterRecorder> own = ThreadLocal.withInitial(this::register);

    private SingleWriterRecorder register() {
        SingleWriterRecorder recorder = new SingleWriterRecorder(3);
        recorders.add(recorder);
        return recorder;
    }

    void recordValue(long nanos) {
        own.get().recordValue(nanos);
    }

    /** What every thread recorded since the last call. */
    Histogram intervalHistogram() {
        Histogram interval = new Histogram(3);
        for (SingleWriterRecorder recorder : recorders) {
            interval.add(recorder.getIntervalHistogram());
        }
        return interval;
    }
}
