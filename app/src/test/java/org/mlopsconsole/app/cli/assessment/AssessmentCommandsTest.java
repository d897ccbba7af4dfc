package org.mlopsconsole.app.cli.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mlopsconsole.app.cli.CommandLineApp;
import org.mlopsconsole.assessment.ModelCatalog;

class AssessmentCommandsTest {

    /** A custom model written by hand in the documented format (levels start at 0). */
    private static final String CUSTOM_MODEL = """
            {
              "schemaVersion": 1,
              "id": "custom",
              "name": "Custom",
              "version": "1",
              "source": "Workshop notes",
              "description": "Hand-written",
              "scoring": "staged",
              "levels": [
                { "id": 0, "name": "None", "description": "" },
                { "id": 1, "name": "Basic", "description": "" },
                { "id": 2, "name": "Advanced", "description": "" }
              ],
              "dimensions": [
                { "id": "data", "name": "Data", "description": "", "weight": 1,
                  "questions": [
                    { "id": "d1", "level": 1, "text": "Data is scripted.", "practices": ["orch-scripted-steps"] },
                    { "id": "d2", "level": 2, "text": "Data is versioned.", "weight": 2 }
                  ] },
                { "id": "ops", "name": "Operations", "description": "", "weight": 3,
                  "questions": [ { "id": "o1", "level": 1, "text": "Models are monitored." } ] }
              ]
            }
            """;

