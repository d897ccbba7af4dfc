package org.mlopsconsole.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlopsconsole.runtime.Awaiting;
import org.mlopsconsole.runtime.InferenceRequest;
import org.mlopsconsole.runtime.LocalRuntime;
import org.mlopsconsole.runtime.ModelRepository;
import org.mlopsconsole.runtime.RuntimeServer;
import org.mlopsconsole.runtime.ServerOptions;
import org.mlopsconsole.runtime.Tensor;
import org.mlopsconsole.runtime.TestModels;
import org.mlopsconsole.runtime.internal.cli.RuntimeMain;
import org.mlopsconsole.runtime.metrics.RuntimeMetrics;
import picocli.CommandLine;

/** {@code monitor} against a real server on a free port, after a known number of requests. */
class MonitorCommandTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return new CommandLine(new RuntimeMain())
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
    }

    private interface ServerTest {
        void run(String baseUrl, LocalRuntime runtime) throws Exception;
    }

    private void withServer(ServerOptions options, ServerTest test) throws Exception {
        ModelRepository repository = ModelRepository.open(temp.resolve("repo"));
        repository.importModel(
                TestModels.tribuoClassifier(temp.resolve("classifier.onnx")), "classifier", OptionalLong.empty());
        try (LocalRuntime runtime = LocalRuntime.create(repository);
                RuntimeMetrics metrics = RuntimeMetrics.attach(runtime)) {
            runtime.loadAll().join();
            try (RuntimeServer server = RuntimeServer.start(runtime, options, metrics, OptionalInt.empty())) {
                for (int i = 0; i < 5; i++) {
                    runtime.infer(InferenceRequest.of("classifier", List.of(row(i))))
                            .join();
                }
                Awaiting.until(
                        "the metrics count five requests",
                        () -> metrics.snapshot().models().stream()
                                        .mapToLong(m -> m.successes())
                                        .sum()
                                == 5);
                test.run(server.baseUrl(), runtime);
            }
        }
    }

    private static Tensor row(int seed) {
        return Tensor.ofFloats("input", new long[] {1, TestModels.CLASSIFIER_FEATURES}, seed, 1, 2, 3);
    }

    @Test
    void onceSummarisesTheModelSinceTheServerStartedCounting() throws Exception {
        withServer(ServerOptions.localDefaults().withPort(0), (url, runtime) -> {
            assertThat(run("monitor", "--url", url, "--model", "classifier", "--once"))
                    .as(err.toString())
                    .isZero();
        });

        assertThat(out.toString())
                .contains("model classifier (versions 1)")
                .contains("total 5 ok, 0 failed")
                .contains("since start")
                .containsPattern("p50 <= \\d+\\.\\d\\d ms")
                .contains("batch size 1.0")
                .doesNotContain("\u001b[");
    }

    @Test
    void pipedSuccessiveSummariesFollowOneAnotherWithTheRequestsBetweenThem() throws Exception {
        withServer(ServerOptions.localDefaults().withPort(0), (url, runtime) -> {
            assertThat(run("monitor", "--url", url, "--model", "classifier", "--interval", "50ms", "--count", "2"))
                    .as(err.toString())
                    .isZero();
        });

        assertThat(out.toString().split("\\R\\R")).hasSize(2);
        assertThat(out.toString()).contains("last ").contains("0.0/s failed");
    }

    @Test
    void aTokenFileIsSentAndAWrongModelIsReportedWithTheServersAnswer() throws Exception {
        Path token = Files.writeString(temp.resolve("token"), "s3cret\n");
        withServer(
                ServerOptions.localDefaults()
                        .withPort(0)
                        .withHostAndToken("127.0.0.1", java.util.Optional.of("s3cret")),
                (url, runtime) -> {
                    assertThat(run(
                                    "monitor",
                                    "--url",
                                    url,
                                    "--model",
                                    "classifier",
                                    "--once",
                                    "--token-file",
                                    token.toString()))
                            .as(err.toString())
                            .isZero();
                    assertThat(run("monitor", "--url", url, "--model", "classifier", "--once"))
                            .isEqualTo(1);
                    assertThat(err.toString()).contains("answered 401");
                    assertThat(run(
                                    "monitor",
                                    "--url",
                                    url,
                                    "--model",
                                    "nope",
                                    "--once",
                                    "--token-file",
                                    token.toString()))
                            .isEqualTo(1);
                });

        assertThat(err.toString()).contains("/v2/models/nope/stats answered 404");
    }

    @Test
    void aServerThatIsNotThereIsOneLineOnStderr() {
        assertThat(run("monitor", "--url", "http://127.0.0.1:9", "--model", "m", "--once"))
                .isEqualTo(1);

        assertThat(err.toString()).startsWith("monitor: cannot reach http://127.0.0.1:9/v2/models/m/stats");
    }
}
