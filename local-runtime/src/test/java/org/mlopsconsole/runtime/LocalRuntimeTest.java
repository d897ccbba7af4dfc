package org.mlopsconsole.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlopsconsole.runtime.ModelState.State;

class LocalRuntimeTest {

    @TempDir
    Path temp;

    private Path repositoryRoot;
    private Path classifierFile;
    private ModelRepository repository;
    private LocalRuntime runtime;

    @BeforeEach
    void setUp() {
        repositoryRoot = temp.resolve("repo");
        repository = ModelRepository.open(repositoryRoot);
        classifierFile = TestModels.tribuoClassifier(temp.resolve("classifier.onnx"));
        repository.importModel(classifierFile, "classifier", OptionalLong.empty());
        runtime = LocalRuntime.create(repository);
    }

    @AfterEach
    void tearDown() {
        runtime.close();
    }

    @Test
    void answersEqualOnnxRuntimeRunDirectly() throws Exception {
        runtime.loadAll().join();
        Tensor input = Fixtures.classifierInput(3, 1);

        InferenceResponse response =
                runtime.infer(InferenceRequest.of("classifier", List.of(input))).join();

        try (DirectOnnx direct = new DirectOnnx(classifierFile)) {
            assertThat(response.output("output").orElseThrow().asFloats())
                    .containsExactly(direct.runFloats(Map.of("input", input), "output"));
        }
        assertThat(response.version()).isEqualTo(1);
        assertThat(runtime.ready()).isTrue();
    }

    @Test
    void requestsQueuedTogetherRunAsOneBatchWithTheSameAnswers() throws Exception {
        Fixtures.writeConfig(
                repositoryRoot,
                "classifier",
                "{\"max_batch_size\": 8, \"dynamic_batching\": {\"max_queue_delay_microseconds\": 5000000}}");
        runtime.loadAll().join();
        List<Tensor> inputs = new ArrayList<>();
        List<CompletableFuture<InferenceResponse>> answers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            inputs.add(Fixtures.classifierInput(2, i));
            answers.add(runtime.infer(InferenceRequest.of("classifier", List.of(inputs.get(i)))));
        }