    private static final String CUSTOM_RESPONSES = """
            {
              "model": "custom",
              "respondents": [
                { "id": "r1", "name": "Ana", "role": "data-scientist",
                  "ratings": { "d1": "FI", "d2": "NI", "o1": "PI" } },
                { "id": "r2", "ratings": { "d1": "LI", "d2": "LI", "o1": "NA" } },
                { "id": "r3", "ratings": { "d1": "NA", "o1": "FI" } }
              ],
              "consensus": { "o1": "LI" },
              "targets": { "data": 2 }
            }
            """;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CommandLineApp.create(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void modelsListShowsEveryBundledModelWithItsCounts() {
        assertThat(run("models", "list")).isZero();
        assertThat(out.toString())
                .containsPattern("ID\\s+NAME\\s+SCORING\\s+LEVELS\\s+DIMENSIONS\\s+QUESTIONS")
                .containsPattern(
                        "amershi-2019\\s+ML process maturity \\(Amershi et al. 2019\\)\\s+continuous\\s+5\\s+9\\s+54")
                .containsPattern("google-mlops\\s+MLOps levels 0-2 \\(Google Cloud\\)\\s+staged\\s+3\\s+4\\s+\\d+");
        ModelCatalog.bundled()
                .models()
                .forEach(model -> assertThat(out.toString()).contains(model.id()));
    }

    @Test
    void modelsShowPrintsLevelsAndQuestions() {
        assertThat(run("models", "show", "microsoft-mlops")).isZero();
        assertThat(out.toString()).contains("Levels:", "0 No MLOps", "People", "Application integration", "[L1]");
    }

    @Test
    void modelsShowRefusesUnknownModelNamingTheKnownOnes() {
        assertThat(run("models", "show", "cmmi")).isEqualTo(1);
        assertThat(err.toString()).contains("unknown model \"cmmi\"", "akkiraju-2020", "mlops-practices");
    }

    @Test
    void modelsValidateAcceptsHandWrittenModel() throws IOException {
        assertThat(run("models", "validate", write("custom.json", CUSTOM_MODEL).toString()))
                .isZero();
        assertThat(out.toString()).contains("is valid: model custom, staged, 3 levels, 2 dimensions, 3 questions");
    }

    @Test
    void modelsValidateWarnsOnStderrAboutMissingDescriptionsAndStillExitsZero() throws IOException {
        Path file = write("custom.json", CUSTOM_MODEL);

        assertThat(run("models", "validate", file.toString())).isZero();

        assertThat(err.toString().lines())
                .hasSize(5) // three levels and two dimensions, each with an empty description
                .allSatisfy(line -> assertThat(line).matches("warning: .*custom\\.json:\\d+:\\d+: /\\S+: .+"))
                .anyMatch(line -> line.contains("/levels/0: level \"0\" has no description"))
                .anyMatch(line -> line.contains("/dimensions/1: dimension \"ops\" has no description"));
        assertThat(out.toString()).contains("is valid");
    }

    @Test
    void modelsValidatePointsAtEveryErrorWithLineAndColumn() throws IOException {
        String broken = CUSTOM_MODEL
                .replace("\"level\": 2, \"text\"", "\"level\": 5, \"text\"")
                .replace("\"weight\": 3", "\"weight\": 0");
        Path file = write("broken.json", broken);
        assertThat(run("models", "validate", file.toString())).isEqualTo(1);
        assertThat(err.toString())
                .contains("(2 errors)")
                .contains(file + ":18:32:")
                .contains("/dimensions/0/questions/1/level: level 5 is not one of the model's levels")
                .contains(file + ":20:")
                .contains("/dimensions/1/weight: weight must be greater than 0");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void modelsValidateReportsUnreadableFile() {
        assertThat(run("models", "validate", dir.resolve("missing.json").toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("missing.json:1:1: (root): file not found");
    }

    @Test
    void modelsExportWritesTheBundledDefinitionThatValidatesAgain() throws IOException {
        Path target = dir.resolve("akk.json");
        assertThat(run("models", "export", "akkiraju-2020", "--out", target.toString()))
                .isZero();
        assertThat(Files.readString(target))
                .isEqualTo(ModelCatalog.bundled().sourceJson("akkiraju-2020").orElseThrow());
        assertThat(run("models", "validate", target.toString())).isZero();
        assertThat(dir.toFile().list()).containsExactly("akk.json");
    }

    @Test
    void modelsExportRefusesUnknownModelAndMissingFolderWritingNothing() {
        assertThat(run(
                        "models",
                        "export",
                        "nope",
                        "--out",
                        dir.resolve("x.json").toString()))
                .isEqualTo(1);
        assertThat(run(
                        "models",
                        "export",
                        "google-mlops",
                        "--out",
                        dir.resolve("no/such/x.json").toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("unknown model \"nope\"", "does not exist");
        assertThat(dir.toFile().list()).isEmpty();
    }

    @Test
    void modelsWithoutSubcommandIsAUsageError() {
        assertThat(run("models")).isEqualTo(2);
        assertThat(run("models", "export", "google-mlops")).isEqualTo(2);
    }

    @Test
    void assessTemplateWritesEmptyResponsesThatScore() throws IOException {
        Path template = dir.resolve("responses.json");
        assertThat(run("assess", "template", "--model", "dhanorkar-2021", "--out", template.toString()))
                .isZero();
        assertThat(Files.readString(template)).contains("\"model\" : \"dhanorkar-2021\"", "\"respondents\" : [ ]");
        out.getBuffer().setLength(0);
        assertThat(run("assess", "score", "--model", "dhanorkar-2021", "--responses", template.toString()))
                .isZero();
        assertThat(out.toString()).contains("\"rating\":\"unanswered\"").doesNotContain("\"rating\":\"FI\"");
    }

    @Test
    void assessScoreOfHandWrittenModelFollowsTheRulesExactly() throws IOException {
        Path model = write("custom.json", CUSTOM_MODEL);
        Path responses = write("answers.json", CUSTOM_RESPONSES);
        assertThat(run("assess", "score", "--model", model.toString(), "--responses", responses.toString()))
                .isZero();
        // d1: FI, LI (NA left out) -> lower middle LI; d2: NI, LI -> NI, spread 2 steps; o1: consensus LI.
        // data: 100 × (2/3 + 2×0) / 3 = 22.2; level 1 (d1 passes, d2 fails); target 2, gap 1, next d2.
        // ops: 66.7, level 1 (top question level). Overall: (22.22 + 3 × 66.67) / 4 = 55.6, level 1.
        assertThat(out.toString().strip())
                .isEqualTo("{\"model\":\"custom\",\"scoring\":\"staged\",\"methodVersion\":\"2\","
                        + "\"overall\":{\"status\":\"rated\",\"level\":1,\"levelName\":\"Basic\",\"score\":55.6},"
                        + "\"dimensions\":["
                        + "{\"id\":\"data\",\"name\":\"Data\",\"status\":\"rated\",\"level\":1,\"levelName\":\"Basic\",\"score\":22.2,"
                        + "\"target\":2,\"gap\":1,\"nextSteps\":[\"d2\"]},"
                        + "{\"id\":\"ops\",\"name\":\"Operations\",\"status\":\"rated\",\"level\":1,\"levelName\":\"Basic\",\"score\":66.7,"
                        + "\"target\":null,\"gap\":null,\"nextSteps\":[]}],"
                        + "\"questions\":["
                        + "{\"id\":\"d1\",\"rating\":\"LI\",\"disagreement\":false,\"ratedBy\":3},"
                        + "{\"id\":\"d2\",\"rating\":\"NI\",\"disagreement\":true,\"ratedBy\":2},"
                        + "{\"id\":\"o1\",\"rating\":\"LI\",\"disagreement\":true,\"ratedBy\":3}]}");
    }

    /** {@code assess score} of the hand-written model and responses for one role, with more options. */
    private int scoreForRole(String role, String... more) throws IOException {
        Path model = write("custom.json", CUSTOM_MODEL);
        Path responses = write("answers.json", CUSTOM_RESPONSES);
        List<String> args = new ArrayList<>(List.of(
                "assess", "score", "--model", model.toString(), "--responses", responses.toString(), "--role", role));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    @Test
    void assessScoreWithARoleScoresOnlyThatRolesRatingsWithoutTheConsensus() throws IOException {
        assertThat(scoreForRole("Data Scientist")).isZero();
        // Ana alone: d1 FI, d2 NI, o1 PI (the room's consensus LI is left out).
        assertThat(out.toString())
                .contains("\"questions\":[{\"id\":\"d1\",\"rating\":\"FI\",\"disagreement\":false,\"ratedBy\":1},"
                        + "{\"id\":\"d2\",\"rating\":\"NI\",\"disagreement\":false,\"ratedBy\":1},"
                        + "{\"id\":\"o1\",\"rating\":\"PI\",\"disagreement\":false,\"ratedBy\":1}]");
    }

    @Test
    void assessScoreWithARoleSaysWhoseRatingsTheTextShows() throws IOException {
        assertThat(scoreForRole("data-scientist", "--format", "text")).isZero();
        assertThat(out.toString())
                .startsWith("Only the ratings of the 1 participant in the role Data scientist"
                        + " (the consensus is the whole room's, so it is left out).");
    }

    @Test
    void assessScoreWithARoleNoParticipantHasNamesTheRolesThere() throws IOException {
        assertThat(scoreForRole("tester")).isEqualTo(1);
        assertThat(err.toString())
                .contains("answers.json: no participant has the role 'tester'; the roles there: Data scientist (1)");
        assertThat(out.toString()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"NA", "unanswered"})
    void assessScoreOfEveryBundledModelAnsweredAllNaOrNotAtAllHasNoLevel(String answer) throws IOException {
        for (var model : ModelCatalog.bundled().models()) {
            StringBuilder ratings = new StringBuilder();
            if (answer.equals("NA")) {
                model.questions()
                        .forEach(question -> ratings.append(ratings.isEmpty() ? "" : ",")
                                .append('"')
                                .append(question.id())
                                .append("\":\"NA\""));
            }
            Path responses = write(
                    model.id() + ".json",
                    "{\"model\":\"" + model.id() + "\",\"respondents\":[{\"id\":\"r1\",\"ratings\":{" + ratings
                            + "}}]}");
            out.getBuffer().setLength(0);

            assertThat(run("assess", "score", "--model", model.id(), "--responses", responses.toString()))
                    .as(model.id())
                    .isZero();

            String status = answer.equals("NA") ? "not-applicable" : "not-assessed";
            assertThat(out.toString())
                    .as(model.id())
                    .contains("\"overall\":{\"status\":\"" + status + "\",\"level\":null,\"levelName\":null,"
                            + "\"score\":null}")
                    .doesNotContain("\"status\":\"rated\"");
        }
    }

    @Test
    void assessScoreTextFormatHasTheSameFacts() throws IOException {
        Path model = write("custom.yaml", "# YAML works too\n" + CUSTOM_MODEL);
        Path responses = write("answers.json", CUSTOM_RESPONSES);
        assertThat(run(
                        "assess",
                        "score",
                        "--model",
                        model.toString(),
                        "--responses",
                        responses.toString(),
                        "--format",
                        "text"))
                .isZero();
        assertThat(out.toString())
                .contains("Custom (custom, staged, scoring method 2)", "Overall: level 1 Basic, score 55.6")
                .containsPattern("data\\s+Data\\s+1 Basic\\s+22.2\\s+2\\s+1\\s+d2")
                .containsPattern("ops\\s+Operations\\s+1 Basic\\s+66.7\\s+-\\s+-\\s+-")
                .containsPattern("d2\\s+NI\\s+yes\\s+2");
    }

    @Test
    void assessScoreWritesOutputFileWhole() throws IOException {
        Path model = write("custom.json", CUSTOM_MODEL);
        Path responses = write("answers.json", CUSTOM_RESPONSES);
        Path target = dir.resolve("score.json");
        assertThat(run(
                        "assess",
                        "score",
                        "--model",
                        model.toString(),
                        "--responses",
                        responses.toString(),
                        "--out",
                        target.toString()))
                .isZero();
        assertThat(Files.readString(target)).startsWith("{\"model\":\"custom\"");
    }

    @Test
    void assessScoreListsEveryUnknownIdAndTheOtherModel() throws IOException {
        Path model = write("custom.json", CUSTOM_MODEL);
        Path responses = write(
                "answers.json",
                CUSTOM_RESPONSES
                        .replace("\"model\": \"custom\"", "\"model\": \"google-mlops\"")
                        .replace("\"d2\": \"NI\"", "\"d9\": \"NI\"")
                        .replace("\"consensus\": { \"o1\"", "\"consensus\": { \"o7\"")
                        .replace("\"data\": 2", "\"dta\": 2"));
        Path target = dir.resolve("score.json");
        assertThat(run(
                        "assess",
                        "score",
                        "--model",
                        model.toString(),
                        "--responses",
                        responses.toString(),
                        "--out",
                        target.toString()))
                .isEqualTo(1);
        assertThat(err.toString())
                .contains("(4 errors)")
                .contains("/model: these responses are for model \"google-mlops\", not \"custom\"")
                .contains("unknown question \"d9\"")
                .contains("unknown question \"o7\"")
                .contains("unknown dimension \"dta\"");
        assertThat(target).doesNotExist();
    }

    @Test
    void assessScoreNamesFileAndLocationOfAnInvalidRating() throws IOException {
        Path responses = write("answers.json", CUSTOM_RESPONSES.replace("\"o1\": \"PI\"", "\"o1\": \"maybe\""));
        Path model = write("custom.json", CUSTOM_MODEL);
        assertThat(run("assess", "score", "--model", model.toString(), "--responses", responses.toString()))
                .isEqualTo(1);
        assertThat(err.toString())
                .contains(responses + ":5:")
                .contains("/respondents/0/ratings/o1: invalid rating \"maybe\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"google-mlops", "missing-model.json"})
    void assessScoreRefusesUnknownModelOrUnreadableModelFile(String model) throws IOException {
        Path responses = write("answers.json", CUSTOM_RESPONSES);
        String reference = model.endsWith(".json") ? dir.resolve(model).toString() : "unknown-model";
        assertThat(run("assess", "score", "--model", reference, "--responses", responses.toString()))
                .isEqualTo(1);
        assertThat(err.toString()).containsAnyOf("unknown model \"unknown-model\"", "file not found");
    }

    @Test
    void assessScoreRefusesUnreadableResponses() {
        assertThat(run(
                        "assess",
                        "score",
                        "--model",
                        "google-mlops",
                        "--responses",
                        dir.resolve("none.json").toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("none.json:1:1: (root): file not found");
    }

    @Test
    void assessScoreRefusesUnknownFormatAsUsageError() throws IOException {
        Path responses = write("answers.json", CUSTOM_RESPONSES);
        assertThat(run(
                        "assess",
                        "score",
                        "--model",
                        "google-mlops",
                        "--responses",
                        responses.toString(),
                        "--format",
                        "xml"))
                .isEqualTo(2);
    }

    @Test
    void assessTemplateRefusesUnknownModelWritingNothing() {
        assertThat(run(
                        "assess",
                        "template",
                        "--model",
                        "nope",
                        "--out",
                        dir.resolve("t.json").toString()))
                .isEqualTo(1);
        assertThat(dir.toFile().list()).isEmpty();
    }

    @Test
    void assessCrosswalkScoresEveryModelFromPracticeAnswers() throws IOException {
        Path responses = write("practices.json", """
                { "model": "mlops-practices",
                  "respondents": [ { "id": "r1", "ratings": { "mp-ct-retraining": "FI", "mp-ver-code": "LI" } } ] }
                """);
        assertThat(run("assess", "crosswalk", "--responses", responses.toString()))
                .isZero();
        int practiceQuestions =
                (int) ModelCatalog.bundled().practicesModel().questions().count();
        assertThat(out.toString())
                .startsWith("{\"results\":[{\"model\":\"mlops-practices\"")
                .contains("\"derived\":{\"questions\":" + practiceQuestions + ",\"rated\":2,\"fromQuestions\":[]}")
                .contains("{\"model\":\"google-mlops\",\"scoring\":\"staged\"")
                .containsPattern("\"derived\":\\{\"questions\":\\d+,\"rated\":[1-9]\\d*,\"fromQuestions\":\\[\"mp-");
        out.getBuffer().setLength(0);
        assertThat(run("assess", "crosswalk", "--responses", responses.toString(), "--format", "text"))
                .isZero();
        assertThat(out.toString().lines())
                .hasSize(1 + ModelCatalog.bundled().models().size())
                .first()
                .asString()
                .endsWith("Derived");
        assertThat(out.toString())
                .containsPattern("mlops-practices .* 2/" + practiceQuestions + " answered")
                .containsPattern("google-mlops .* \\d+/\\d+ derived from [12] practice answers?");
    }

    @Test
    void assessCrosswalkRefusesResponsesForAnotherModel() throws IOException {
        Path responses = write("answers.json", CUSTOM_RESPONSES);
        assertThat(run("assess", "crosswalk", "--responses", responses.toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("these responses are for model \"custom\", not \"mlops-practices\"");
    }
}
