package org.mlopsconsole.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mlopsconsole.assessment.Rating;
import org.mlopsconsole.workspace.testing.Backend;
import org.mlopsconsole.workspace.testing.OpenWorkspaces;
import org.mlopsconsole.workspace.testing.PostgresExtension;

/** Saves racing each other on one cell, from separate connections: one wins, the others conflict. */
@ExtendWith(PostgresExtension.class)
class ConcurrentEditsTest {

    private static final int CONSOLES = 4;

    @TempDir
    Path dir;

    private final OpenWorkspaces workspaces = new OpenWorkspaces();

    @AfterEach
    void close() {
        workspaces.close();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void racingFirstSavesOfOneCellLeaveExactlyOneAndTheRestConflict(Backend backend) throws Exception {
        Workspace workspace = workspaces.create(backend, dir);
        Team team = workspace
                .engagements()
                .createTeam(workspace.engagements().createOrganization("Acme").id(), "Data");
        Assessment assessment = workspace
                .assessments()
                .create(new NewAssessment(
                        team.id(),
                        "Race",
                        "google-mlops",
                        Optional.empty(),
                        LocalDate.of(2026, 12, 1),
                        "Ana",
                        List.of(new NewAssessment.NewParticipant("Ana", ""))));
        long ana = workspace.assessments().participants(assessment.id()).get(0).id();
        List<Workspace> consoles = new ArrayList<>();
        for (int i = 0; i < CONSOLES; i++) {
            consoles.add(workspaces.open(workspace.location()));
        }
        Rating[] wanted = {Rating.FI, Rating.LI, Rating.PI, Rating.NI};
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(CONSOLES);
        try {
            List<Future<Boolean>> saved = new ArrayList<>();
            for (int i = 0; i < CONSOLES; i++) {
                Assessments console = consoles.get(i).assessments();
                Rating rating = wanted[i];
                saved.add(threads.submit(() -> {
                    start.await();
                    try {
                        console.rate(ana, "q1", Optional.empty(), Optional.of(rating));
                        return true;
                    } catch (ConflictException e) {
                        return false;
                    }
                }));
            }
            start.countDown();
            List<Boolean> outcomes = new ArrayList<>();
            for (Future<Boolean> outcome : saved) {
                outcomes.add(outcome.get());
            }

            assertThat(outcomes).as("one save wins, the others are told").containsOnlyOnce(true);
            Rating kept = workspace
                    .assessments()
                    .responses(assessment.id())
                    .respondents()
                    .get(0)
                    .ratings()
                    .get("q1");
            assertThat(kept).isEqualTo(wanted[outcomes.indexOf(true)]);
            assertThat(workspace.assessments().history(assessment.id())).hasSize(1);
        } finally {
            threads.shutdownNow();
        }
    }
}
