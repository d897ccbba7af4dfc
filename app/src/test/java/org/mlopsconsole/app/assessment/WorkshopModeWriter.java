package org.mlopsconsole.app.assessment;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.mlopsconsole.assessment.Rating;

/**
 * Run in a child process: runs a workshop through the {@link WorkshopViewModel}, as the keys do,
 * printing each question once its changes are saved; the test kills it with SIGKILL halfway.
 */
public final class WorkshopModeWriter {

    private WorkshopModeWriter() {}

    /** What the workshop gives participant {@code p} (0-based) on question {@code i}. */
    static Optional<Rating> rating(int i, int p) {
        return WorkshopViewModel.ratingForDigit((i + p) % 5);
    }

    static Optional<Rating> consensus(int i) {
        return i % 2 == 0 ? WorkshopViewModel.ratingForDigit((i + 3) % 5) : Optional.empty();
    }

    public static void main(String[] args) throws Exception {
        // never closed: the test kills this process
        EngagementFixture fixture = new EngagementFixture(Path.of(args[0]));
        System.out.println("assessment " + fixture.assessment.id());
        ExecutorService background = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "saves");
            thread.setDaemon(true);
            return thread;
        });
        WorkshopViewModel workshop = new WorkshopViewModel(
                fixture.assessment.id(), fixture.model, fixture.assessments, background, Runnable::run);
        workshop.load().join();
        for (int i = 0; i < workshop.questionCount(); i++) {
            for (int p = 0; p < 3; p++) {
                workshop.rateCurrentParticipant(rating(i, p));
            }
            workshop.setConsensus(consensus(i));
            workshop.evidenceProperty().set("evidence " + i);
            workshop.pendingSaves().join();
            System.out.println("question " + i);
            System.out.flush();
            workshop.next();
        }
        System.out.println("done");
        System.out.flush();
        Thread.sleep(60_000);
    }
}
