package org.mlopsconsole.app.cli.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.mlopsconsole.app.cli.CommandLineApp;

class ServeCommandTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Pattern ADDRESS = Pattern.compile("on (http://127\\.0\\.0\\.1:\\d+)");

    /** The address `serve` prints once it listens; fails if it stops first or takes too long. */
    private static String awaitAddress(StringWriter out, StringWriter err, Thread serving) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        Matcher matcher;
        while (!(matcher = ADDRESS.matcher(out.toString())).find()) {
            assertThat(serving.isAlive()).as("serve stopped: %s", err).isTrue();
            assertThat(System.nanoTime())
                    .as("serve listening within %s: %s", WAIT, err)
                    .isLessThan(deadline);
            serving.join(20);
        }
        return matcher.group(1);
    }

    @TempDir
    Path temp;

    @Test
    void serveAnswersTheProtocolUntilInterrupted() throws Exception {
        Path repository = temp.resolve("models");
        Files.createDirectories(repository.resolve("minilm/1"));
        try (InputStream in = getClass().getResourceAsStream("/all-minilm-l6-v2-q.onnx")) {
            Files.copy(in, repository.resolve("minilm/1/model.onnx"));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AtomicInteger exitCode = new AtomicInteger(-1);
        Thread serving = new Thread(
                () -> exitCode.set(CommandLineApp.create(new PrintWriter(out, true), new PrintWriter(err, true))
                        .execute("serve", "--repository", repository.toString(), "--port", "0", "--poll", "0")));
        serving.start();

        String baseUrl = awaitAddress(out, err, serving);
        HttpClient client = HttpClient.newHttpClient();
        long readyBy = System.nanoTime() + WAIT.toNanos();
        HttpResponse<String> ready;
        do {
            assertThat(System.nanoTime()).as("minilm ready within %s", WAIT).isLessThan(readyBy);
            ready = client.send(
                    HttpRequest.newBuilder(URI.create(baseUrl + "/v2/models/minilm/ready"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } while (ready.statusCode() != 200);
        HttpResponse<String> infer = client.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/v2/models/minilm/infer"))
                        .POST(
                                HttpRequest.BodyPublishers.ofString(
                                        "{\"inputs\": ["
                                                + "{\"name\":\"input_ids\",\"shape\":[1,3],\"datatype\":\"INT64\",\"data\":[101,7592,102]},"
                                                + "{\"name\":\"attention_mask\",\"shape\":[1,3],\"datatype\":\"INT64\",\"data\":[1,1,1]},"
                                                + "{\"name\":\"token_type_ids\",\"shape\":[1,3],\"datatype\":\"INT64\",\"data\":[0,0,0]}]}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        serving.interrupt();
        serving.join();

        assertThat(infer.statusCode()).as(infer.body()).isEqualTo(200);
        assertThat(infer.body()).contains("\"shape\":[1,3,384]");
        assertThat(exitCode.get()).as(err.toString()).isZero();
    }

    @Test
    void bindingAnotherAddressWithoutATokenIsRefused() {
        CommandRun run = CommandRun.of("serve", "--repository", temp.toString(), "--host", "0.0.0.0", "--port", "0");

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.err.toString()).contains("give a token (--token or --token-file) or bind 127.0.0.1");
    }

    @Test
    void withATokenEveryRequestMustSendIt() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Thread serving = new Thread(() -> CommandLineApp.create(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute("serve", "--repository", temp.toString(), "--port", "0", "--poll", "0", "--token", "s3cret"));
        serving.start();
        URI live = URI.create(awaitAddress(out, err, serving) + "/v2/health/live");
        HttpClient client = HttpClient.newHttpClient();

        HttpResponse<String> without =
                client.send(HttpRequest.newBuilder(live).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> with = client.send(
                HttpRequest.newBuilder(live)
                        .header("Authorization", "Bearer s3cret")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        serving.interrupt();
        serving.join();

        assertThat(without.statusCode()).isEqualTo(401);
        assertThat(with.statusCode()).isEqualTo(200);
    }

    @Test
    @Timeout(30) // a regression would start the server and wait for ever
    void aTokenGivenTwiceIsAUsageError() throws Exception {
        Path tokenFile = Files.writeString(temp.resolve("token.txt"), "s3cret\n");

        CommandRun run = CommandRun.of(
                "serve", "--repository", temp.toString(), "--token", "a", "--token-file", tokenFile.toString());

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err.toString()).contains("--token or --token-file, not both");
    }

    @Test
    void aPollIntervalThatIsNotOneIsAUsageError() {
        CommandRun run = CommandRun.of("serve", "--repository", temp.toString(), "--poll", "soon");

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err.toString()).contains("'soon' is not an interval");
    }
}
