package org.mlopsconsole.app.cli.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelImportCommandTest {

    @TempDir
    Path temp;

    private Path model;
    private Path repository;

    @BeforeEach
    void copyModel() throws IOException {
        model = temp.resolve("minilm-q.onnx");
        try (InputStream in = getClass().getResourceAsStream("/all-minilm-l6-v2-q.onnx")) {
            Files.copy(in, model);
        }
        repository = temp.resolve("models");
    }

    @Test
    void importPutsTheModelInTheRepositoryAndPrintsItsSignature() {
        CommandRun run = CommandRun.of(
                "models", "import", model.toString(), "--name", "minilm", "--repository", repository.toString());

        assertThat(run.exitCode).as(run.err.toString()).isZero();
        assertThat(repository.resolve("minilm/1/model.onnx")).hasSameBinaryContentAs(model);
        assertThat(run.out.toString())
                .contains("Imported minilm version 1 into")
                .contains(
                        "inputs   input_ids INT64[-1, -1], attention_mask INT64[-1, -1], token_type_ids INT64[-1, -1]")
                .contains("outputs  last_hidden_state FP32[-1, -1, 384]");
    }

    @Test
    void anExplicitVersionIsUsedAndAnExistingOneRefused() {
        CommandRun first = CommandRun.of(
                "models",
                "import",
                model.toString(),
                "--name",
                "m",
                "--version",
                "4",
                "--repository",
                repository.toString());
        CommandRun again = CommandRun.of(
                "models",
                "import",
                model.toString(),
                "--name",
                "m",
                "--version",
                "4",
                "--repository",
                repository.toString());

        assertThat(first.exitCode).isZero();
        assertThat(repository.resolve("m/4/model.onnx")).exists();
        assertThat(again.exitCode).isEqualTo(1);
        assertThat(again.err.toString()).contains("error: Model 'm' already has version 4");
    }

    @Test
    void anInvalidNameFailsWithExitCodeOneAndWritesNothing() {
        CommandRun run = CommandRun.of(
                "models", "import", model.toString(), "--name", "../up", "--repository", repository.toString());

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.err.toString()).contains("Invalid model name '../up'");
        assertThat(repository).isEmptyDirectory();
    }

    @Test
    void aMissingNameIsAUsageError() {
        CommandRun run = CommandRun.of("models", "import", model.toString(), "--repository", repository.toString());

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err.toString()).contains("Missing required option: '--name=M'");
    }

    @Test
    void versionsListsTheImportedVersionsAndStageMovesOne() {
        CommandRun.of("models", "import", model.toString(), "--name", "minilm", "--repository", repository.toString());
        CommandRun.of("models", "import", model.toString(), "--name", "minilm", "--repository", repository.toString());

        CommandRun staged =
                CommandRun.of("models", "stage", "minilm", "2", "staging", "--repository", repository.toString());
        CommandRun listed = CommandRun.of("models", "versions", "minilm", "--repository", repository.toString());

        assertThat(staged.exitCode).as(staged.err.toString()).isZero();
        assertThat(staged.out.toString()).contains("Model minilm version 2 is now staging");
        assertThat(listed.exitCode).as(listed.err.toString()).isZero();
        assertThat(listed.out.toString()).containsPattern("(?m)^1 +none ").containsPattern("(?m)^2 +staging ");
    }

    @Test
    void aTokenizerMakesAnEmbeddingPipelineThatShowPipelinePrints() throws IOException {
        Path tokenizer = temp.resolve("tokenizer.json");
        try (InputStream in = getClass().getResourceAsStream("/all-minilm-l6-v2-q-tokenizer.json")) {
            Files.copy(in, tokenizer);
        }
        CommandRun run = CommandRun.of(
                "models",
                "import",
                model.toString(),
                "--name",
                "minilm",
                "--repository",
                repository.toString(),
                "--tokenizer",
                tokenizer.toString(),
                "--max-length",
                "128",
                "--pooling",
                "cls",
                "--normalize");
        Files.delete(tokenizer);
        CommandRun show =
                CommandRun.of("models", "show-pipeline", "minilm-text", "--repository", repository.toString());

        assertThat(run.exitCode).as(run.err.toString()).isZero();
        assertThat(repository.resolve("minilm-text/tokenizer.json")).exists();
        assertThat(show.exitCode).as(show.err.toString()).isZero();
        assertThat(show.out.toString())
                .contains("Pipeline minilm-text")
                .contains("1. tokenize   tokenizer.json (max length 128, truncation on, padding longest)")
                .contains("2. model      minilm")
                .contains("3. pool       cls, L2-normalized");
    }

    @Test
    void aBadTokenizerIsRefusedBeforeTheModelIsWritten() throws IOException {
        Path notATokenizer = Files.writeString(temp.resolve("tokenizer.json"), "{}");

        CommandRun run = CommandRun.of(
                "models",
                "import",
                model.toString(),
                "--name",
                "minilm",
                "--repository",
                repository.toString(),
                "--tokenizer",
                notATokenizer.toString());

        assertThat(run.exitCode).isNotZero();
        assertThat(run.err.toString()).contains("is not a HuggingFace tokenizer.json");
        assertThat(repository.resolve("minilm")).doesNotExist();
    }
}
