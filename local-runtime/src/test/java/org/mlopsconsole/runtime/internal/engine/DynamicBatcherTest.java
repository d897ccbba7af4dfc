package org.mlopsconsole.runtime.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The batcher on its own: plain items, no model and no transport. */
class DynamicBatcherTest {

    private record Item(String name, long rows, String batchKey, long deadlineNanos) implements DynamicBatcher.Item {
        static Item of(String name, long rows, String key) {
            return new Item(name, rows, key, Long.MAX_VALUE);
        }
    }

    /** Records batches; the first one waits for a release so the queue can fill behind it. */
    private static final class Recorder implements DynamicBatcher.Handler<Item> {
        final List<List<String>> batches = Collections.synchronizedList(new ArrayList<>());
        final List<String> expired = Collections.synchronizedList(new ArrayList<>());
        final List<String> events = Collections.synchronizedList(new ArrayList<>());
        final CountDownLatch release = new CountDownLatch(1);
        final CountDownLatch firstStarted = new CountDownLatch(1);

        @Override
        public void execute(List<Item> batch) {
            events.add("run " + batch.stream().map(Item::name).toList());
            firstStarted.countDown();
            await(release);
            batches.add(batch.stream().map(Item::name).toList());
        }

        @Override
        public void queued(Item item, int depth) {
            events.add("queued " + item.name() + " at depth " + depth);
        }

        @Override
        public void expired(Item item) {
            expired.add(item.name());
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The depth the item was queued at, as its event says. */
    private static String depth(List<String> events, String name) {
        String prefix = "queued " + name + " at depth ";
        return events.stream()
                .filter(event -> event.startsWith(prefix))
                .findFirst()
                .orElseThrow()
                .substring(prefix.length());
    }

    private static DynamicBatcher.Policy policy(int maxBatchSize, int maxQueueSize) {
        return new DynamicBatcher.Policy(maxBatchSize, 0, List.of(), maxQueueSize);
    }

    @Test
    void queuedItemsOfOneKeyRunTogetherUpToTheMaxBatchSizeInArrivalOrder() {
        Recorder recorder = new Recorder();
        DynamicBatcher<Item> batcher = new DynamicBatcher<>("test", policy(4, 100), 1, recorder);
        batcher.offer(Item.of("held", 1, "a"));
        await(recorder.firstStarted);
        for (String name : List.of("a1", "b1", "a2", "a3", "a4", "b2")) {
            batcher.offer(Item.of(name, name.equals("a4") ? 2 : 1, name.substring(0, 1)));
        }

        recorder.release.countDown();
        batcher.close();

        assertThat(recorder.batches)
                .containsExactly(List.of("held"), List.of("a1", "a2", "a3"), List.of("b1", "b2"), List.of("a4"));
    }

    @Test
    void aFullQueueRefusesAndAClosedOneToo() {
        Recorder recorder = new Recorder();
        DynamicBatcher<Item> batcher = new DynamicBatcher<>("test", policy(0, 1), 1, recorder);
        batcher.offer(Item.of("held", 1, "a"));
        await(recorder.firstStarted);

        DynamicBatcher.Admission queued = batcher.offer(Item.of("waiting", 1, "a"));
        DynamicBatcher.Admission refused = batcher.offer(Item.of("refused", 1, "a"));
        recorder.release.countDown();
        batcher.close();

        assertThat(queued).isEqualTo(DynamicBatcher.Admission.QUEUED);
        assertThat(refused).isEqualTo(DynamicBatcher.Admission.FULL);
        assertThat(batcher.offer(Item.of("late", 1, "a"))).isEqualTo(DynamicBatcher.Admission.CLOSED);
        assertThat(recorder.batches).containsExactly(List.of("held"), List.of("waiting"));
    }

    @Test
    void anItemPastItsDeadlineIsHandedBackInsteadOfRun() {
        Recorder recorder = new Recorder();
        DynamicBatcher<Item> batcher = new DynamicBatcher<>("test", policy(8, 100), 1, recorder);
        batcher.offer(Item.of("held", 1, "a"));
        await(recorder.firstStarted);
        batcher.offer(new Item("stale", 1, "a", System.nanoTime() - 1));

        recorder.release.countDown();
        batcher.close();

        assertThat(recorder.expired).containsExactly("stale");
        assertThat(recorder.batches).containsExactly(List.of("held"));
    }

    @Test
    void theQueuedCallbackComesBeforeAnyWorkerRunsTheItem() {
        Recorder recorder = new Recorder();
        recorder.release.countDown();
        DynamicBatcher<Item> batcher = new DynamicBatcher<>("test", policy(0, 100), 1, recorder);

        for (int i = 0; i < 50; i++) {
            batcher.offer(Item.of("i" + i, 1, "a"));
        }
        batcher.close();

        List<String> events = List.copyOf(recorder.events);
        for (int i = 0; i < 50; i++) {
            int queued = events.indexOf("queued i" + i + " at depth " + depth(events, "i" + i));
            assertThat(events.indexOf("run [i" + i + "]")).isGreaterThan(queued).isPositive();
        }
    }
}
