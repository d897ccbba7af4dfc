package org.mlopsconsole.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mlopsconsole.runtime.Awaiting;
import org.mlopsconsole.runtime.ModelRepository;
import org.mlopsconsole.runtime.TestModels;
import picocli.CommandLine;

/** {@code serve --prediction-log}: the headless server logs into JSON Lines files and takes outcomes. */
class ServePredictionLogTest {

    private static final Pattern ADDRESS = Pattern.compile("on (http://127\\.0\\.0\\.1:\\d+)");

    @TempDir
    Path temp;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void servedRequestsGoIntoTheLogFolderAndOutcomesJoinThem() throws Exception {
        Path repository = temp.resolve("repo");
        ModelRepository.open(repository)
                .importModel(TestModels.tribuoClassifier(temp.resolve("c.onnx")), "classifier", OptionalLong.empty());
        Path logFolder = temp.resolve("prediction-log");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ServeCommand serve = new ServeCommand();
        AtomicInteger exit = new AtomicInteger(-1);
        Thread serving = new Thread(() -> exit.set(command(serve, out, err)
                .execute(
                        "--repository",
                        repository.toString(),
                        "--port",
                        "0",
                        "--poll",
                        "0",
                        "--prediction-log",
                        logFolder.toString(),
                        "--log-max-age",
                        "7d")));
        serving.start();
        Awaiting.until("serve listens", () -> ADDRESS.matcher(out.toString()).find() || !serving.isAlive());
        Matcher address = ADDRESS.matcher(out.toString());
        assertThat(address.find()).as(err.toString()).isTrue();
        String base = address.group(1);
        Awaiting.until(
                "the classifier is ready",
                () -> get(base + "/v2/models/classifier/ready").statusCode() == 200);

        assertThat(post(
                                base + "/v2/models/classifier/infer",
                                "{\"id\": \"cli-1\", \"inputs\": [{\"name\": \"input\", \"shape\": [1, 4],"
                                        + " \"datatype\": \"FP32\", \"data\": [1, 0, 0, 0]}]}")
                        .statusCode())
                .isEqualTo(200);
        Awaiting.until(
                "the request is in the log",
                () -> get(base + "/v2/models/classifier/predictions?id=cli-1")
                        .body()
                        .contains("\"cli-1\""));
        HttpResponse<String> joined =
                post(base + "/v2/models/classifier/outcomes", "[{\"id\": \"cli-1\", \"label\": 0}]");
        serve.stop();
        serving.join(Duration.ofSeconds(30).toMillis());

        assertThat(joined.body()).contains("\"joined\":1");
        assertThat(exit.get()).as(err.toString()).isZero();
        assertThat(Files.readString(logFolder.resolve("predictions-000001.jsonl")))
                .contains("\"id\":\"cli-1\"");
        assertThat(Files.readString(logFolder.resolve("outcomes-000001.jsonl"))).contains("\"label\":\"0\"");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "--log-sample, 1.5, the sample fraction must be between 0 and 1",
        "--log-sample-model, classifier=-1, the sample fraction of model classifier must be between 0 and 1",
        "--log-max-rows, 0, the log must keep at least 1 row",
        "--log-max-age, 5 weeks, is not an age; write e.g. 12h or 30d",
        "--log-url, ftp://127.0.0.1/events, must be an http or https address",
        "--log-mode, everything, 'the log mode is all, request or response'",
    })
    void badLogOptionsAreRefusedWithTheReason(String option, String value, String message) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = command(new ServeCommand(), out, err)
                .execute(
                        "--repository",
                        temp.toString(),
                        "--port",
                        "0",
                        "--prediction-log",
                        temp.resolve("log").toString(),
                        option,
                        value);

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains(message);
    }

    @Test
    void aLogUrlWithoutAPredictionLogIsRefused() {
        StringWriter err = new StringWriter();

        int exit = command(new ServeCommand(), new StringWriter(), err)
                .execute(
                        "--repository",
                        temp.resolve("repo").toString(),
                        "--port",
                        "0",
                        "--log-url",
                        "http://127.0.0.1:9/events");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString())
                .contains("--log-url forwards the prediction log's entries: give --prediction-log too");
    }

    private static CommandLine command(ServeCommand serve, StringWriter out, StringWriter err) {
        CommandLine command = new CommandLine(serve);
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        return command;
    }

    private HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET().build());
    }

    private HttpResponse<String> post(String url, String json) {
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
