package org.mlopsconsole.app.cli.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlopsconsole.app.cli.CommandLineApp;

/** {@code mlops-console bench} is the runtime's shared command: the same options, the same JSON. */
class BenchCommandTest {

    @TempDir
    Path temp;

    @Test
    void benchMeasuresMiniLmInProcessAndPrintsJson() throws Exception {
        Path model = temp.resolve("minilm-q.onnx");
        try (InputStream in = getClass().getResourceAsStream("/all-minilm-l6-v2-q.onnx")) {
            Files.copy(in, model);
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = CommandLineApp.create(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(
                        "bench",
                        "--model",
                        model.toString(),
                        "--sequence-length",
                        "8",
                        "--window",
                        "300ms",
                        "--warmup",
                        "200ms",
                        "--max-trials",
                        "3",
                        "--stability",
                        "90",
                        "--format",
                        "json");

        assertThat(exit).as(err.toString()).isZero();
        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertThat(root.path("points")).hasSize(1);
        JsonNode point = root.path("points").get(0);
        assertThat(point.path("concurrency").asInt()).isEqualTo(1);
        assertThat(point.path("throughput").asDouble()).isPositive();
        assertThat(point.path("latencyMs").path("p99").asDouble()).isPositive();
        assertThat(root.path("fingerprint").path("modelSha256").asText()).hasSize(64);
    }
}
