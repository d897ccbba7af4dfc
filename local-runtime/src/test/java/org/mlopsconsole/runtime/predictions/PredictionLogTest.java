package org.mlopsconsole.runtime.predictions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlopsconsole.runtime.Awaiting;
import org.mlopsconsole.runtime.InferenceRequest;
import org.mlopsconsole.runtime.InferenceResponse;
import org.mlopsconsole.runtime.LocalRuntime;
import org.mlopsconsole.runtime.ModelRepository;
import org.mlopsconsole.runtime.Tensor;
import org.mlopsconsole.runtime.TestModels;
import org.mlopsconsole.runtime.predictions.internal.Summaries;

/** The log over a real runtime serving a real ONNX classifier. */
class PredictionLogTest {

    private static final Duration BOUND = Duration.ofSeconds(30);
    private static final int CLIENTS = 4;

    @TempDir
    Path temp;

    private LocalRuntime runtime;

    @BeforeEach
    void serveTheClassifier() {
        ModelRepository repository = ModelRepository.open(temp.resolve("repo"));
        repository.importModel(
                TestModels.tribuoClassifier(temp.resolve("classifier.onnx")), "classifier", OptionalLong.empty());
        runtime = LocalRuntime.create(repository);
        runtime.loadAll().join();
    }

    @AfterEach
    void close() {
        runtime.close();
    }

    @Test
    void aStoreThatBlocksNeverHoldsUpInferenceAndTheDropsAreCounted() throws Exception {
        BlockingStore store = new BlockingStore();
        int requests = 400;
        try (PredictionLog log =
                PredictionLog.start(store, PredictionLogSettings.defaults().withQueue(8, 1))) {
            runtime.addInferenceObserver(log);
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            List<CompletableFuture<Void>> answered = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                answered.add(CompletableFuture.runAsync(
                        () -> {
                            for (int i = 0; i < requests / CLIENTS; i++) {
                                runtime.infer(request(Optional.of(client + "-" + i), i))
                                        .join();
                            }
                        },
                        clients));
            }

            CompletableFuture.allOf(answered.toArray(CompletableFuture[]::new))
                    .get(BOUND.toSeconds(), TimeUnit.SECONDS);
            assertThat(store.entered.await(BOUND.toSeconds(), TimeUnit.SECONDS)).isTrue();
            Awaiting.until(
                    "every answer reached the log",
                    () -> log.stats().logged() + log.stats().dropped() == requests);

            PredictionLog.Stats stats = log.stats();
            // the writer holds one batch (of 1) in the blocked store, the queue 8 more
            assertThat(stats.logged()).isLessThanOrEqualTo(9);
            assertThat(stats.dropped()).isEqualTo(requests - stats.logged());
            assertThat(stats.written()).isZero();
            clients.shutdown();

            store.release.countDown();
            assertThat(log.awaitWritten(BOUND)).isTrue();
            assertThat(log.stats().written()).isEqualTo(stats.logged());
        }
    }

    @Test
    void aLoggedRequestKeepsItsIdsModelVersionLatencyAndTensorValues() {
        try (PredictionLog log = PredictionLog.start(
                JsonLinesPredictionStore.open(temp.resolve("log")), PredictionLogSettings.defaults())) {
            runtime.addInferenceObserver(log);
            InferenceResponse answer =
                    runtime.infer(request(Optional.of("order-17"), 3)).join();
            runtime.infer(request(Optional.empty(), 4)).join();
            Awaiting.until("both answers reached the log", () -> log.stats().logged() == 2);
            assertThat(log.awaitWritten(BOUND)).isTrue();

            List<PredictionRecord> logged = log.store().find(PredictionQuery.latest("classifier", 10));

            assertThat(logged).hasSize(2);
            PredictionRecord withId = logged.stream()
                    .filter(record -> record.clientId().isPresent())
                    .findFirst()
                    .orElseThrow();
            assertThat(withId.id()).isEqualTo("order-17");
            assertThat(withId.model()).isEqualTo("classifier");
            assertThat(withId.version()).isEqualTo(1);
            assertThat(withId.variant()).isEmpty();
            assertThat(withId.latencyMicros()).isPositive();
            assertThat(withId.inputs()).singleElement().isEqualTo(Summaries.of(input(3)));
            TensorSummary.Numbers output =
                    (TensorSummary.Numbers) withId.outputs().get(0);
            assertThat(output.values())
                    .hasSize(3)
                    .containsExactlyElementsOf(((TensorSummary.Numbers)
                                    Summaries.of(answer.outputs().get(0)))
                            .values());
            PredictionRecord withoutId = logged.stream()
                    .filter(record -> record.clientId().isEmpty())
                    .findFirst()
                    .orElseThrow();
            assertThat(withoutId.id()).matches("[0-9a-z]+-" + withoutId.requestId());
            assertThat(log.store().loggedIds("classifier", Set.of("order-17", "other")))
                    .containsExactly("order-17");
        }
    }

    @Test
    void aSampledShareIsLoggedAndTheRestCountedAsSampledOut() {
        PredictionLogSettings settings =
                PredictionLogSettings.defaults().withSampling(1.0, java.util.Map.of("classifier", 0.0));
        try (PredictionLog log = PredictionLog.start(JsonLinesPredictionStore.open(temp.resolve("log")), settings)) {
            runtime.addInferenceObserver(log);
            for (int i = 0; i < 5; i++) {
                runtime.infer(request(Optional.empty(), i)).join();
            }
            Awaiting.until("every answer reached the log", () -> log.stats().sampledOut() == 5);
            assertThat(log.stats().logged()).isZero();
        }
    }

    private static InferenceRequest request(Optional<String> id, long seed) {
        return new InferenceRequest(
                "classifier", OptionalLong.empty(), id, List.of(input(seed)), List.of(), OptionalLong.empty());
    }

    private static Tensor input(long seed) {
        float[] values = new float[TestModels.CLASSIFIER_FEATURES];
        for (int i = 0; i < values.length; i++) {
            values[i] = seed + i / 4f;
        }
        return Tensor.ofFloats("input", new long[] {1, TestModels.CLASSIFIER_FEATURES}, values);
    }

    /** Takes nothing until released: the first append waits on {@link #release}. */
    private static final class BlockingStore extends MemoryStore {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public void append(List<PredictionRecord> batch) {
            entered.countDown();
            try {
                if (!release.await(BOUND.toSeconds() * 2, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("never released");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            super.append(batch);
        }
    }
}
