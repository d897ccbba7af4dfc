package org.mlopsconsole.runtime.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.mlopsconsole.runtime.internal.monitor.MonitorSummary;
import org.mlopsconsole.runtime.internal.monitor.PrometheusSamples;
import org.mlopsconsole.runtime.internal.monitor.ServerReading;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code monitor}: a live text summary of one model on a running server, from its {@code /metrics}
 * and {@code /v2/models/M/stats}. Shared by {@code mlops-console monitor} and the headless {@code
 * mlops-runtime.jar monitor}. On a terminal it refreshes in place; piped, it prints one block per
 * interval. Ctrl+C stops it. Exit codes: 0 stopped after {@code --once} or {@code --count}, 1 the
 * server cannot be read, 2 usage errors.
 */
@Command(
        name = "monitor",
        mixinStandardHelpOptions = true,
        description = {
            "Watch a served model on a running server: throughput, errors, p50/p95/p99 latency, queue,"
                    + " batch size, CPU and memory, refreshed every interval (Ctrl+C stops).",
            "Reads the server's /metrics and /v2/models/M/stats."
        })
public final class MonitorCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CLEAR_BELOW = "\u001b[J";

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--url",
            required = true,
            paramLabel = "URL",
            description = "The server, e.g. http://127.0.0.1:8000.")
    private URI url;

    @Option(names = "--model", required = true, paramLabel = "M", description = "The model to watch.")
    private String model;

    @Option(
            names = "--interval",
            paramLabel = "DURATION",
            converter = ServeCommand.DurationConverter.class,
            description = "Time between refreshes, e.g. 1s or 500ms (default: 1s).")
    private Duration interval = Duration.ofSeconds(1);

    @Option(
            names = "--token-file",
            paramLabel = "FILE",
            description = "File whose first line is the server's bearer token.")
    private Path tokenFile;

    @Option(names = "--once", description = "Print one summary (since the server started counting) and exit.")
    private boolean once;

    @Option(names = "--count", paramLabel = "N", description = "Stop after N summaries (default: until Ctrl+C).")
    private int count;

    /** What reads the server; the default is over HTTP. Tests keep it. */
    interface Scraper {
        String get(String path) throws IOException, InterruptedException;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (interval.isZero() || interval.isNegative()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--interval must be positive");
        }
        int summaries = once ? 1 : count > 0 ? count : Integer.MAX_VALUE;
        Scraper scraper = httpScraper(token());
        boolean terminal = System.console() != null && spec.commandLine().getOut() != null && !once;
        PrintWriter out = spec.commandLine().getOut();
        Optional<ServerReading> previous = Optional.empty();
        int printedLines = 0;
        for (int i = 0; i < summaries; i++) {
            if (i > 0) {
                Thread.sleep(interval.toMillis()); // the refresh pace itself, not a wait for a condition
            }
            ServerReading reading;
            try {
                reading = read(scraper, Clock.systemUTC());
            } catch (IOException | ServerAnswer e) {
                spec.commandLine().getErr().println("monitor: " + e.getMessage());
                return 1;
            }
            List<String> lines = MonitorSummary.of(previous, reading).lines();
            if (terminal && printedLines > 0) {
                out.print("\u001b[" + printedLines + "F" + CLEAR_BELOW);
            }
            lines.forEach(out::println);
            if (!terminal && i + 1 < summaries) {
                out.println();
            }
            out.flush();
            printedLines = lines.size();
            previous = Optional.of(reading);
        }
        return 0;
    }

    ServerReading read(Scraper scraper, Clock clock) throws IOException, InterruptedException {
        List<String> versions = versions(scraper.get("/v2/models/" + model + "/stats"));
        String metrics = scraper.get("/metrics");
        return ServerReading.of(clock.instant(), model, PrometheusSamples.parse(metrics), versions);
    }

    private static List<String> versions(String stats) throws IOException {
        List<String> versions = new ArrayList<>();
        for (JsonNode entry : JSON.readTree(stats).path("model_stats")) {
            versions.add(entry.path("version").asText());
        }
        return versions;
    }

    private Optional<String> token() {
        if (tokenFile == null) {
            return Optional.empty();
        }
        try {
            return Files.readAllLines(tokenFile, StandardCharsets.UTF_8).stream()
                    .findFirst()
                    .map(String::trim);
        } catch (IOException e) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--token-file " + tokenFile + " cannot be read: " + e.getMessage());
        }
    }

    private Scraper httpScraper(Optional<String> token) {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String base = url.toString().replaceAll("/+$", "");
        return path -> {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(10))
                    .GET();
            token.ifPresent(value -> request.header("Authorization", "Bearer " + value));
            HttpResponse<String> response;
            try {
                response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IOException("cannot reach " + base + path + ": " + e, e);
            }
            if (response.statusCode() != 200) {
                throw new ServerAnswer(
                        base + path + " answered " + response.statusCode() + ": " + errorOf(response.body()));
            }
            return response.body();
        };
    }

    private static String errorOf(String body) {
        try {
            JsonNode error = JSON.readTree(body).path("error");
            return error.isTextual() ? error.asText() : body.strip();
        } catch (IOException e) {
            return body.strip();
        }
    }

    /** The server answered, but not with what was asked for (a 404 for an unknown model, say). */
    static final class ServerAnswer extends RuntimeException {
        ServerAnswer(String message) {
            super(message);
        }
    }
}
