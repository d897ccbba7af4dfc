package org.mlopsconsole.runtime.internal.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.mlopsconsole.runtime.benchmark.BenchProgress;
import org.mlopsconsole.runtime.benchmark.Latency;
import org.mlopsconsole.runtime.benchmark.LoadPoint;
import org.mlopsconsole.runtime.benchmark.MeasurementSettings;
import org.mlopsconsole.runtime.benchmark.PointResult;
import org.mlopsconsole.runtime.benchmark.ServerSplit;
import org.mlopsconsole.runtime.benchmark.SessionSettings;

/**
 * Drives one load point against a target and measures it the way perf_analyzer does: a warmup,
 * then back-to-back time windows (the load never pauses between them) until the last ones agree
 * or the trials run out. Latencies go into HdrHistogram recorders (one per thread), one interval
 * per window.
 */
public final class LoadGenerator implements AutoCloseable {

    /** Requests due in the open loop beyond this many waiting are counted as errors, not queued. */
    static final int MAX_BACKLOG = 100_000;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final TargetClient client;
    private final List<Object> prepared;
    private final int batch;
    private final MeasurementSettings settings;
    private final PerThreadRecorder latency = new PerThreadRecorder();
    private final PerThreadRecorder service = new PerThreadRecorder();
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    /** The threads the generator made (clients, dispatcher, open-loop workers): their CPU is its own. */
    private final List<Thread> threads = new CopyOnWriteArrayList<>();
    /** The clients and the dispatcher, which stop when the point ends. */
    private final List<Thread> loopThreads = new CopyOnWriteArrayList<>();

    private final AtomicLong sequence = new AtomicLong();
    private volatile boolean stopping;
    private ThreadPoolExecutor workers;

    private LoadGenerator(TargetClient client, List<Object> prepared, int batch, MeasurementSettings settings) {
        this.client = client;
        this.prepared = List.copyOf(prepared);
        this.batch = batch;
        this.settings = settings;
    }

    /** One measured window. */
    record Window(
            Histogram latency,
            Histogram service,
            long elapsedNanos,
            Map<String, Long> errors,
            long cpuNanos,
            Optional<StatisticsSnapshot> statistics) {

        StabilityRule.WindowFigures figures(int batch) {
            return new StabilityRule.WindowFigures(
                    latency.getTotalCount() * batch * 1e9 / elapsedNanos, latency.getValueAtPercentile(95) / 1e6);
        }
    }

    /** Measures {@code load} with {@code prepared} requests sent round robin. */
    public static PointResult measure(
            TargetClient client,
            List<Object> prepared,
            LoadPoint load,
            int batch,
            Optional<SessionSettings> session,
            MeasurementSettings settings,
            BenchProgress progress)
            throws InterruptedException {
        try (LoadGenerator generator = new LoadGenerator(client, prepared, batch, settings)) {
            return generator.run(load, session, progress);
        }
    }

    private PointResult run(LoadPoint load, Optional<SessionSettings> session, BenchProgress progress)
            throws InterruptedException {
        start(load);
        sleep(settings.warmup());
        latency.intervalHistogram();
        service.intervalHistogram();
        Map<String, Long> errorsBefore = errorCounts();
        long cpuBefore = cpuNanos();
        Optional<StatisticsSnapshot> statisticsBefore = client.statistics();
        long windowStart = System.nanoTime();
        List<Window> windows = new ArrayList<>();
        List<StabilityRule.WindowFigures> figures = new ArrayList<>();
        boolean stable = false;
        while (!stable && windows.size() < settings.maxTrials()) {
            sleep(settings.window());
            Histogram windowLatency = latency.intervalHistogram();
            Histogram windowService = service.intervalHistogram();
            long now = System.nanoTime();
            Map<String, Long> errorsNow = errorCounts();
            long cpuNow = cpuNanos();
            Window window = new Window(
                    windowLatency,
                    windowService,
                    now - windowStart,
                    difference(errorsNow, errorsBefore),
                    Math.max(0, cpuNow - cpuBefore),
                    client.statistics());
            windowStart = now;
            errorsBefore = errorsNow;
            cpuBefore = cpuNow;
            windows.add(window);
            figures.add(window.figures(batch));
            progress.windowMeasured(
                    windows.size(),
                    figures.get(figures.size() - 1).throughput(),
                    figures.get(figures.size() - 1).p95Ms());
            stable = StabilityRule.stable(figures, settings.stableWindows(), settings.tolerance());
        }
        stop();
        return summarize(load, session, windows, statisticsBefore, stable);
    }

