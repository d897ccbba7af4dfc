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
        assertThat(statistics.batchStats()).singleElement().satisfies(batch -> {
            assertThat(batch.batchSize()).isEqualTo(8);
            assertThat(batch.computeInput().count()).isEqualTo(1);
            assertThat(batch.computeInfer().count()).isEqualTo(1);
            assertThat(batch.computeInfer().ns()).isPositive();
            assertThat(batch.computeOutput().count()).isEqualTo(1);
        });
        assertThat(statistics.inferenceCount()).isEqualTo(8);
        assertThat(statistics.executionCount()).isEqualTo(1);
        // as in Triton, the request-level compute durations count each of the 4 requests
        assertThat(statistics.inferenceStats().computeInfer().count()).isEqualTo(4);
        assertThat(statistics.inferenceStats().success().count()).isEqualTo(4);
        assertThat(statistics.responseStats()).containsOnlyKeys("0");
        assertThat(statistics.responseStats().get("0").success().count()).isEqualTo(4);
        assertThat(statistics.memoryUsage())
                .containsExactly(new ModelStatistics.MemoryUsage("CPU", 0, Files.size(classifierFile)));
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
        assertThat(statistics.batchStats())
                .extracting(
                        ModelStatistics.BatchStats::batchSize,
                        batch -> batch.computeInfer().count())
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple(1, 1L), org.assertj.core.api.Assertions.tuple(2, 1L));
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
        Awaiting.until("the batcher takes the first request", () -> runtime.queueDepth("minilm") == 0);
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
        Awaiting.until("200 answers before the reload", () -> answered.get() >= 200 || !failures.isEmpty());

        repository.importModel(
                TestModels.tribuoClassifier(temp.resolve("v2.onnx")), "classifier", OptionalLong.empty());
        List<ModelState> states = runtime.load("classifier").join();
        int answeredAtSwitch = answered.get();
        Awaiting.until(
                "200 answers after the reload", () -> answered.get() >= answeredAtSwitch + 200 || !failures.isEmpty());
        running.set(false);
        for (Thread client : clients) {
            client.join(java.time.Duration.ofSeconds(30).toMillis());
            assertThat(client.isAlive()).as("client stopped").isFalse();
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
            assertThat(state.state()).isEqualTo(State.FAILED);
            assertThat(state.reason()).contains("not a model ONNX Runtime can load");
        });
        InferenceResponse response = runtime.infer(
                        InferenceRequest.of("classifier", List.of(Fixtures.classifierInput(1, 1))))
                .join();
        assertThat(response.version()).isEqualTo(1);
    }

    @Test
    void aBrokenConfigFailsTheLoadWithItsReasonAndLeavesTheServingVersionAlone() throws Exception {
        runtime.loadAll().join();
        Fixtures.writeConfig(repositoryRoot, "classifier", "{\"max_batch_size\": \"many\"}");

        CompletableFuture<List<ModelState>> load = runtime.load("classifier");

        assertThatThrownBy(load::join)
                .cause()
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("max_batch_size");
        assertThat(runtime.modelReady("classifier", OptionalLong.of(1))).isTrue();
        assertThat(runtime.index()).singleElement().satisfies(state -> {
            assertThat(state.state()).isEqualTo(State.READY);
            assertThat(state.reason()).contains("config.json not applied").contains("max_batch_size");
        });
    }

    @Test
    void aModelWhoseConfigNeverLoadedIsFailedWithTheReasonAndTheServerNotReady() {
        Fixtures.writeConfig(repositoryRoot, "classifier", "{\"max_batch_size\": \"many\"}");

        runtime.loadAll().join();

        assertThat(runtime.index()).singleElement().satisfies(state -> {
            assertThat(state.state()).isEqualTo(State.FAILED);
            assertThat(state.reason()).contains("max_batch_size");
        });
        assertThat(runtime.ready()).isFalse();
    }

    @Test
    void theServerIsReadyWhenItsOnlyModelWasLoadedByName() {
        // the app loads deployments one by one and never calls loadAll
        runtime.load("classifier").join();

        assertThat(runtime.ready()).isTrue();
    }

    @Test
    void removingABrokenModelsFolderMakesTheServerReadyAgain() throws Exception {
        Files.createDirectories(repositoryRoot.resolve("broken/1"));
        Files.writeString(repositoryRoot.resolve("broken/1/model.onnx"), "truncated");
        runtime.loadAll().join();
        assertThat(runtime.ready()).isFalse();

        deleteRecursively(repositoryRoot.resolve("broken"));

        assertThat(runtime.ready()).isTrue();
    }

    @Test
    void pollingUnloadsAndForgetsAModelWhoseFolderWasRemoved() throws Exception {
        repository.importModel(classifierFile, "second", OptionalLong.empty());
        runtime.loadAll().join();
        List<String> unloaded = java.util.Collections.synchronizedList(new ArrayList<>());
        runtime.addLifecycleListener(new ModelLifecycleListener() {
            @Override
            public void unloaded(String model, long version) {
                unloaded.add(model + "/" + version);
            }
        });
        runtime.pollRepository(java.time.Duration.ofMillis(20));

        deleteRecursively(repositoryRoot.resolve("second"));

        Awaiting.until(
                "the removed model leaves the index",
                () -> runtime.index().stream().noneMatch(state -> state.name().equals("second")));
        Awaiting.until("the listener hears of the unload", () -> unloaded.contains("second/1"));
        assertThat(runtime.ready()).isTrue();
    }

    @Test
    void observersSeeEachRequestFromAdmissionToAnswerOffTheInferenceThread() {
        Fixtures.writeConfig(
                repositoryRoot,
                "classifier",
                "{\"max_batch_size\": 8, \"dynamic_batching\": {\"max_queue_delay_microseconds\": 2000000}}");
        runtime.loadAll().join();
        List<String> events = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.Set<String> threads = java.util.concurrent.ConcurrentHashMap.newKeySet();
        runtime.addInferenceObserver(new InferenceObserver() {
            @Override
            public void requestAdmitted(Admitted event) {
                record("admitted " + event.requestId() + " " + event.model() + "/" + event.version());
            }

            @Override
            public void requestQueued(Queued event) {
                record("queued " + event.requestId());
            }

            @Override
            public void batchFormed(BatchFormed event) {
                record("batch " + event.requestIds() + " rows " + event.batchSize());
            }

            @Override
            public void batchComputed(BatchComputed event) {
                record("computed rows " + event.batchSize() + " infer>0 " + (event.computeInferNanos() > 0));
            }

            @Override
            public void requestAnswered(Answered event) {
                record("answered " + event.requestId() + " " + event.clientId().orElse("-"));
            }

            private void record(String event) {
                threads.add(Thread.currentThread().getName());
                events.add(event);
            }
        });

        CompletableFuture<InferenceResponse> first = runtime.infer(new InferenceRequest(
                "classifier",
                OptionalLong.empty(),
                Optional.of("a"),
                List.of(Fixtures.classifierInput(4, 1)),
                List.of(),
                OptionalLong.empty()));
        CompletableFuture<InferenceResponse> second =
                runtime.infer(InferenceRequest.of("classifier", List.of(Fixtures.classifierInput(4, 2))));
        first.join();
        second.join();

        Awaiting.until("both answers are observed", () -> events.size() == 8);
        assertThat(events)
                .containsExactly(
                        "admitted 1 classifier/1",
                        "queued 1",
                        "admitted 2 classifier/1",
                        "queued 2",
                        "batch [1, 2] rows 8",
                        "computed rows 8 infer>0 true",
                        "answered 1 a",
                        "answered 2 -");
        assertThat(threads).containsExactly("runtime-observers");
    }

    @Test
    void lifecycleListenersHearOfLoadingReadyAndFailures() throws Exception {
        List<String> events = java.util.Collections.synchronizedList(new ArrayList<>());
        runtime.addLifecycleListener(new ModelLifecycleListener() {
            @Override
            public void loading(String model, long version) {
                events.add("loading " + model + "/" + version);
            }

            @Override
            public void ready(String model, long version, java.time.Duration took) {
                events.add("ready " + model + "/" + version);
            }

            @Override
            public void failed(String model, OptionalLong version, String reason) {
                events.add("failed " + model + "/" + version.orElse(0));
            }
        });

        runtime.loadAll().join();
        Files.createDirectories(repositoryRoot.resolve("classifier/2"));
        Files.writeString(repositoryRoot.resolve("classifier/2/model.onnx"), "truncated");
        runtime.load("classifier").join();

        Awaiting.until("the failure is heard", () -> events.size() == 3);
        assertThat(events).containsExactly("loading classifier/1", "ready classifier/1", "failed classifier/2");
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

        Awaiting.until("version 2 is ready", () -> runtime.modelReady("classifier", OptionalLong.of(2)));
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
        assertThat(statistics.inferenceStats().cacheHit().count()).isEqualTo(1);
        assertThat(statistics.inferenceStats().cacheMiss().count()).isEqualTo(2);
        assertThat(statistics.inferenceStats().success().count()).isEqualTo(3);
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

    @Test
    void loadsUnloadsAndFailuresAreLoggedAtInfoOrAbove() throws Exception {
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> log =
                new ch.qos.logback.core.read.ListAppender<>();
        ch.qos.logback.classic.Logger engine = (ch.qos.logback.classic.Logger)
                org.slf4j.LoggerFactory.getLogger("org.mlopsconsole.runtime.internal.engine");
        ch.qos.logback.classic.Level level = engine.getLevel();
        engine.setLevel(ch.qos.logback.classic.Level.INFO); // as the jars' logging configurations set it
        log.start();
        engine.addAppender(log);
        try {
            runtime.loadAll().join();
            Files.createDirectories(repositoryRoot.resolve("classifier/2"));
            Files.writeString(repositoryRoot.resolve("classifier/2/model.onnx"), "truncated");
            runtime.load("classifier").join();
            runtime.unload("classifier").join();
        } finally {
            engine.detachAppender(log);
            engine.setLevel(level);
        }

        assertThat(log.list)
                .filteredOn(event -> event.getLevel().isGreaterOrEqual(ch.qos.logback.classic.Level.INFO))
                .extracting(ch.qos.logback.classic.spi.ILoggingEvent::getFormattedMessage)
                .anySatisfy(line -> assertThat(line).startsWith("Model classifier version 1 is ready (loaded in "))
                .anySatisfy(line -> assertThat(line)
                        .startsWith("Model classifier version 2 failed to load: ")
                        .doesNotContain(repositoryRoot.toString()))
                .anySatisfy(line -> assertThat(line).isEqualTo("Model classifier version 1 is unloaded"));
    }

    private static void deleteRecursively(Path directory) throws java.io.IOException {
        try (java.util.stream.Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
