package org.mlopsconsole.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlopsconsole.assessment.ModelCatalog;
import org.mlopsconsole.workspace.Assessments;
import org.mlopsconsole.workspace.Workspace;
import org.mlopsconsole.workspace.WorkspaceLocation;
import org.mlopsconsole.workspace.Workspaces;

/** A workshop killed halfway (SIGKILL) reopens with every rating, consensus and note it had shown as saved. */
class WorkshopKillTest {

    private static final int KILL_AFTER = 5;

    @TempDir
    Path dir;

    @Test
    void aWorkshopKilledHalfwayReopensWithEverythingSaved() throws Exception {
        Path folder = dir.resolve("ws");
        Process writer = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        WorkshopModeWriter.class.getName(),
                        folder.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        long assessmentId;
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            assessmentId = Long.parseLong(out.readLine().substring("assessment ".length()));
            String line;
            while ((line = out.readLine()) != null && !line.equals("question " + KILL_AFTER)) {
                // each line is one question whose changes are saved
            }
            writer.destroyForcibly(); // mid-workshop: no close, no shutdown hook
            assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        try (Workspace workspace = Workspaces.open(new WorkspaceLocation.Folder(folder))) {
            Assessments reopened = workspace.assessments();
            WorkshopViewModel workshop = new WorkshopViewModel(
                    assessmentId,
                    ModelCatalog.bundled().find("google-mlops").orElseThrow(),
                    reopened,
                    Runnable::run,
                    Runnable::run);
            workshop.load().join();

            for (int i = 0; i <= KILL_AFTER; i++) {
                workshop.questionIndexProperty().set(i);
                for (int p = 0; p < 3; p++) {
                    assertThat(workshop.participantRatings().get(p).rating())
                            .as("question %d, participant %d", i, p)
                            .isEqualTo(WorkshopModeWriter.rating(i, p));
                }
                assertThat(workshop.consensusProperty().get())
                        .as("consensus %d", i)
                        .isEqualTo(WorkshopModeWriter.consensus(i));
                assertThat(workshop.evidenceProperty().get()).isEqualTo("evidence " + i);
            }
        }
    }
}
