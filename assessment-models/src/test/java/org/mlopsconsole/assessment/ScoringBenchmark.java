package org.mlopsconsole.assessment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Prints how long {@link Scorer#score} takes for 1,000 respondents × 500 questions once the JVM is
 * warm. A program, not a test: timings depend on the machine. Run it with
 * {@code java -cp <test and runtime class path> org.mlopsconsole.assessment.ScoringBenchmark}.
 */
public final class ScoringBenchmark {

    private static final int RESPONDENTS = 1_000;
    private static final int DIMENSIONS = 10;
    private static final int QUESTIONS_PER_DIMENSION = 50;
    private static final int WARM_UP_RUNS = 30;
    private static final int MEASURED_RUNS = 50;

    private ScoringBenchmark() {}

    public static void main(String[] args) {
        MaturityModel model = model();
        Responses responses = responses(model, new Random(42));
        for (int i = 0; i < WARM_UP_RUNS; i++) {
            consume(Scorer.score(model, responses));
        }
        long[] nanos = new long[MEASURED_RUNS];
        for (int i = 0; i < MEASURED_RUNS; i++) {
            long start = System.nanoTime();
            consume(Scorer.score(model, responses));
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf(
                Locale.ROOT,
                "Scorer.score, %,d respondents x %d questions (%,d ratings), warm, %d runs:%n"
                        + "  min %.1f ms, median %.1f ms, p90 %.1f ms, max %.1f ms%n",
                RESPONDENTS,
                DIMENSIONS * QUESTIONS_PER_DIMENSION,
                (long) RESPONDENTS * DIMENSIONS * QUESTIONS_PER_DIMENSION,
                MEASURED_RUNS,
                millis(nanos[0]),
                millis(nanos[MEASURED_RUNS / 2]),
                millis(nanos[MEASURED_RUNS * 9 / 10]),
                millis(nanos[MEASURED_RUNS - 1]));
        System.out.printf(
                Locale.ROOT,
                "  Java %s, %d processors%n",
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
    }

    private static MaturityModel model() {
        List<Level> levels = List.of(
                new Level(1, "Initial", "", 0),
                new Level(2, "Repeatable", "", 20),
                new Level(3, "Defined", "", 40),
                new Level(4, "Managed", "", 60),
                new Level(5, "Optimizing", "", 80));
        List<Dimension> dimensions = new ArrayList<>();
        for (int d = 0; d < DIMENSIONS; d++) {
            List<Question> questions = new ArrayList<>();
            for (int q = 0; q < QUESTIONS_PER_DIMENSION; q++) {
                questions.add(new Question("d" + d + "-q" + q, 2 + q % 4, "Statement", "", 1.0, List.of()));
            }
            dimensions.add(new Dimension("d" + d, "Dimension " + d, "", 1.0, questions));
        }
        return new MaturityModel(
                1,
                "bench",
                "Benchmark",
                "1",
                "generated",
                "",
                ScoringMethod.STAGED,
                EnumSet.of(Rating.FI, Rating.LI),
                levels,
                dimensions);
    }

    /** Every respondent rates about 95% of the questions; about 5% of the ratings are NA. */
    private static Responses responses(MaturityModel model, Random random) {
        List<String> questionIds = model.questions().map(Question::id).toList();
        Rating[] ratings = Rating.values();
        List<Respondent> respondents = new ArrayList<>();
        for (int r = 0; r < RESPONDENTS; r++) {
            Map<String, Rating> given = new HashMap<>();
            for (String questionId : questionIds) {
                if (random.nextInt(20) != 0) {
                    given.put(questionId, random.nextInt(20) == 0 ? Rating.NA : ratings[random.nextInt(4)]);
                }
            }
            respondents.add(new Respondent("r" + r, "", "", given, Map.of()));
        }
        return new Responses(model.id(), respondents, Map.of(), Map.of("d0", 5));
    }

    private static volatile Object sink;

    private static void consume(ScoreReport report) {
        sink = report;
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }
}
