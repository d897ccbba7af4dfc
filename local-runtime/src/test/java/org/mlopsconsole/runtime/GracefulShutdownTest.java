package org.mlopsconsole.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Closing (and SIGTERM) stops accepting, lets an admitted request finish, answers what comes later
 * 503 JSON (finding 2 of issue 12: every in-flight request got an HTML 500).
 */
class GracefulShutdownTest {

    private static final String REQUEST =
            "{\"inputs\": [{\"name\": \"input\", \"shape\": [1, 4], \"datatype\": \"FP32\", \"data\": [1, 2, 3, 4]}]}";
    private static final long DEADLINE_NANOS = TimeUnit.SECONDS.toNanos(20);

    @TempDir
    Path temp;

    private Path repositoryWithClassifier() {
        ModelRepository repository = ModelRepository.open(temp.resolve("repo"));
        repository.importModel(
                TestModels.tribuoClassifier(temp.resolve("classifier.onnx")), "classifier", OptionalLong.empty());
        return repository.root();
    }

    /**
     * Sends an infer request's head with {@code Expect: 100-continue} and waits for the interim 100:
     * the server sends it when the handler first reads the body, so the request is admitted and in
     * flight (its body is up to the caller). Without the wait, a close could start before the
     * server had even read the head, and a loaded machine once showed exactly that.
     */
    private static RawHttp admittedRequest(int port) {
        byte[] body = REQUEST.getBytes(StandardCharsets.UTF_8);
        RawHttp raw = new RawHttp(port, 20_000);
        raw.send(
                RawHttp.head(
                                "POST",
                                "/v2/models/classifier/infer",
                                port,
                                "Content-Type: application/json",
                                "Content-Length: " + body.length,
                                "Expect: 100-continue")
                        + "\r\n\r\n",
                new byte[0]);
        assertThat(raw.readInterim()).startsWith("HTTP/1.1 100");
        return raw;
    }

    private static void sendTheBody(RawHttp raw) {
        raw.send(REQUEST.getBytes(StandardCharsets.UTF_8));
    }

    /** Waits, bounded, until the port refuses connections: the server has begun to drain. */
    private static void awaitRefusing(int port) {
        long start = System.nanoTime();
        while (System.nanoTime() - start < DEADLINE_NANOS) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 1_000);
            } catch (ConnectException refused) {
                return;
            } catch (IOException e) {
                // a timeout: try again
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("the server kept accepting connections");
    }

    @Test
    void closingLetsAnAdmittedRequestFinishAndAnswersLaterOnes503() {
        ModelRepository repository = ModelRepository.open(repositoryWithClassifier());
        try (LocalRuntime runtime = LocalRuntime.create(repository)) {
            runtime.loadAll().join();
            RuntimeServer server = RuntimeServer.start(
                    runtime, ServerOptions.localDefaults().withPort(0).withExitTimeout(Duration.ofSeconds(15)));
            int port = server.port();
            try (RawHttp keepAlive = new RawHttp(port, 20_000);
                    RawHttp admitted = admittedRequest(port)) {
                keepAlive.send(RawHttp.head("GET", "/v2/health/live", port) + "\r\n\r\n", new byte[0]);
                assertThat(keepAlive.read().status()).isEqualTo(200);

                CompletableFuture<Void> closed = CompletableFuture.runAsync(server::close);
                awaitRefusing(port);
                keepAlive.send(RawHttp.head("GET", "/v2/health/live", port) + "\r\n\r\n", new byte[0]);
                RawHttp.Answer later = keepAlive.read();
                sendTheBody(admitted);
                RawHttp.Answer finished = admitted.read();
                closed.orTimeout(20, TimeUnit.SECONDS).join();

                assertThat(later.status()).isEqualTo(503);
                assertThat(later.header("Content-Type")).startsWith("application/json");
                assertThat(later.error()).contains("shutting down");
                assertThat(finished.status()).isEqualTo(200);
                assertThat(finished.json().path("outputs").get(0).path("shape").toString())
                        .isEqualTo("[1,3]");
            }
        }
    }

    @Test
    void sigtermDrainsTheHeadlessServer() throws Exception {
        Path repository = repositoryWithClassifier();
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        "org.mlopsconsole.runtime.internal.cli.RuntimeMain",
                        "serve",
                        "--repository",
                        repository.toString(),
                        "--port",
                        "0",
                        "--exit-timeout",
                        "15s")
                .redirectErrorStream(true)
                .start();
        try {
            BufferedReader out =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            int port = servingPort(out);
            CompletableFuture.runAsync(() -> out.lines().forEach(line -> {})); // keep the pipe flowing
            awaitReady(port);
            try (RawHttp admitted = admittedRequest(port)) {
                process.destroy(); // SIGTERM
                awaitRefusing(port);
                sendTheBody(admitted);
                RawHttp.Answer finished = admitted.read();

                assertThat(finished.status()).as(finished.text()).isEqualTo(200);
            }
            assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        } finally {
            process.destroyForcibly();
        }
    }

    private static int servingPort(BufferedReader out) throws IOException {
        Pattern serving = Pattern.compile("Serving .* on http://127\\.0\\.0\\.1:(\\d+)");
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            Matcher matcher = serving.matcher(line);
            if (matcher.find()) {
                return Integer.parseInt(matcher.group(1));
            }
        }
        throw new AssertionError("the server did not say where it serves");
    }

    private static void awaitReady(int port) {
        long start = System.nanoTime();
        HttpFixture http = new HttpFixture("http://127.0.0.1:" + port);
        while (System.nanoTime() - start < DEADLINE_NANOS) {
            if (http.get("/v2/health/ready").status() == 200) {
                return;
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("the server did not become ready");
    }
}
