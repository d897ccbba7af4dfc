package org.mlopsconsole.app.cli.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mlopsconsole.app.cli.CommandLineApp;
import org.mlopsconsole.workspace.Engagements;
import org.mlopsconsole.workspace.NewAssessment;
import org.mlopsconsole.workspace.Workspace;
import org.mlopsconsole.workspace.WorkspaceLocation;
import org.mlopsconsole.workspace.Workspaces;

/** {@code mlops-console workshop serve}: the join link first, the join code second, served until stopped. */
@Timeout(90)
class LiveVoteServeCommandTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private long assessmentIn(Path folder) {
        try (Workspace workspace = Workspaces.open(new WorkspaceLocation.Folder(folder))) {
            Engagements engagements = workspace.engagements();
            long team = engagements
                    .createTeam(engagements.createOrganization("Acme").id(), "Fraud models")
                    .id();
            return workspace
                    .assessments()
                    .create(new NewAssessment(
                            team,
                            "Baseline",
                            "google-mlops",
                            Optional.empty(),
                            LocalDate.of(2026, 12, 1),
                            "Ana",
                            List.of(new NewAssessment.NewParticipant("Bruno", ""))))
                    .id();
        }
    }

    @Test
    void servePrintsTheJoinLinkThenTheCodeAndServesUntilInterrupted() throws Exception {
        Path folder = dir.resolve("ws");
        long assessment = assessmentIn(folder);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AtomicInteger exitCode = new AtomicInteger(-1);
        Thread serving = new Thread(
                () -> exitCode.set(CommandLineApp.create(new PrintWriter(out, true), new PrintWriter(err, true))
                        .execute(
                                "workshop",
                                "serve",
                                "--assessment",
                                String.valueOf(assessment),
                                "--self-paced",
                                "--workspace",
                                folder.toString())));
        serving.start();

        List<String> lines = awaitTwoLines(out, err, serving);
        assertThat(lines.get(0)).matches("http://127\\.0\\.0\\.1:\\d+/v/[A-Za-z0-9_-]{43}/");
        assertThat(lines.get(1)).matches("[2-9A-HJKMNP-Z]{3} [2-9A-HJKMNP-Z]{3}");
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> page = http.send(
                HttpRequest.newBuilder(URI.create(lines.get(0))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Join code");

        serving.interrupt(); // as Ctrl+C ends it
        serving.join(WAIT.toMillis());

        assertThat(exitCode.get()).as(err.toString()).isZero();
        Assertions.assertThatThrownBy(() -> http.send(
                        HttpRequest.newBuilder(URI.create(lines.get(0))).build(), HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(ConnectException.class);
    }

    @ParameterizedTest(name = "{0} is refused: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "--host 0.0.0.0 --assessment 1 | choose one address",
                "--assessment 999               | no assessment with id 999",
                "--port 70000 --assessment 1    | port 70000"
            })
    void badInputIsSaidClearlyAndServesNothing(String arguments, String message) {
        Path folder = dir.resolve("ws");
        assessmentIn(folder);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> args = new java.util.ArrayList<>(List.of("workshop", "serve"));
        args.addAll(List.of(arguments.split(" ")));
        args.addAll(List.of("--workspace", folder.toString()));

        int exit = CommandLineApp.create(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args.toArray(String[]::new));

        assertThat(exit).isEqualTo(CommandLineApp.EXIT_FAILED);
        assertThat(err.toString()).contains(message);
        assertThat(out.toString()).isEmpty();
    }

    @ParameterizedTest(name = "typing \"{0}\" at question {1} of 10 moves to {2}")
    @CsvSource({"n, 0, 1", "'', 3, 4", "n, 9, 9", "p, 3, 2", "p, 0, 0", "5, 0, 4", "99, 0, 9", "0, 5, 0", "x, 5, 5"})
    void theTerminalMovesTheRoomsQuestion(String typed, int index, int expected) {
        assertThat(WorkshopCommand.Serve.next(typed, index, 10)).isEqualTo(expected);
    }

    private static List<String> awaitTwoLines(StringWriter out, StringWriter err, Thread serving)
            throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (out.toString().lines().count() < 2) {
            assertThat(serving.isAlive()).as("serve stopped: %s", err).isTrue();
            assertThat(System.nanoTime())
                    .as("serve listening within %s: %s", WAIT, err)
                    .isLessThan(deadline);
            serving.join(20);
        }
        return out.toString().lines().toList();
    }
}
