package org.mlopsconsole.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mlopsconsole.assessment.Rating;
import org.mlopsconsole.assessment.Respondent;
import org.mlopsconsole.assessment.Responses;
import org.mlopsconsole.workspace.testing.Backend;
import org.mlopsconsole.workspace.testing.PostgresExtension;

/**
 * kill -9 during autosave, import, copy and migration loses at most the change in progress, and
 * the workspace opens afterwards. The work runs in a forked JVM ({@link KilledWriter}) that prints
 * a line after each committed change; it is killed (SIGKILL: no close, no shutdown hook) right
 * after a given line, then the workspace is opened here and checked.
 */
@ExtendWith(PostgresExtension.class)
class KillTest {

    private static final long WAIT_SECONDS = 120;

    @TempDir
    Path dir;

    /** A new, empty workspace of {@code backend}, as the text a user would give. */
    String location(Backend backend, String name) {
        WorkspaceLocation location = backend.newLocation(dir.resolve(name));
        return location instanceof WorkspaceLocation.PostgresUrl url ? url.display() : location.display();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void autosaveKilledMidWorkshopKeepsEveryRatingItReportedSaved(Backend backend) throws Exception {
        String ws = location(backend, "autosave");
        List<String> lines = runAndKill(List.of("autosave", ws), line -> line.equals("saved 0 12 2"));
        long assessmentId = Long.parseLong(lines.get(0).substring("assessment ".length()));
        int saved = lines.size() - 1;

        try (Workspace reopened = KilledWriter.open(ws)) {
            Responses responses = reopened.assessments().responses(assessmentId);
            List<String> questions = KilledWriter.questions();
            int rated = 0;
            for (int p = 0; p < 3; p++) {
                Respondent respondent = respondent(responses, reopened, assessmentId, p);
                for (int q = 0; q < questions.size(); q++) {
                    Rating found = respondent.ratings().get(questions.get(q));
                    int order = q * 3 + p;
                    if (order < saved) {
                        assertThat(found)
                                .as("question %d, participant %d", q, p)
                                .isEqualTo(KilledWriter.rating(q, p));
                    } else if (found != null) {
                        assertThat(order)
                                .as("only the change in progress may be there")
                                .isEqualTo(saved);
                        assertThat(found).isEqualTo(KilledWriter.rating(q, p));
                    }
                    rated += found == null ? 0 : 1;
                }
            }
            assertThat(rated).isBetween(saved, saved + 1);
            assertThat(reopened.assessments().history(assessmentId)).hasSize(rated);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void anImportKilledHalfwayLeavesOnlyWholeOrganizations(Backend backend) throws Exception {
        String ws = location(backend, "import");
        List<String> lines = runAndKill(List.of("import", ws), line -> line.equals("imported 3"));

        try (Workspace reopened = KilledWriter.open(ws)) {
            assertOnlyWholeCopies(reopened, lines.size());
        }
    }

    /** From an H2 workspace to one of {@code backend}: H2 to H2, and H2 to PostgreSQL. */
    @ParameterizedTest
    @EnumSource(Backend.class)
    void aCopyKilledHalfwayLeavesOnlyWholeOrganizations(Backend backend) throws Exception {
        String source = location(Backend.H2, "source");
        try (Workspace opened = KilledWriter.open(source)) {
            opened.transfers().importArchive(KilledWriter.sample(), OptionalLong.empty());
        }
        String ws = location(backend, "copy");
        List<String> lines = runAndKill(List.of("copy", ws, source), line -> line.equals("copied 3"));

        try (Workspace reopened = KilledWriter.open(ws)) {
            assertOnlyWholeCopies(reopened, lines.size());
        }
        try (Workspace reopened = KilledWriter.open(source)) {
            assertOnlyWholeCopies(reopened, 1);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aWorkspaceKilledWhileItIsCreatedAndMigratedOpensAfterwards(Backend backend) throws Exception {
        List<String> args = new ArrayList<>(List.of("migrate"));
        for (int i = 1; i <= 4; i++) {
            args.add(location(backend, "migrate-" + i));
        }
        List<String> lines = runAndKill(args, line -> line.equals("opening 3"));

        int opened = lines.stream()
                .filter(line -> line.startsWith("opening "))
                .mapToInt(line -> Integer.parseInt(line.substring("opening ".length())))
                .max()
                .orElseThrow();
        for (int i = 1; i <= opened; i++) {
            try (Workspace reopened = KilledWriter.open(args.get(i))) {
                assertThat(reopened.info().organizations()).isZero();
                assertThat(reopened.engagements()
                                .createOrganization("After the kill")
                                .id())
                        .isPositive();
            }
        }
    }

    /** {@code done} copies were reported; one more may have committed, none may be partial. */
    private static void assertOnlyWholeCopies(Workspace workspace, int done) {
        EngagementArchive.ArchivedOrganization expected =
                ((EngagementArchive.OfOrganization) KilledWriter.sample()).organization();
        List<Organization> organizations = workspace.engagements().organizations(true);
        assertThat(organizations).hasSizeBetween(done, done + 1);
        for (Organization organization : organizations) {
            EngagementArchive.ArchivedOrganization found = ((EngagementArchive.OfOrganization)
                            workspace.transfers().exportOrganization(organization.id()))
                    .organization();
            assertThat(found).as("organization %d", organization.id()).isEqualTo(expected);
        }
    }

    private static Respondent respondent(Responses responses, Workspace workspace, long assessmentId, int p) {
        String key = workspace.assessments().participants(assessmentId).get(p).respondentKey();
        return responses.respondents().stream()
                .filter(r -> r.id().equals(key))
                .findFirst()
                .orElse(new Respondent(key, "", "", java.util.Map.of(), java.util.Map.of()));
    }

    /**
     * Starts {@link KilledWriter} with {@code args}, kills it right after the line {@code last},
     * and returns every line it printed before it died.
     */
    static List<String> runAndKill(List<String> args, java.util.function.Predicate<String> last) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                KilledWriter.class.getName()));
        command.addAll(args);
        Process writer = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        BlockingQueue<Optional<String>> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out =
                    new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    lines.add(Optional.of(line));
                }
            } catch (java.io.IOException e) {
                // the process is gone
            }
            lines.add(Optional.empty());
        });
        reader.setDaemon(true);
        reader.start();
        List<String> seen = new ArrayList<>();
        try {
            while (true) {
                Optional<String> line = lines.poll(WAIT_SECONDS, TimeUnit.SECONDS);
                assertThat(line)
                        .as("a line within %d s, after %s", WAIT_SECONDS, seen)
                        .isNotNull();
                assertThat(line).as("the writer ended by itself after %s", seen).isPresent();
                seen.add(line.get());
                if (last.test(line.get())) {
                    break;
                }
            }
        } finally {
            writer.destroyForcibly(); // SIGKILL on Linux and macOS
            assertThat(writer.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        }
        // The writer goes on between printing the awaited line and the kill: what it printed
        // before it died was committed too, so it counts as reported.
        for (Optional<String> line; (line = lines.poll(WAIT_SECONDS, TimeUnit.SECONDS)) != null && line.isPresent(); ) {
            seen.add(line.get());
        }
        return seen;
    }
}
