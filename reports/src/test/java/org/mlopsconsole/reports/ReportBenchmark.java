package org.mlopsconsole.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.mlopsconsole.assessment.Dimension;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.Question;
import org.mlopsconsole.assessment.Responses;
import org.mlopsconsole.assessment.ScoringMethod;

/**
 * Times each report format for 200 questions x 20 participants (warm; the issue asks for the
 * Excel workbook in under 2 s), and the questionnaire export and import for the same size. A program, not a test: it prints figures.
 *
 * <p>Run: {@code java -cp <test classpath> org.mlopsconsole.reports.ReportBenchmark [iterations]}
 */
public final class ReportBenchmark {

    private static final int DIMENSIONS = 10;
    private static final int QUESTIONS_PER_DIMENSION = 20;
    private static final int PARTICIPANTS = 20;

    private ReportBenchmark() {}

    public static void main(String[] args) throws IOException {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        MaturityModel model = syntheticModel();
        String[] names = new String[PARTICIPANTS];
        Arrays.setAll(names, i -> "Participant " + (i + 1));
        Responses responses = TestAssessments.randomResponses(model, 1, names);
        ReportInput input = ReportInput.of(model, responses, TestAssessments.ENGAGEMENT);

        for (ReportFormat format : ReportFormat.values()) {
            int[] size = new int[1];
            double[] report = time(iterations, () -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                Reports.write(input, format, out);
                size[0] = out.size();
            });
            print(format.code() + " report, 200 questions x 20 participants", report, size[0]);
        }

        Path folder = Files.createTempDirectory("report-benchmark");
        Path questionnaire = folder.resolve("questionnaire.xlsx");
        double[] export = time(iterations, () -> Questionnaires.export(model, List.of(names), questionnaire));
        print("Questionnaire export, 20 sheets x 200 questions", export, (int) Files.size(questionnaire));
        double[] read = time(iterations, () -> Questionnaires.read(questionnaire, model));
        print("Questionnaire import (empty ratings), same file", read, (int) Files.size(questionnaire));
        Files.deleteIfExists(questionnaire);
        Files.deleteIfExists(folder);
    }

    interface Work {
        void run() throws IOException;
    }

    /** Milliseconds of each measured run, after as many warm-up runs. */
    static double[] time(int iterations, Work work) throws IOException {
        for (int i = 0; i < iterations; i++) {
            work.run();
        }
        double[] millis = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            work.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis;
    }

    private static void print(String what, double[] sorted, int bytes) {
        System.out.printf(
                Locale.ROOT,
                "%-50s runs %d  min %.0f ms  p50 %.0f ms  max %.0f ms  (%,d bytes)%n",
                what,
                sorted.length,
                sorted[0],
                sorted[sorted.length / 2],
                sorted[sorted.length - 1],
                bytes);
    }

    private static MaturityModel syntheticModel() {
        List<Dimension> dimensions = new ArrayList<>();
        for (int d = 0; d < DIMENSIONS; d++) {
            List<Question> questions = new ArrayList<>();
            for (int q = 0; q < QUESTIONS_PER_DIMENSION; q++) {
                questions.add(new Question(
                        "d" + d + "-q" + q,
                        2 + q % 3,
                        "Statement " + q + " of dimension " + d + ", long enough to wrap over two lines in a"
                                + " report cell like real statements do.",
                        "Guidance for statement " + q,
                        1.0,
                        List.of()));
            }
            dimensions.add(new Dimension("d" + d, "Dimension " + d, "", 1.0, questions));
        }
        return new MaturityModel(
                1,
                "benchmark",
                "Benchmark model",
                "1",
                "synthetic",
                "",
                ScoringMethod.STAGED,
                java.util.EnumSet.of(org.mlopsconsole.assessment.Rating.FI, org.mlopsconsole.assessment.Rating.LI),
                TestAssessments.LEVELS,
                dimensions);
    }
}
