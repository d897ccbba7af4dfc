package org.mlopsconsole.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResponsesLoaderTest {

    private final MaturityModel model =
            new ModelLoader(java.util.Set.of("p-one", "p-two")).parse("custom.json", ModelValidationTest.VALID);

    private static final String VALID = """
            {
              "model": "custom",
              "respondents": [
                { "id": "r1", "name": "Ana", "role": "data-scientist",
                  "ratings": { "data-scripts": "LI", "data-versioned": "NA" },
                  "notes": { "data-scripts": "only for the churn model" } },
                { "id": "r2", "ratings": { "data-scripts": "FI" } }
              ],
              "consensus": { "models-registry": "PI" },
              "targets": { "data": 3 }
            }
            """;

    private List<ValidationError> errorsOf(String content) {
        try {
            ResponsesLoader.parse("answers.json", content, model);
            return List.of();
        } catch (ResponsesValidationException e) {
            return e.errors();
        }
    }

    @Test
    void validResponsesAreRead() {
        Responses responses = ResponsesLoader.parse("answers.json", VALID, model);
        assertThat(responses.respondents()).hasSize(2);
        assertThat(responses.respondents().get(0).ratings()).containsEntry("data-scripts", Rating.LI);
        assertThat(responses.respondents().get(0).notes()).containsKey("data-scripts");
        assertThat(responses.consensus()).containsEntry("models-registry", Rating.PI);
        assertThat(responses.targets()).containsEntry("data", 3);
    }

    private static final String WITH_EVIDENCE = VALID.replace("\"targets\": { \"data\": 3 }", """
            "targets": { "data": 3 },
              "evidence": { "data-scripts": { "note": "Seen the CI logs",
                "links": [ { "title": "CI", "url": "https://ci.example.com/job/7" }, { "url": "mailto:ml@example.com" } ] } }
            """);

    @Test
    void eachParticipantsNotesAreReadWithTheirText() {
        Responses responses = ResponsesLoader.parse("answers.json", VALID, model);

        assertThat(responses.respondents().get(0).notes())
                .containsExactly(java.util.Map.entry("data-scripts", "only for the churn model"));
        assertThat(responses.respondents().get(1).notes()).isEmpty();
    }

    @Test
    void theSharedEvidenceNoteAndLinksAreReadBesideTheResponses() {
        var evidence = ResponsesLoader.parseEvidence("answers.json", WITH_EVIDENCE, model);

        assertThat(ResponsesLoader.parse("answers.json", WITH_EVIDENCE, model).respondents())
                .hasSize(2);
        assertThat(evidence.of("data-scripts").sharedNote()).isEqualTo("Seen the CI logs");
        assertThat(evidence.of("data-scripts").links())
                .extracting(link -> link.shown())
                .containsExactly("CI", "mailto:ml@example.com");
        assertThat(evidence.of("data-versioned").isEmpty()).isTrue();
        assertThat(ResponsesLoader.parseEvidence("answers.json", VALID, model).isEmpty())
                .isTrue();
    }

    @Test
    void evidenceForAnUnknownQuestionOrWithAnUnsafeLinkIsReportedWithItsLocation() {
        String broken = WITH_EVIDENCE
                .replace("https://ci.example.com/job/7", "file:///etc/passwd")
                .replace("\"evidence\": { \"data-scripts\"", "\"evidence\": { \"gone\": {}, \"data-scripts\"");

        assertThat(errorsOf(broken))
                .extracting(ValidationError::pointer)
                .containsExactly("/evidence/gone", "/evidence/data-scripts/links/0/url");
        assertThat(errorsOf(broken).get(1).message()).contains("must start with http:, https: or mailto:");
    }

    @Test
    void invalidRatingIsReportedWithFileAndLocation() {
        String broken = VALID.replace("\"data-scripts\": \"FI\"", "\"data-scripts\": \"YES\"");
        assertThat(errorsOf(broken)).singleElement().satisfies(error -> {
            assertThat(error.file()).isEqualTo("answers.json");
            assertThat(error.pointer()).isEqualTo("/respondents/1/ratings/data-scripts");
            assertThat(error.line()).isEqualTo(7);
            assertThat(error.column()).isEqualTo(48);
            assertThat(error.message()).contains("invalid rating \"YES\"");
        });
    }

    @Test
    void everyUnknownIdAndOtherModelAreListed() {
        String broken = VALID.replace("\"model\": \"custom\"", "\"model\": \"akkiraju-2020\"")
                .replace("\"data-versioned\": \"NA\"", "\"data-typo\": \"NA\"")
                .replace("\"models-registry\": \"PI\"", "\"registry\": \"PI\"")
                .replace("\"data\": 3", "\"dataa\": 3, \"models\": 7");
        assertThat(errorsOf(broken))
                .extracting(ValidationError::message)
                .containsExactly(
                        "these responses are for model \"akkiraju-2020\", not \"custom\"",
                        "unknown question \"data-typo\" in model \"custom\"",
                        "unknown question \"registry\" in model \"custom\"",
                        "unknown dimension \"dataa\" in model \"custom\"",
                        "target 7 is not a level id of model \"custom\"");
    }

    @Test
    void malformedResponsesAreReportedWithLocation() {
        assertThatThrownBy(() -> ResponsesLoader.parse("answers.json", VALID.replace("\"r2\",", "\"r2\""), model))
                .isInstanceOf(ResponsesValidationException.class)
                .hasMessageContaining("answers.json:7:")
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void duplicateRespondentsAndMissingFieldsAreReported() {
        String broken = VALID.replace("\"id\": \"r2\",", "\"id\": \"r1\",").replace("\"model\": \"custom\",", "");
        assertThat(errorsOf(broken))
                .extracting(ValidationError::message)
                .containsExactly("required field \"model\" is missing", "duplicate respondent id \"r1\"");
    }

    @Test
    void templateIsValidEmptyResponses() {
        Responses template = ResponsesLoader.parse("template.json", ResponsesTemplate.json(model), model);
        assertThat(template).isEqualTo(Responses.empty("custom"));
        assertThat(Scorer.score(model, template).questions())
                .allSatisfy(question -> assertThat(question.ratingCode()).isEqualTo("unanswered"));
    }
}
