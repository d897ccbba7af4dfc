package org.mlopsconsole.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The requests a web page in the user's browser can make (finding 1 of issue 12): a cross-site
 * "simple" POST (text/plain or a form), a DNS-rebound Host. None of them may change the repository.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserSafetyTest {

    @TempDir
    static Path temp;

    private ModelRepository repository;
    private LocalRuntime runtime;
    private RuntimeServer server;
    private String pushBody;

    @BeforeAll
    void startServer() throws Exception {
        repository = ModelRepository.open(temp.resolve("repo"));
        Path classifier = TestModels.tribuoClassifier(temp.resolve("classifier.onnx"));
        repository.importModel(classifier, "classifier", OptionalLong.empty());
        runtime = LocalRuntime.create(repository);
        runtime.loadAll().join();
        server = RuntimeServer.start(runtime, ServerOptions.localDefaults().withPort(0));
        pushBody = "{\"parameters\": {\"config\": \"{}\", \"file:1/model.onnx\": \""
                + Base64.getEncoder().encodeToString(Files.readAllBytes(classifier)) + "\"}}";
    }

    @AfterAll
    void stopServer() {
        server.close();
        runtime.close();
    }

    @AfterEach
    void theRepositoryIsUnchanged() {
        assertThat(repository.modelNames()).containsExactly("classifier");
        assertThat(repository.versions("classifier")).containsExactly(1L);
        assertThat(runtime.modelReady("classifier", OptionalLong.empty())).isTrue();
    }

    Stream<Arguments> browserShapedRequests() {
        return Stream.of(
                Arguments.of(
                        "cross-site text/plain push",
                        "/v2/repository/models/x/load",
                        List.of("Content-Type: text/plain", "Origin: http://evil.example"),
                        403,
                        "web page at http://evil.example"),
                Arguments.of(
                        "text/plain push without an Origin",
                        "/v2/repository/models/x/load",
                        List.of("Content-Type: text/plain"),
                        415,
                        "application/json"),
                Arguments.of(
                        "cross-site JSON push",
                        "/v2/repository/models/x/load",
                        List.of("Content-Type: application/json", "Origin: http://evil.example"),
                        403,
                        "refused"),
                Arguments.of(
                        "sandboxed page push (Origin null)",
                        "/v2/repository/models/x/load",
                        List.of("Content-Type: application/json", "Origin: null"),
                        403,
                        "refused"),
                Arguments.of(
                        "cross-site form unload",
                        "/v2/repository/models/classifier/unload",
                        List.of("Content-Type: application/x-www-form-urlencoded", "Origin: http://evil.example"),
                        403,
                        "refused"),
                Arguments.of(
                        "form unload without an Origin",
                        "/v2/repository/models/classifier/unload",
                        List.of("Content-Type: application/x-www-form-urlencoded"),
                        415,
                        "application/json"),
                Arguments.of(
                        "unload with no Content-Type",
                        "/v2/repository/models/classifier/unload",
                        List.of(),
                        415,
                        "application/json"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("browserShapedRequests")
    void aRequestABrowserCanSendIsRefused(String name, String path, List<String> headers, int status, String message) {
        String body = path.endsWith("/load") ? pushBody : "unload=1";
        List<String> all = new java.util.ArrayList<>(headers);
        all.add("Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length);
        RawHttp.Answer answer = RawHttp.exchange(
                server.port(),
                RawHttp.head("POST", path, server.port(), all.toArray(String[]::new)),
                body.getBytes(StandardCharsets.UTF_8));

        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.error()).contains(message);
    }

    @Test
    void aForeignHostIsRefusedEvenForAWellFormedPush() {
        byte[] body = pushBody.getBytes(StandardCharsets.UTF_8);
        String head = "POST /v2/repository/models/x/load HTTP/1.1\r\nHost: evil.example:" + server.port()
                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length;

        RawHttp.Answer answer = RawHttp.exchange(server.port(), head, body);

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.error()).contains("Host 'evil.example:" + server.port() + "' does not name this server");
    }

    @Test
    void aForeignHostCannotReadEither() {
        RawHttp.Answer answer = RawHttp.exchange(
                server.port(), "GET /v2/repository/index HTTP/1.1\r\nHost: rebound.example", new byte[0]);

        assertThat(answer.status()).isEqualTo(403);
    }

    @Test
    void loopbackNamesAndTheServersOwnOriginAreAccepted() {
        int port = server.port();
        assertThat(RawHttp.exchange(port, "GET /v2/health/live HTTP/1.1\r\nHost: localhost:" + port, new byte[0])
                        .status())
                .isEqualTo(200);
        assertThat(RawHttp.exchange(port, "GET /v2 HTTP/1.1\r\nHost: [::1]:" + port, new byte[0])
                        .status())
                .isEqualTo(200);
        assertThat(RawHttp.exchange(
                                port, RawHttp.head("GET", "/v2", port, "Origin: http://127.0.0.1:" + port), new byte[0])
                        .status())
                .isEqualTo(200);
    }

    @Test
    void withModelControlNoneTheRepositoryEndpointsAreClosed() {
        try (RuntimeServer closed = RuntimeServer.start(
                runtime, ServerOptions.localDefaults().withPort(0).withModelControl(ModelControl.NONE))) {
            HttpFixture client = new HttpFixture(closed.baseUrl());

            HttpFixture.Answer push = client.post("/v2/repository/models/x/load", pushBody);
            HttpFixture.Answer unload = client.post("/v2/repository/models/classifier/unload", "{}");

            assertThat(push.status()).isEqualTo(403);
            assertThat(push.error()).contains("model control is off");
            assertThat(unload.status()).isEqualTo(403);
            assertThat(client.post("/v2/repository/index", "{}").status()).isEqualTo(200);
        }
    }

    @Test
    void modelControlIsOffByDefaultBeyondLoopback() {
        ServerOptions wide = ServerOptions.localDefaults().withHostAndToken("0.0.0.0", java.util.Optional.of("t"));

        assertThat(wide.effectiveModelControl()).isEqualTo(ModelControl.NONE);
        assertThat(ServerOptions.localDefaults().effectiveModelControl()).isEqualTo(ModelControl.POLL);
    }
}
