package org.mlopsconsole.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModelValidationTest {

    static final String VALID = """
            {
              "schemaVersion": 1,
              "id": "custom",
              "name": "Custom model",
              "version": "1.0",
              "source": "Our workshop notes",
              "description": "A hand-written model",
              "scoring": "staged",
              "passRatings": ["FI", "LI"],
              "levels": [
                { "id": 1, "name": "Initial", "description": "" },
                { "id": 2, "name": "Repeatable", "description": "" },
                { "id": 3, "name": "Defined", "description": "" }
              ],
              "dimensions": [
                { "id": "data", "name": "Data", "description": "", "weight": 1.0,
                  "questions": [
                    { "id": "data-scripts", "level": 2, "text": "Data is prepared by scripts.", "practices": ["p-one"] },
                    { "id": "data-versioned", "level": 3, "text": "Data is versioned.", "weight": 2 }
                  ] },
                { "id": "models", "name": "Models", "description": "",
                  "questions": [
                    { "id": "models-registry", "level": 2, "text": "Models are in a registry." }
                  ] }
              ]
            }
            """;

    private final ModelLoader loader = new ModelLoader(Set.of("p-one", "p-two"));

    private List<ValidationError> validate(String content) {
        return loader.validate("custom.json", content);
    }

    private static int lineOf(String content, String snippet) {
        int index = content.indexOf(snippet);
        assertThat(index).as("snippet %s in the test model", snippet).isNotNegative();
        return (int) content.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void handWrittenModelIsValidAndGetsDefaults() {
        assertThat(validate(VALID)).isEmpty();
        MaturityModel model = loader.parse("custom.json", VALID);
        assertThat(model.scoring()).isEqualTo(ScoringMethod.STAGED);
        assertThat(model.dimensions().get(1).weight()).isEqualTo(1.0);
        assertThat(model.dimensions().get(0).questions().get(1).weight()).isEqualTo(2.0);
        assertThat(model.dimensions().get(0).questions().get(0).practices()).containsExactly("p-one");
    }

    @Test
    void passRatingsDefaultToFullyAndLargelyImplemented() {
        MaturityModel model = loader.parse("custom.json", VALID.replace("\"passRatings\": [\"FI\", \"LI\"],", ""));
        assertThat(model.passRatings()).containsExactlyInAnyOrder(Rating.FI, Rating.LI);
    }

    @ParameterizedTest(name = "{3}")
    @CsvSource(
            delimiter = '|',
            value = {
                // what to replace | with | pointer | message part | line of
                "\"id\": \"models\"|\"id\": \"data\"|/dimensions/1/id|duplicate dimension id \"data\"|\"name\": \"Models\"",
                "\"id\": \"models-registry\"|\"id\": \"data-scripts\"|/dimensions/1/questions/0/id|duplicate question id \"data-scripts\"|\"Models are in a registry.\"",
                "\"id\": \"data-versioned\", \"level\": 3|\"id\": \"data-versioned\", \"level\": 7|/dimensions/0/questions/1/level|level 7 is not one of the model's levels|\"id\": \"data-versioned\"",
                "{ \"id\": 3, \"name\": \"Defined\"|{ \"id\": 2, \"name\": \"Defined\"|/levels/2/id|duplicate level id 2|\"Defined\"",
                "{ \"id\": 2, \"name\": \"Repeatable\"|{ \"id\": 4, \"name\": \"Repeatable\"|/levels/2/id|levels must be listed lowest first with ascending ids: 3 follows 4|\"Defined\"",
                "\"text\": \"Data is versioned.\", \"weight\": 2|\"text\": \"Data is versioned.\", \"weight\": 0|/dimensions/0/questions/1/weight|weight must be greater than 0|\"id\": \"data-versioned\"",
                "\"description\": \"\", \"weight\": 1.0|\"description\": \"\", \"weight\": -1|/dimensions/0/weight|weight must be greater than 0|\"id\": \"data\", \"name\"",
                "\"id\": \"models-registry\", \"level\": 2|\"id\": \"models-registry\", \"level\": 1|/dimensions/1/questions/0/level|question at the floor level 1 of a staged model|\"id\": \"models-registry\"",
                "\"practices\": [\"p-one\"]|\"practices\": [\"p-one\", \"p-nine\"]|/dimensions/0/questions/0/practices/1|unknown practice id \"p-nine\"|\"p-one\"",
                "\"passRatings\": [\"FI\", \"LI\"]|\"passRatings\": [\"FI\", \"XX\"]|/passRatings/1|unknown rating \"XX\" in passRatings|\"passRatings\"",
                "\"version\": \"1.0\",|\"version\": \"1.0\", \"colour\": \"red\",|/colour|unknown field \"colour\"|\"colour\"",
                "\"name\": \"Custom model\",|\"name\": 42,|/name|string|\"name\": 42",
                "\"scoring\": \"staged\"|\"scoring\": \"graded\"|/scoring|staged|\"scoring\"",
                "\"text\": \"Models are in a registry.\"|\"guidance\": \"none\"|/dimensions/1/questions/0|required field \"text\" is missing|\"id\": \"models-registry\"",
                "\"id\": \"models-registry\", \"level\": 2,|\"id\": \"models-registry\",|/dimensions/1/questions/0|a question of a staged or continuous model needs \"level\"|\"id\": \"models-registry\"",
                "\"practices\": [\"p-one\"]|\"practices\": [{\"id\": \"p-six\", \"link\": \"primary\", \"rationale\": \"r\"}]|/dimensions/0/questions/0/practices/0|unknown practice id \"p-six\"|\"p-six\"",
                "\"passRatings\": [\"FI\", \"LI\"],|\"passRatings\": [\"FI\", \"LI\"], \"ratingPoints\": {\"FI\": 1},|/ratingPoints|ratingPoints apply to points-minimum models only|\"ratingPoints\"",
                "\"passRatings\": [\"FI\", \"LI\"],|\"passRatings\": [\"FI\", \"LI\"], \"ratings\": [\"NA\"],|/ratings|offers no rating but NA|\"ratings\"",
            })
    void eachBrokenRuleIsReportedWithPointerLineAndMessage(
            String original, String replacement, String pointer, String message, String lineSnippet) {
        assertThat(VALID).contains(original);
        String broken = VALID.replace(original, replacement);
        List<ValidationError> errors = validate(broken);
        assertThat(errors)
                .as(errors.toString())
                .filteredOn(e -> e.pointer().equals(pointer))
                .hasSize(1);
        ValidationError error = errors.stream()
                .filter(e -> e.pointer().equals(pointer))
                .findFirst()
                .orElseThrow();
        assertThat(error.file()).isEqualTo("custom.json");
        assertThat(error.pointer()).isEqualTo(pointer);
        assertThat(error.message()).contains(message);
        assertThat(error.line()).isEqualTo(lineOf(broken, lineSnippet));
        assertThat(error.column()).isPositive();
        assertThat(error.toString()).startsWith("custom.json:" + error.line() + ":" + error.column() + ": " + pointer);
    }

    @Test
    void dimensionWithoutQuestionsIsReported() {
        String broken = VALID.replace(
                "{ \"id\": \"models-registry\", \"level\": 2, \"text\": \"Models are in a registry.\" }", "");
        List<ValidationError> errors = validate(broken);
        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.pointer()).isEqualTo("/dimensions/1/questions");
            assertThat(error.message()).isEqualTo("dimension \"models\" has no questions");
            assertThat(error.line()).isEqualTo(lineOf(broken, "\"id\": \"models\"") + 1);
        });
    }

    @Test
    void linkObjectsRatingScaleAndBasisAreRead() {
        String rich = VALID.replace(
                        "\"practices\": [\"p-one\"]",
                        "\"practices\": [{\"id\": \"p-one\", \"link\": \"related\", \"rationale\": \"asks for more\"},"
                                + " \"p-two\"], \"basis\": {\"source\": \"Table 2\"}, \"evidence\": \"the job log\"")
                .replace(
                        "\"passRatings\": [\"FI\", \"LI\"],",
                        "\"passRatings\": [\"FI\"], \"ratings\": [\"FI\", \"NI\", \"NA\"],"
                                + " \"ratingLabels\": {\"FI\": \"Yes\", \"NI\": \"No\"}, \"accessed\": \"2026-12-01\",");
        assertThat(validate(rich)).isEmpty();
        MaturityModel model = loader.parse("custom.json", rich);
        Question question = model.dimensions().get(0).questions().get(0);
        assertThat(question.links())
                .containsExactly(
                        new PracticeLink("p-one", PracticeLink.Kind.RELATED, "asks for more"),
                        PracticeLink.primary("p-two"));
        assertThat(question.primaryPractices()).containsExactly("p-two");
        assertThat(question.basis()).isEqualTo(new Basis.Source("Table 2"));
        assertThat(question.evidence()).isEqualTo("the job log");
        assertThat(model.ratingScale().offered()).containsExactly(Rating.FI, Rating.NI, Rating.NA);
        assertThat(model.ratingScale().label(Rating.NI)).isEqualTo("No");
        assertThat(model.accessed()).contains("2026-12-01");
    }

    @Test
    void pointsMinimumQuestionsNeedNoLevelAndItsLevelsStrictlyAscendingMinScores() {
        String points = VALID.replace("\"staged\"", "\"points-minimum\"")
                .replace("\"id\": \"data-versioned\", \"level\": 3,", "\"id\": \"data-versioned\",")
                .replace("\"Initial\", \"description\": \"\"", "\"Initial\"")
                .replace(
                        "\"Repeatable\", \"description\": \"\"",
                        "\"Repeatable\", \"description\": \"\", \"minScore\": 1")
                .replace("\"Defined\", \"description\": \"\"", "\"Defined\", \"description\": \"\", \"minScore\": 1");
        assertThat(validate(points)).singleElement().satisfies(error -> {
            assertThat(error.pointer()).isEqualTo("/levels/2/minScore");
            assertThat(error.message()).contains("is not above the previous level's 1");
        });
        MaturityModel model = loader.parse(
                "custom.json",
                points.replace("\"Defined\", \"description\": \"\", \"minScore\": 1", "\"Defined\", \"minScore\": 2"));
        assertThat(model.scoring()).isEqualTo(ScoringMethod.POINTS_MINIMUM);
        assertThat(model.dimensions().get(0).questions().get(1).level()).isEqualTo(1);
    }

    @Test
    void missingDescriptionsAreWarningsNotErrors(@TempDir Path folder) throws IOException {
        String bare = VALID.replace(
                "{ \"id\": 1, \"name\": \"Initial\", \"description\": \"\" }", "{ \"id\": 1, \"name\": \"Initial\" }");
        Path file = folder.resolve("bare.json");
        Files.writeString(file, bare);
        assertThat(loader.validate(file)).isEmpty();
        assertThat(loader.warnings(file))
                .extracting(ValidationError::pointer)
                .containsExactly("/levels/0", "/levels/1", "/levels/2", "/dimensions/0", "/dimensions/1");
        assertThat(loader.warnings(file).get(0).message()).isEqualTo("level \"1\" has no description");
    }

    @Test
    void continuousLevelsNeedAscendingMinScores() {
        String continuous = VALID.replace("\"staged\"", "\"continuous\"")
                .replace("\"Initial\", \"description\": \"\"", "\"Initial\", \"description\": \"\", \"minScore\": 0")
                .replace(
                        "\"Repeatable\", \"description\": \"\"",
                        "\"Repeatable\", \"description\": \"\", \"minScore\": 50")
                .replace("\"Defined\", \"description\": \"\"", "\"Defined\", \"description\": \"\", \"minScore\": 40");
        assertThat(validate(continuous)).singleElement().satisfies(error -> {
            assertThat(error.pointer()).isEqualTo("/levels/2/minScore");
            assertThat(error.message()).contains("levels not ascending");
        });
    }

    @Test
    void floorQuestionsAreAllowedInContinuousModels() {
        String continuous = VALID.replace("\"staged\"", "\"continuous\"")
                .replace("\"description\": \"\" }", "\"description\": \"\", \"minScore\": 0 }")
                .replace("\"id\": \"models-registry\", \"level\": 2", "\"id\": \"models-registry\", \"level\": 1");
        assertThat(validate(continuous)).isEmpty();
    }

    @Test
    void everyErrorIsReportedInFileOrderNotJustTheFirst() {
        String broken = VALID.replace("\"passRatings\": [\"FI\", \"LI\"]", "\"passRatings\": [\"GOOD\"]")
                .replace("\"weight\": 2", "\"weight\": 0")
                .replace("\"id\": \"models-registry\", \"level\": 2", "\"id\": \"data-scripts\", \"level\": 9");
        List<ValidationError> errors = validate(broken);
        assertThat(errors)
                .extracting(ValidationError::pointer)
                .containsExactly(
                        "/passRatings/0",
                        "/dimensions/0/questions/1/weight",
                        "/dimensions/1/questions/0/id",
                        "/dimensions/1/questions/0/level");
        assertThatThrownBy(() -> loader.parse("custom.json", broken))
                .isInstanceOf(ModelValidationException.class)
                .hasMessageContaining("4 errors")
                .hasMessageContaining("custom.json:" + lineOf(broken, "GOOD"));
    }

    @Test
    void malformedJsonIsReportedAtTheSyntaxError() {
        String broken = VALID.replace("\"version\": \"1.0\",", "\"version\": \"1.0\"");
        assertThat(validate(broken)).singleElement().satisfies(error -> {
            assertThat(error.message()).startsWith("not valid JSON");
            assertThat(error.line()).isEqualTo(lineOf(broken, "\"source\""));
        });
    }

    @Test
    void duplicateJsonKeysAreReported() {
        String broken = VALID.replace("\"version\": \"1.0\",", "\"version\": \"1.0\", \"name\": \"Again\",");
        assertThat(validate(broken)).singleElement().satisfies(error -> {
            assertThat(error.pointer()).isEqualTo("/name");
            assertThat(error.message()).isEqualTo("duplicate key \"name\"");
        });
    }

    @Test
    void yamlModelsAreAcceptedAndLocatedToo(@TempDir Path dir) throws IOException {
        String yaml = """
                schemaVersion: 1
                id: custom-yaml
                name: Custom YAML model
                version: "1.0"
                source: Our notes
                description: Written in YAML
                scoring: staged
                levels:
                  - { id: 0, name: Manual, description: "" }
                  - { id: 1, name: Automated, description: "" }
                dimensions:
                  - id: pipeline
                    name: Pipeline
                    description: ""
                    questions:
                      - id: pipeline-automated
                        level: 1
                        text: The pipeline runs without manual steps.
                        weight: 0
                """;
        Path file = dir.resolve("custom.yaml");
        Files.writeString(file, yaml);
        assertThat(loader.validate(file)).singleElement().satisfies(error -> {
            assertThat(error.pointer()).isEqualTo("/dimensions/0/questions/0/weight");
            assertThat(error.line()).isEqualTo(19);
        });
        Files.writeString(file, yaml.replace("weight: 0", "weight: 1.5"));
        assertThat(loader.load(file).dimensions().get(0).questions().get(0).weight())
                .isEqualTo(1.5);
    }

    @Test
    void malformedYamlIsReportedOnOneLineAtTheSyntaxError() {
        List<ValidationError> errors = loader.validate("custom.yaml", "schemaVersion: 1\nid: [unclosed\n");
        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.message()).startsWith("not valid YAML").doesNotContain("\n");
            assertThat(error.line()).isEqualTo(2);
        });
    }

    @Test
    void idsWithSpacesAreRefusedWithTheAllowedCharacters() {
        String broken = VALID.replace("\"id\": \"models\"", "\"id\": \"our models\"");
        assertThat(validate(broken)).singleElement().satisfies(error -> {
            assertThat(error.pointer()).isEqualTo("/dimensions/1/id");
            assertThat(error.message()).contains("letters, digits");
        });
    }

    @Test
    void unreadableFileIsReportedAsOneError(@TempDir Path dir) {
        Path missing = dir.resolve("nowhere.json");
        assertThat(loader.validate(missing)).singleElement().satisfies(error -> {
            assertThat(error.file()).isEqualTo(missing.toString());
            assertThat(error.message()).isEqualTo("file not found");
        });
        assertThatThrownBy(() -> loader.load(dir))
                .isInstanceOf(ModelValidationException.class)
                .hasMessageContaining("is a directory");
    }

    @Test
    void emptyFileIsReported() {
        assertThat(validate("  "))
                .singleElement()
                .satisfies(error -> assertThat(error.message()).isEqualTo("the file is empty"));
    }
}
