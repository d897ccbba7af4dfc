package org.mlopsconsole.app.deployments;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlopsconsole.runtime.LocalRuntime;
import org.mlopsconsole.runtime.ModelRepository;

/** Pipelines in the Deployments section: proposed at import, listed with their steps, tried with text. */
class PipelineDeploymentsViewModelTest {

    @TempDir
    Path dir;

    private Path modelFile;
    private LocalRuntime runtime;
    private RuntimeServerControl server;
    private DeploymentsViewModel viewModel;

    @BeforeEach
    void open() throws IOException {
        Path jarLike = Files.createDirectories(dir.resolve("download"));
        modelFile = copy("/all-minilm-l6-v2-q.onnx", jarLike.resolve("all-minilm-l6-v2-q.onnx"));
        copy("/all-minilm-l6-v2-q-tokenizer.json", jarLike.resolve("all-minilm-l6-v2-q-tokenizer.json"));
        runtime = LocalRuntime.create(ModelRepository.open(dir.resolve("models")));
        server = new RuntimeServerControl(runtime);
        viewModel = new DeploymentsViewModel(
                runtime, server, new SimpleStringProperty("Runtime: not started"), Runnable::run, Runnable::run);
    }

    private Path copy(String resource, Path target) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            Files.copy(in, target);
        }
        return target;
    }

    @AfterEach
    void close() {
        server.close();
        runtime.close();
    }

    @Test
    void theTokenizerBesideAnEmbeddingModelIsProposed() throws IOException {
        assertThat(DeploymentsViewModel.proposedTokenizer(modelFile))
                .contains(dir.resolve("download/all-minilm-l6-v2-q-tokenizer.json")
                        .toAbsolutePath());
        Path alone = Files.copy(
                modelFile, Files.createDirectories(dir.resolve("alone")).resolve("m.onnx"));
        assertThat(DeploymentsViewModel.proposedTokenizer(alone)).isEmpty();
    }

    @Test
    void importingWithTheTokenizerListsThePipelineWithItsSteps() {
        viewModel
                .importModel(modelFile, "minilm", DeploymentsViewModel.proposedTokenizer(modelFile))
                .join();

        assertThat(viewModel.messageProperty().get())
                .isEqualTo("Imported all-minilm-l6-v2-q.onnx as minilm version 1, with the text pipeline minilm-text");
        assertThat(dir.resolve("models/minilm-text/tokenizer.json")).exists();
        ModelVersionRow pipeline = viewModel.versions().stream()
                .filter(ModelVersionRow::pipeline)
                .findFirst()
                .orElseThrow();
        viewModel.selectedProperty().set(pipeline);
        assertThat(pipeline.model()).isEqualTo("minilm-text");
        assertThat(viewModel.pipelineStepsProperty().get())
                .isEqualTo("1. tokenize   tokenizer.json (max length 256, truncation on, padding longest)\n"
                        + "2. model      minilm\n"
                        + "3. pool       mean, L2-normalized");
        assertThat(viewModel.signatureProperty().get())
                .isEqualTo("in  text  BYTES [-1]\nout embedding  FP32 [-1, 384]");
    }

    @Test
    void theTryItPanelTakesTextForAPipelineAndAnswersEmbeddings() throws Exception {
        viewModel
                .importModel(modelFile, "minilm", DeploymentsViewModel.proposedTokenizer(modelFile))
                .join();
        runtime.loadAll().join();
        viewModel.refresh().join();
        viewModel
                .selectedProperty()
                .set(viewModel.versions().stream()
                        .filter(ModelVersionRow::pipeline)
                        .findFirst()
                        .orElseThrow());

        assertThat(viewModel.requestJsonProperty().get()).contains("\"hello world\"");
        viewModel.tryIt().join();

        JsonNode answer =
                new ObjectMapper().readTree(viewModel.responseJsonProperty().get());
        assertThat(answer.path("model_name").asText()).isEqualTo("minilm-text");
        assertThat(answer.path("outputs").get(0).path("name").asText()).isEqualTo("embedding");
        assertThat(answer.path("outputs").get(0).path("shape").toString()).isEqualTo("[2,384]");
        assertThat(viewModel.pipelineStepsProperty().get()).startsWith("1. tokenize");
    }

    @Test
    void aModelVersionShowsNoPipelineSteps() {
        viewModel.importModel(modelFile, "minilm", Optional.empty()).join();
        viewModel.selectedProperty().set(viewModel.versions().get(0));

        assertThat(viewModel.versions()).noneMatch(ModelVersionRow::pipeline);
        assertThat(viewModel.pipelineStepsProperty().get()).isEmpty();
    }
}