    private PointResult summarize(
            LoadPoint load,
            Optional<SessionSettings> session,
            List<Window> windows,
            Optional<StatisticsSnapshot> statisticsBefore,
            boolean stable) {
        int kept = Math.min(settings.stableWindows(), windows.size());
        List<Window> last = windows.subList(windows.size() - kept, windows.size());
        Histogram latencies = new Histogram(3);
        Histogram services = new Histogram(3);
        long elapsed = 0;
        long cpu = 0;
        Map<String, Long> failed = new HashMap<>();
        for (Window window : last) {
            latencies.add(window.latency());
            services.add(window.service());
            elapsed += window.elapsedNanos();
            cpu += window.cpuNanos();
            window.errors().forEach((kind, count) -> failed.merge(kind, count, Long::sum));
        }
        long requests = latencies.getTotalCount();
        double seconds = elapsed / 1e9;
        Optional<StatisticsSnapshot> splitStart =
                windows.size() > kept ? windows.get(windows.size() - kept - 1).statistics() : statisticsBefore;
        Optional<ServerSplit> split = splitStart.flatMap(
                start -> last.get(last.size() - 1).statistics().flatMap(end -> end.since(start)));
        OptionalDouble cpuPerRequest = client.runsModelOnCallerThreads() || requests == 0
                ? OptionalDouble.empty()
                : OptionalDouble.of(cpu / 1e3 / requests);
        return new PointResult(
                load,
                batch,
                session,
                requests * batch / seconds,
                requests / seconds,
                requests,
                latency(latencies),
                latency(services),
                failed,
                stable,
                windows.size(),
                split,
                cpuPerRequest);
    }

    static Latency latency(Histogram histogram) {
        if (histogram.getTotalCount() == 0) {
            return Latency.NONE;
        }
        return new Latency(
                millis(histogram.getValueAtPercentile(50)),
                millis(histogram.getValueAtPercentile(90)),
                millis(histogram.getValueAtPercentile(95)),
                millis(histogram.getValueAtPercentile(99)),
                millis(histogram.getValueAtPercentile(99.9)),
                millis(histogram.getMaxValue()),
                histogram.getMean() / 1e6);
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    private void start(LoadPoint load) {
        if (load instanceof LoadPoint.Concurrency concurrency) {
            for (int i = 0; i < concurrency.clients(); i++) {
                startThread("bench-client-" + i, this::closedLoop);
            }
        } else if (load instanceof LoadPoint.RequestRate rate) {
            workers = new ThreadPoolExecutor(
                    settings.maxInFlight(),
                    settings.maxInFlight(),
                    1,
                    TimeUnit.MINUTES,
                    new LinkedBlockingQueue<>(),
                    runnable -> track(new Thread(runnable, "bench-worker")));
            ArrivalSchedule schedule = new ArrivalSchedule(rate, settings.seed());
            startThread("bench-dispatcher", () -> openLoop(schedule));
        }
    }

    /** Each client sends its next request as soon as the previous one answered. */
    private void closedLoop() {
        while (!stopping) {
            long now = System.nanoTime();
            once(now, now);
        }
    }

    /**
     * Starts requests on the schedule whatever the answers do. A request's latency runs from its
     * scheduled start, so one waiting for a free worker (or a stalled server) is charged that wait.
     */
    private void openLoop(ArrivalSchedule schedule) {
        long next = System.nanoTime();
        while (!stopping) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
                continue;
            }
            long scheduled = next;
            if (workers.getQueue().size() >= MAX_BACKLOG) {
                errors.computeIfAbsent("generator backlog", kind -> new LongAdder())
                        .increment();
            } else {
                workers.execute(() -> once(scheduled, System.nanoTime()));
            }
            next += schedule.nextGapNanos();
        }
    }

    private void once(long scheduled, long sent) {
        if (stopping) {
            return;
        }
        Object request = prepared.get((int) Math.floorMod(sequence.getAndIncrement(), (long) prepared.size()));
        try {
            client.call(request);
            long done = System.nanoTime();
            latency.recordValue(done - scheduled);
            service.recordValue(done - sent);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            if (!stopping) {
                errors.computeIfAbsent(ErrorKinds.of(e), kind -> new LongAdder())
                        .increment();
            }
        }
    }

    private void startThread(String name, Runnable body) {
        Thread thread = track(new Thread(body, name));
        loopThreads.add(thread);
        thread.start();
    }

    private Thread track(Thread thread) {
        thread.setDaemon(true);
        threads.add(thread);
        return thread;
    }

    /** CPU of the generator's threads and of the client's (read afresh: its pool may have grown). */
    private long cpuNanos() {
        long total = 0;
        List<Thread> counted = new ArrayList<>(threads);
        counted.addAll(client.ownThreads());
        for (Thread thread : counted) {
            long cpu = THREADS.getThreadCpuTime(thread.getId());
            total += Math.max(0, cpu);
        }
        return total;
    }

    private Map<String, Long> errorCounts() {
        Map<String, Long> counts = new HashMap<>();
        errors.forEach((kind, count) -> counts.put(kind, count.sum()));
        return counts;
    }

    private static Map<String, Long> difference(Map<String, Long> now, Map<String, Long> before) {
        Map<String, Long> difference = new HashMap<>();
        now.forEach((kind, count) -> {
            long delta = count - before.getOrDefault(kind, 0L);
            if (delta > 0) {
                difference.put(kind, delta);
            }
        });
        return difference;
    }

    private static void sleep(Duration duration) throws InterruptedException {
        if (!duration.isZero()) {
            Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
        }
    }

    private void stop() throws InterruptedException {
        stopping = true;
        if (workers != null) {
            workers.shutdownNow();
            workers.awaitTermination(settings.requestTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
        }
        for (Thread thread : loopThreads) {
            thread.join(settings.requestTimeout().toMillis() + 1000);
        }
    }

    @Override
    public void close() {
        stopping = true;
        if (workers != null) {
            workers.shutdownNow();
        }
    }
}