        try (DirectOnnx direct = new DirectOnnx(classifierFile)) {
            for (int i = 0; i < 4; i++) {
                InferenceResponse response = answers.get(i).join();
                assertThat(response.output("output").orElseThrow().shape()).containsExactly(2, 3);
                assertThat(response.output("output").orElseThrow().asFloats())
                        .containsExactly(direct.runFloats(Map.of("input", inputs.get(i)), "output"));
            }
        }
        ModelStatistics statistics = runtime.statistics(Optional.of("classifier"), OptionalLong.empty())
                .get(0);
        assertThat(statistics.batchCounts()).containsExactly(Map.entry(8, 1L));
        assertThat(statistics.inferenceCount()).isEqualTo(8);
        assertThat(statistics.executionCount()).isEqualTo(1);
    }

    @Test
    void requestsWhoseOtherDimensionsDifferRunInSeparateBatches() throws Exception {
        Path miniLm = TestModels.miniLm(temp.resolve("minilm.onnx"));
        repository.importModel(miniLm, "minilm", OptionalLong.empty());
        Fixtures.writeConfig(
                repositoryRoot,
                "minilm",
                "{\"max_batch_size\": 8, \"dynamic_batching\": {\"max_queue_delay_microseconds\": 300000}}");
        runtime.load("minilm").join();
        List<List<Tensor>> inputs =
                List.of(Fixtures.miniLmInputs(1, 5, 1), Fixtures.miniLmInputs(1, 9, 2), Fixtures.miniLmInputs(1, 5, 3));

        List<CompletableFuture<InferenceResponse>> answers = inputs.stream()
                .map(each -> runtime.infer(InferenceRequest.of("minilm", each)))
                .toList();

        try (DirectOnnx direct = new DirectOnnx(miniLm)) {
            for (int i = 0; i < inputs.size(); i++) {
                Map<String, Object> feeds = Map.of(
                        "input_ids", inputs.get(i).get(0),
                        "attention_mask", inputs.get(i).get(1),
                        "token_type_ids", inputs.get(i).get(2));
                assertThat(answers.get(i)
                                .join()
                                .output("last_hidden_state")
                                .orElseThrow()
                                .asFloats())
                        .containsExactly(direct.runFloats(feeds, "last_hidden_state"));
            }
        }
        ModelStatistics statistics =
                runtime.statistics(Optional.of("minilm"), OptionalLong.empty()).get(0);
        assertThat(statistics.batchCounts()).containsExactlyInAnyOrderEntriesOf(Map.of(2, 1L, 1, 1L));
    }

    /** A MiniLM whose batcher holds a first request of 5 tokens for a second, waiting for company. */
    private CompletableFuture<InferenceResponse> holdOneRequestInTheBatcher() {
        repository.importModel(
                TestModels.miniLmQuantized(temp.resolve("minilm-q.onnx")), "minilm", OptionalLong.empty());
        Fixtures.writeConfig(
                repositoryRoot,
                "minilm",
                "{\"max_batch_size\": 8, \"max_queue_size\": 1,"
                        + " \"dynamic_batching\": {\"max_queue_delay_microseconds\": 1000000}}");
        runtime.load("minilm").join();
        CompletableFuture<InferenceResponse> held =
                runtime.infer(InferenceRequest.of("minilm", Fixtures.miniLmInputs(1, 5, 1)));
        while (runtime.queueDepth("minilm") > 0) {
            Thread.onSpinWait();
        }
        return held;
    }

    @Test
    void aFullQueueRefusesAtOnce() {
        CompletableFuture<InferenceResponse> held = holdOneRequestInTheBatcher();
        // another length cannot join the held batch, so it waits in the queue and fills it
        CompletableFuture<InferenceResponse> queued =
                runtime.infer(InferenceRequest.of("minilm", Fixtures.miniLmInputs(1, 7, 2)));

        CompletableFuture<InferenceResponse> refused =
                runtime.infer(InferenceRequest.of("minilm", Fixtures.miniLmInputs(1, 7, 3)));

        assertThat(refused).isCompletedExceptionally();
        assertThatThrownBy(refused::join)
                .cause()
                .isInstanceOf(ServiceUnavailableException.class)
                .hasMessageContaining("model 'minilm' version 1 is at capacity");
        assertThat(held.join().outputs()).hasSize(1);
        assertThat(queued.join().outputs()).hasSize(1);
    }

    @Test
    void aRequestWaitingLongerThanItsTimeoutFails() {
        CompletableFuture<InferenceResponse> held = holdOneRequestInTheBatcher();

        CompletableFuture<InferenceResponse> timedOut = runtime.infer(new InferenceRequest(
                "minilm",
                OptionalLong.empty(),
                Optional.of("late"),
                Fixtures.miniLmInputs(1, 7, 2),
                List.of(),
                OptionalLong.of(1000)));

        assertThatThrownBy(timedOut::join)
                .cause()
                .isInstanceOf(ServiceUnavailableException.class)
                .hasMessageContaining("request timed out after 1000 µs in the queue of model 'minilm'");
        assertThat(held.join().outputs()).hasSize(1);
    }

    @Test
    void aReloadUnderLoadSwitchesVersionsWithoutLosingARequest() throws Exception {
        runtime.loadAll().join();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger answered = new AtomicInteger();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Long> versionsSeen = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            int seed = c;
            Thread client = new Thread(() -> {
                while (running.get()) {
                    try {
                        InferenceResponse response = runtime.infer(
                                        InferenceRequest.of("classifier", List.of(Fixtures.classifierInput(1, seed))))
                                .join();
                        versionsSeen.add(response.version());
                        answered.incrementAndGet();
                    } catch (CompletionException e) {
                        failures.add(e.getCause());
                    }
                }
            });
            clients.add(client);
            client.start();
        }
        while (answered.get() < 200) {
            Thread.onSpinWait();
        }

        repository.importModel(
                TestModels.tribuoClassifier(temp.resolve("v2.onnx")), "classifier", OptionalLong.empty());
        List<ModelState> states = runtime.load("classifier").join();
        int answeredAtSwitch = answered.get();
        while (answered.get() < answeredAtSwitch + 200) {
            Thread.onSpinWait();
        }
        running.set(false);
        for (Thread client : clients) {
            client.join();
        }

        assertThat(failures).isEmpty();
        assertThat(states).containsExactly(new ModelState("classifier", OptionalLong.of(2), State.READY, ""));
        assertThat(versionsSeen).contains(1L, 2L);
        assertThat(versionsSeen.subList(versionsSeen.size() - 50, versionsSeen.size()))
                .containsOnly(2L);
    }

    @Test
    void aFailedReloadKeepsThePreviousVersionServingAndSaysWhy() throws Exception {
        runtime.loadAll().join();
        Files.createDirectories(repositoryRoot.resolve("classifier/2"));
        Files.writeString(repositoryRoot.resolve("classifier/2/model.onnx"), "truncated");

        List<ModelState> states = runtime.load("classifier").join();

        assertThat(states).anySatisfy(state -> {
            assertThat(state.version()).hasValue(2);
            assertThat(state.state()).isEqualTo(State.UNAVAILABLE);
            assertThat(state.reason()).contains("not a model ONNX Runtime can load");
        });
        InferenceResponse response = runtime.infer(
                        InferenceRequest.of("classifier", List.of(Fixtures.classifierInput(1, 1))))
                .join();
        assertThat(response.version()).isEqualTo(1);
    }

    @Test
    void aBrokenConfigLeavesTheServingVersionAlone() throws Exception {
        runtime.loadAll().join();
        Fixtures.writeConfig(repositoryRoot, "classifier", "{\"max_batch_size\": \"many\"}");

        runtime.load("classifier").join();

        assertThat(runtime.modelReady("classifier", OptionalLong.of(1))).isTrue();
        assertThat(runtime.index())
                .extracting(ModelState::reason)
                .anySatisfy(reason -> assertThat(reason).isEmpty());
    }

    @Test
    void unloadStopsServingAndLoadBringsTheModelBack() {
        runtime.loadAll().join();

        runtime.unload("classifier").join();

        assertThat(runtime.modelReady("classifier", OptionalLong.empty())).isFalse();
        assertThatThrownBy(() -> runtime.infer(
                                InferenceRequest.of("classifier", List.of(Fixtures.classifierInput(1, 1))))
                        .join())
                .cause()
                .isInstanceOf(ServiceUnavailableException.class);
        runtime.load("classifier").join();
        assertThat(runtime.modelReady("classifier", OptionalLong.empty())).isTrue();
    }

    @Test
    void anInputThatDoesNotFitTheSignatureIsRefusedWithItsName() {
        runtime.loadAll().join();
        Tensor wrongWidth = Tensor.ofFloats("input", new long[] {1, 3}, 1, 2, 3);

        assertThatThrownBy(() -> runtime.infer(InferenceRequest.of("classifier", List.of(wrongWidth)))
                        .join())
                .cause()
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("input 'input' has shape [1, 3] but model 'classifier' expects [-1, 4]");
    }

    @Test
    void pollingLoadsANewVersionDroppedIntoTheFolder() throws Exception {
        runtime.loadAll().join();
        runtime.pollRepository(java.time.Duration.ofMillis(50));

        Files.createDirectories(repositoryRoot.resolve("classifier/.staging"));
        Files.copy(classifierFile, repositoryRoot.resolve("classifier/.staging/model.onnx"));
        Files.move(repositoryRoot.resolve("classifier/.staging"), repositoryRoot.resolve("classifier/2"));

        while (!runtime.modelReady("classifier", OptionalLong.of(2))) {
            Thread.sleep(20);
        }
        assertThat(runtime.metadata("classifier", OptionalLong.empty()).versions())
                .containsExactly("2");
    }

    @Test
    void theResponseCacheAnswersARepeatedRequestWithoutRunningTheModel() {
        Fixtures.writeConfig(repositoryRoot, "classifier", "{\"response_cache\": {\"enable\": true}}");
        runtime.loadAll().join();
        InferenceRequest request = InferenceRequest.of("classifier", List.of(Fixtures.classifierInput(2, 5)));

        InferenceResponse computed = runtime.infer(request).join();
        InferenceResponse cached = runtime.infer(request).join();
        runtime.infer(InferenceRequest.of("classifier", List.of(Fixtures.classifierInput(2, 6))))
                .join();

        assertThat(cached.outputs()).isEqualTo(computed.outputs());
        ModelStatistics statistics = runtime.statistics(Optional.of("classifier"), OptionalLong.empty())
                .get(0);
        assertThat(statistics.cacheHit().count()).isEqualTo(1);
        assertThat(statistics.cacheMiss().count()).isEqualTo(2);
        assertThat(statistics.executionCount()).isEqualTo(2);
    }

    @Test
    void aVariantGroupAnswersUnderItsOwnNameAndNamesTheVariant() {
        repository.importModel(classifierFile, "classifier-int8", OptionalLong.empty());
        Fixtures.writeConfig(
                repositoryRoot,
                "classifier-auto",
                "{\"variants\": {\"latency_slo_ms\": 60000, \"members\": ["
                        + "{\"model\": \"classifier-int8\", \"accuracy\": 0.9},"
                        + " {\"model\": \"classifier\", \"accuracy\": 0.95}]}}");
        runtime.loadAll().join();

        InferenceResponse response = runtime.infer(
                        InferenceRequest.of("classifier-auto", List.of(Fixtures.classifierInput(1, 3))))
                .join();

        assertThat(response.model()).isEqualTo("classifier-auto");
        assertThat(response.parameters()).containsEntry("variant", "classifier");
        assertThat(runtime.modelReady("classifier-auto", OptionalLong.empty())).isTrue();
        assertThat(runtime.metadata("classifier-auto", OptionalLong.empty())
                        .signature()
                        .inputs())
                .extracting(TensorSpec::name)
                .containsExactly("input");
        assertThat(runtime.switchEvents()).isEmpty();
    }
}
