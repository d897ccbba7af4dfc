package org.mlopsconsole.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class ClientDisconnectTest {

    private static final String REQUEST_BODY =
            "{\"inputs\": [{\"name\": \"input\", \"shape\": [1, 4], \"datatype\": \"FP32\", \"data\": [1, 2, 3, 4]}]}";

    @TempDir
    Path temp;

    @Test
    @Timeout(120) // a worker caught in an error loop would never answer the last request
    void clientsThatLeaveBeforeTheirAnswerCauseNoErrorAndTheServerKeepsServing() throws Exception {
        ModelRepository repository = ModelRepository.open(temp.resolve("repo"));
        repository.importModel(
                TestModels.tribuoClassifier(temp.resolve("classifier.onnx")), "classifier", OptionalLong.empty());
        Files.writeString(temp.resolve("repo/classifier/config.json"), "{\"max_batch_size\": 32}");
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        log.start();
        root.addAppender(log);
        try (LocalRuntime runtime = LocalRuntime.create(repository)) {
            runtime.loadAll().join();
            try (RuntimeServer server =
                    RuntimeServer.start(runtime, ServerOptions.localDefaults().withPort(0))) {
                URI uri = URI.create(server.baseUrl());
                HttpFixture http = new HttpFixture(server.baseUrl());
                for (int round = 0; round < 5; round++) {
                    List<Socket> clients = new ArrayList<>();
                    AtomicInteger answers = new AtomicInteger();
                    for (int i = 0; i < 16; i++) {
                        Socket socket = new Socket(uri.getHost(), uri.getPort());
                        socket.setSoLinger(true, 0); // close with a reset, as load generators do when they stop
                        clients.add(socket);
                        Thread client = new Thread(() -> keepAsking(socket, uri, answers));
                        client.setDaemon(true);
                        client.start();
                    }
                    // every client is mid-conversation: some answers in, more requests on the way
                    Awaiting.until("the clients have had answers", () -> answers.get() >= 3 * clients.size());
                    for (Socket socket : clients) {
                        socket.close();
                    }
                }

                // the server is quiet once a probe is the only request it completes in between
                Awaiting.until("the server has finished the abandoned requests", () -> {
                    long before = completed(runtime);
                    HttpFixture.Answer probe = http.post("/v2/models/classifier/infer", REQUEST_BODY);
                    return probe.status() == 200 && completed(runtime) == before + 1;
                });

                HttpFixture.Answer after = http.post("/v2/models/classifier/infer", REQUEST_BODY);

                assertThat(after.status()).isEqualTo(200);
            }
        } finally {
            root.detachAppender(log);
        }
        assertThat(log.list)
                .filteredOn(event -> event.getLevel().isGreaterOrEqual(Level.WARN))
                .extracting(ILoggingEvent::getFormattedMessage)
                .isEmpty();
    }

    private static long completed(LocalRuntime runtime) {
        ModelStatistics.InferenceStats stats = runtime.statistics(Optional.of("classifier"), OptionalLong.empty())
                .get(0)
                .inferenceStats();
        return stats.success().count() + stats.fail().count();
    }

    /** Sends requests one after another on the connection, reading each answer, until it closes. */
    private static void keepAsking(Socket socket, URI server, AtomicInteger answers) {
        try {
            java.io.InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            while (true) {
                sendInferRequest(socket.getOutputStream(), server);
                if (in.read(buffer) > 0) { // the answers are small: one read holds one
                    answers.incrementAndGet();
                }
            }
        } catch (java.io.IOException closed) {
            // the test closed the connection
        }
    }

    private static void sendInferRequest(OutputStream out, URI server) throws java.io.IOException {
        byte[] body = REQUEST_BODY.getBytes(StandardCharsets.UTF_8);
        String head = "POST /v2/models/classifier/infer HTTP/1.1\r\n"
                + "Host: " + server.getHost() + ":" + server.getPort() + "\r\n"
                + "Content-Type: application/json\r\n"
                + "Content-Length: " + body.length + "\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }
}
