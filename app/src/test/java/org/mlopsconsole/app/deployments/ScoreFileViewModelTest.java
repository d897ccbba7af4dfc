package org.mlopsconsole.app.deployments;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlopsconsole.runtime.LocalRuntime;
import org.mlopsconsole.runtime.ModelRepository;

/** Score a file… without the toolkit: MiniLM int8 fed three INT64 inputs by name from JSON Lines. */
class ScoreFileViewModelTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private LocalRuntime runtime;
    private RuntimeServerControl server;
    private DeploymentsViewModel deployments;
    private final ExecutorService background = Executors.newSingleThreadExecutor();

    @BeforeEach
    void deployMiniLm() throws IOException {
        Path modelFile = dir.resolve("all-minilm-l6-v2-q.onnx");
        try (InputStream in = getClass().getResourceAsStream("/all-minilm-l6-v2-q.onnx")) {
            Files.copy(in, modelFile);
        }
        runtime = LocalRuntime.create(ModelRepository.open(dir.resolve("models")));
        server = new RuntimeServerControl(runtime);
        deployments =
                new DeploymentsViewModel(runtime, server, new SimpleStringProperty(""), Runnable::run, Runnable::run);
        deployments.importModel(modelFile, "minilm").join();
        runtime.load("minilm").join();
    }

    @AfterEach
    void close() {
        background.shutdownNow();
        server.close();
        runtime.close();
    }

    private ScoreFileViewModel scoreFile() {
        return new ScoreFileViewModel(runtime, "minilm", background, Runnable::run);
    }

    /** Rows of 3 tokens; the rows listed lose their attention_mask. */
    private Path sentences(String name, int rows, List<Integer> withoutMask) throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < rows; i++) {
            Map<String, Object> row = withoutMask.contains(i)
                    ? Map.of("id", i, "input_ids", List.of(101, 2000 + i, 102), "token_type_ids", List.of(0, 0, 0))
                    : Map.of(
                            "id", i,
                            "input_ids", List.of(101, 2000 + i, 102),
                            "attention_mask", List.of(1, 1, 1),
                            "token_type_ids", List.of(0, 0, 0));
            text.append(JSON.writeValueAsString(row)).append('\n');
        }
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void scoringAFileSummarisesRowsAndListsBadRowsByLine() throws Exception {
        ScoreFileViewModel viewModel = scoreFile();
        viewModel.inputProperty().set(sentences("sentences.jsonl", 5, List.of(2)));

        assertThat(viewModel.outputProperty().get()).isEqualTo(dir.resolve("sentences-scored.jsonl"));
        viewModel.start().get(60, TimeUnit.SECONDS);

        assertThat(viewModel.failedProperty().get())
                .as(viewModel.statusProperty().get())
                .isFalse();
        assertThat(viewModel.statusProperty().get())
                .startsWith("Scored 4 rows at")
                .contains("1 bad row(s) left out");
        assertThat(viewModel.badRows()).containsExactly("line 3: 'attention_mask' is missing");
        assertThat(viewModel.progressProperty().get()).isEqualTo(1.0);
        List<String> lines = Files.readAllLines(dir.resolve("sentences-scored.jsonl"));
        assertThat(lines).hasSize(4);
        JsonNode first = JSON.readTree(lines.get(0));
        assertThat(first.get("last_hidden_state")).hasSize(3 * 384);
        assertThat(viewModel.runningProperty().get()).isFalse();
    }

    @Test
    void cancellingStopsTheRunAndWritesNothing() throws Exception {
        ScoreFileViewModel viewModel = scoreFile();
        viewModel.inputProperty().set(sentences("many.jsonl", 200, List.of()));
        viewModel.batchSizeProperty().set("1");
        viewModel.progressProperty().addListener((observable, old, now) -> viewModel.cancel());

        viewModel.start().get(60, TimeUnit.SECONDS);

        assertThat(viewModel.failedProperty().get()).isTrue();
        assertThat(viewModel.statusProperty().get()).isEqualTo("Cancelled; nothing was written.");
        assertThat(dir.resolve("many-scored.jsonl")).doesNotExist();
    }

    @Test
    void stoppingAtABadRowSaysWhereAndWritesNothing() throws Exception {
        ScoreFileViewModel viewModel = scoreFile();
        viewModel.inputProperty().set(sentences("stop.jsonl", 5, List.of(3)));
        viewModel.skipBadRowsProperty().set(false);

        viewModel.start().get(60, TimeUnit.SECONDS);

        assertThat(viewModel.statusProperty().get())
                .isEqualTo("line 4: 'attention_mask' is missing; nothing was written.");
        assertThat(dir.resolve("stop-scored.jsonl")).doesNotExist();
    }

    @Test
    void aFileOfAnUnknownFormatIsRefusedBeforeAnyWork() {
        ScoreFileViewModel viewModel = scoreFile();
        viewModel.inputProperty().set(dir.resolve("rows.txt"));

        viewModel.start();

        assertThat(viewModel.failedProperty().get()).isTrue();
        assertThat(viewModel.statusProperty().get()).contains("Cannot tell the format of rows.txt");
        assertThat(viewModel.runningProperty().get()).isFalse();
    }
}
