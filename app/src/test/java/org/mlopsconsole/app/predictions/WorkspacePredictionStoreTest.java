package org.mlopsconsole.app.predictions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mlopsconsole.runtime.DataType;
import org.mlopsconsole.runtime.InferenceRequest;
import org.mlopsconsole.runtime.LocalRuntime;
import org.mlopsconsole.runtime.ModelRepository;
import org.mlopsconsole.runtime.Tensor;
import org.mlopsconsole.runtime.predictions.GroundTruth;
import org.mlopsconsole.runtime.predictions.OutcomeReport;
import org.mlopsconsole.runtime.predictions.OutcomeWindow;
import org.mlopsconsole.runtime.predictions.Outcomes;
import org.mlopsconsole.runtime.predictions.PredictionLog;
import org.mlopsconsole.runtime.predictions.PredictionLogSettings;
import org.mlopsconsole.runtime.predictions.PredictionQuery;
import org.mlopsconsole.runtime.predictions.PredictionRecord;
import org.mlopsconsole.runtime.predictions.TensorSummary;
import org.mlopsconsole.workspace.testing.Backend;
import org.mlopsconsole.workspace.testing.OpenWorkspaces;
import org.mlopsconsole.workspace.testing.PostgresExtension;

/** The runtime's log of a real ONNX model (int8 MiniLM) kept in a real workspace of either kind. */
@ExtendWith(PostgresExtension.class)
class WorkspacePredictionStoreTest {

    private static final Duration BOUND = Duration.ofSeconds(30);
    private static final int TOKENS = 6;

    @TempDir
    Path temp;

    private final OpenWorkspaces workspaces = new OpenWorkspaces();

    @AfterEach
    void close() {
        workspaces.close();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void servedRequestsAreLoggedInTheWorkspaceAndOutcomesJoinThem(Backend backend) throws IOException {
        WorkspacePredictionStore store =
                new WorkspacePredictionStore(workspaces.create(backend, temp).predictionLog());
        try (LocalRuntime runtime = LocalRuntime.create(miniLm());
                PredictionLog log = PredictionLog.start(store, PredictionLogSettings.defaults())) {
            runtime.loadAll().join();
            runtime.addInferenceObserver(log);
            runtime.infer(request("sentence-1")).join();
            runtime.infer(request("sentence-2")).join();
            waitUntilLogged(log, 2);

            OutcomeReport report = log.outcomes()
                    .record(
                            "minilm",
                            List.of(
                                    new Outcomes.Reported("sentence-1", new GroundTruth.Label("positive")),
                                    new Outcomes.Reported("unseen", new GroundTruth.Label("negative"))));

            assertThat(report.joined()).isEqualTo(1);
            assertThat(report.unknownIds()).containsExactly("unseen");
            List<PredictionRecord> logged = store.find(PredictionQuery.latest("minilm", 10));
            assertThat(logged).extracting(PredictionRecord::id).containsExactly("sentence-2", "sentence-1");
            PredictionRecord first = logged.get(1);
            assertThat(first.inputs())
                    .extracting(TensorSummary::name)
                    .containsExactly("input_ids", "attention_mask", "token_type_ids");
            assertThat(first.inputs().get(0)).isInstanceOf(TensorSummary.Numbers.class);
            // a [1, 6, 384] embedding is too large to keep: its hash, shape and size
            assertThat(first.outputs().get(0)).isInstanceOfSatisfying(TensorSummary.Digest.class, digest -> {
                assertThat(digest.shape()).containsExactly(1L, (long) TOKENS, 384L);
                assertThat(digest.byteSize()).isEqualTo(TOKENS * 384 * 4L);
                assertThat(digest.sha256()).hasSize(64);
            });
            OutcomeWindow window =
                    log.outcomes().summary("minilm", Duration.ofHours(1), 1).get(0);
            assertThat(window.joined()).isEqualTo(1);
            assertThat(window.unscored()).isEqualTo(1); // an embedding predicts no class
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aRecordReadsBackAsItWasWrittenToTheMicrosecond(Backend backend) {
        WorkspacePredictionStore store =
                new WorkspacePredictionStore(workspaces.create(backend, temp).predictionLog());
        Instant time = Instant.parse("2026-12-01T10:15:30.123456789Z");
        PredictionRecord record = new PredictionRecord(
                "order-9",
                9,
                Optional.of("order-9"),
                time,
                "classifier",
                2,
                Optional.of("fast"),
                321,
                List.of(new TensorSummary.Texts("text", DataType.BYTES, List.of(1L), 9, List.of("hello"))),
                List.of(new TensorSummary.Numbers("output", DataType.FP32, List.of(1L, 2L), 8, List.of(0.25, 0.75))));

        store.append(List.of(record));

        assertThat(store.find(PredictionQuery.latest("classifier", 1)))
                .singleElement()
                .isEqualTo(WorkspacePredictionStore.record(WorkspacePredictionStore.row(record)))
                .extracting(PredictionRecord::time)
                .isEqualTo(Instant.parse("2026-12-01T10:15:30.123456Z"));
    }

    private ModelRepository miniLm() throws IOException {
        Path repository = temp.resolve("models");
        Files.createDirectories(repository.resolve("minilm/1"));
        try (InputStream in = getClass().getResourceAsStream("/all-minilm-l6-v2-q.onnx")) {
            Files.copy(in, repository.resolve("minilm/1/model.onnx"));
        }
        return ModelRepository.open(repository);
    }

    private static InferenceRequest request(String id) {
        long[] shape = {1, TOKENS};
        long[] ids = {101, 2023, 2003, 1037, 6251, 102};
        List<Tensor> inputs = new ArrayList<>();
        inputs.add(Tensor.ofLongs("input_ids", shape, ids));
        inputs.add(Tensor.ofLongs("attention_mask", shape, 1, 1, 1, 1, 1, 1));
        inputs.add(Tensor.ofLongs("token_type_ids", shape, new long[TOKENS]));
        return new InferenceRequest(
                "minilm", OptionalLong.empty(), Optional.of(id), inputs, List.of(), OptionalLong.empty());
    }

    private static void waitUntilLogged(PredictionLog log, int answered) {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (log.stats().logged() < answered) {
            assertThat(System.nanoTime())
                    .as("%d answers reach the log", answered)
                    .isLessThan(deadline);
            Thread.onSpinWait();
            Thread.yield();
        }
        assertThat(log.awaitWritten(BOUND)).isTrue();
    }
}
