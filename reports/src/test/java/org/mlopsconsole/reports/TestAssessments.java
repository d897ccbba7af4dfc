package org.mlopsconsole.reports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.mlopsconsole.assessment.Dimension;
import org.mlopsconsole.assessment.Level;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.ModelCatalog;
import org.mlopsconsole.assessment.Question;
import org.mlopsconsole.assessment.Rating;
import org.mlopsconsole.assessment.Respondent;
import org.mlopsconsole.assessment.Responses;
import org.mlopsconsole.assessment.ScoringMethod;

/** Models and responses for report tests: the bundled practices model and small hand-made ones. */
final class TestAssessments {

    static final Engagement ENGAGEMENT = new Engagement("Acme Bank", "Fraud models", "Dana", LocalDate.of(2026, 11, 2));

    private TestAssessments() {}

    static MaturityModel practicesModel() {
        return ModelCatalog.bundled().practicesModel();
    }

    /** Seeded ratings from each named respondent for every question, and a target of 4 on half the dimensions. */
    static Responses randomResponses(MaturityModel model, long seed, String... names) {
        Random random = new Random(seed);
        List<Respondent> respondents = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            Map<String, Rating> ratings = new LinkedHashMap<>();
            Map<String, String> notes = new HashMap<>();
            model.questions().forEach(question -> {
                ratings.put(question.id(), Rating.values()[random.nextInt(Rating.values().length)]);
                if (random.nextInt(5) == 0) {
                    notes.put(question.id(), "Seen in sprint " + random.nextInt(40));
                }
            });
            respondents.add(new Respondent("r" + i, names[i], "", ratings, notes));
        }
        Map<String, Integer> targets = new HashMap<>();
        for (int i = 0; i < model.dimensions().size(); i += 2) {
            targets.put(model.dimensions().get(i).id(), 4);
        }
        return new Responses(model.id(), respondents, Map.of(), targets);
    }

    static ReportInput practicesInput() {
        MaturityModel model = practicesModel();
        return ReportInput.of(model, randomResponses(model, 42, "Ana", "Bruno", "Carla"), ENGAGEMENT);
    }

    static final List<Level> LEVELS = List.of(
            new Level(1, "Initial", "", 0),
            new Level(2, "Repeatable", "", 25),
            new Level(3, "Defined", "", 50),
            new Level(4, "Managed", "", 75));

    static Question question(String id, int level, double weight) {
        return new Question(id, level, "Statement " + id, "Guidance " + id, weight, List.of());
    }

    static Dimension dimension(String id, double weight, Question... questions) {
        return new Dimension(id, "Dimension " + id, "", weight, List.of(questions));
    }

    static MaturityModel model(ScoringMethod scoring, Dimension... dimensions) {
        return new MaturityModel(
                1,
                "test",
                "Test model",
                "1",
                "tests",
                "",
                scoring,
                EnumSet.of(Rating.FI, Rating.LI),
                LEVELS,
                List.of(dimensions));
    }

    /** Writes {@code input}'s workbook into {@code folder} and reads it back. */
    static XSSFWorkbook workbook(ReportInput input, Path folder) throws IOException {
        Path file = folder.resolve("report-" + System.nanoTime() + ".xlsx");
        Reports.write(input, ReportFormat.XLSX, file);
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    static Respondent respondent(String id, String name, Map<String, Rating> ratings, Map<String, String> notes) {
        return new Respondent(id, name, "", ratings, notes);
    }
}
