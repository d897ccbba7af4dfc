package org.mlopsconsole.runtime.bench;

/**
 * Runs a task once a second on a daemon thread until closed: the scrape interval of Prometheus and
 * of the app's Monitoring section, whose cost the benchmarks measure.
 */
final class EverySecond implements AutoCloseable {

    /** A task that may fail with a checked exception; the benchmark then stops with it. */
    interface Task {
        void run() throws Exception;
    }

    private final Thread thread;
    private volatile boolean stopping;

    EverySecond(String name, Task task) {
        thread = new Thread(
                () -> {
                    while (!stopping) {
                        try {
                            task.run();
                            Thread.sleep(1000); // the interval being modelled, not a wait for a condition
                        } catch (InterruptedException e) {
                            return;
                        } catch (Exception e) {
                            throw new IllegalStateException(name + " failed", e);
                        }
                    }
                },
                name);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() throws InterruptedException {
        stopping = true;
        thread.interrupt();
        thread.join();
    }
}
