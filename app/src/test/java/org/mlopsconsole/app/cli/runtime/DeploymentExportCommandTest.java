package org.mlopsconsole.app.cli.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeploymentExportCommandTest {

    @TempDir
    Path temp;

    private Path repository;

    @BeforeEach
    void importModel() throws IOException {
        repository = temp.resolve("models");
        Files.createDirectories(repository.resolve("text_embedder/1"));
        try (InputStream in = getClass().getResourceAsStream("/all-minilm-l6-v2-q.onnx")) {
            Files.copy(in, repository.resolve("text_embedder/1/model.onnx"));
        }
        Files.writeString(
                repository.resolve("text_embedder/config.json"),
                "{\"max_batch_size\": 16, \"instance_count\": 2, \"dynamic_batching\":"
                        + " {\"max_queue_delay_microseconds\": 500, \"preferred_batch_size\": [8]}}");
    }

    @Test
    void kserveExportWritesTritonRepositoryAndManifest() throws IOException {
        Path out = temp.resolve("export");

        CommandRun run = CommandRun.of(
                "models",
                "export-deployment",
                "text_embedder",
                "--target",
                "kserve",
                "--out",
                out.toString(),
                "--repository",
                repository.toString(),
                "--storage-uri",
                "s3://bucket/models");

        assertThat(run.exitCode).as(run.err.toString()).isZero();
        assertThat(out.resolve("text_embedder/1/model.onnx"))
                .hasSameBinaryContentAs(repository.resolve("text_embedder/1/model.onnx"));
        assertThat(Files.readString(out.resolve("text_embedder/config.pbtxt")))
                .contains("platform: \"onnxruntime_onnx\"")
                .contains("max_batch_size: 16")
                .contains("max_queue_delay_microseconds: 500")
                .contains("preferred_batch_size: [ 8 ]")
                .contains("instance_group [ { count: 2, kind: KIND_CPU } ]");
        assertThat(Files.readString(out.resolve("inferenceservice.yaml")))
                .contains("name: text-embedder")
                .contains("runtime: kserve-tritonserver")
                .contains("storageUri: \"s3://bucket/models\"");
    }

    @Test
    void aNonEmptyOutFolderIsRefusedAndLeftAlone() throws IOException {
        Path out = Files.createDirectories(temp.resolve("busy"));
        Files.writeString(out.resolve("keep.txt"), "mine");

        CommandRun run = CommandRun.of(
                "models",
                "export-deployment",
                "text_embedder",
                "--target",
                "triton",
                "--out",
                out.toString(),
                "--repository",
                repository.toString());

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.err.toString()).contains("exists and is not empty");
        assertThat(out).isDirectoryContaining("glob:**/keep.txt");
        assertThat(Files.list(out)).hasSize(1);
    }

    @Test
    void anUnknownTargetIsAUsageError() {
        CommandRun run = CommandRun.of(
                "models",
                "export-deployment",
                "text_embedder",
                "--target",
                "seldon",
                "--out",
                temp.resolve("x").toString(),
                "--repository",
                repository.toString());

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err.toString()).contains("--target must be triton or kserve");
    }
}
