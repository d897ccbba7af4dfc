package org.mlopsconsole.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlopsconsole.assessment.Rating;
import org.mlopsconsole.assessment.Responses;
import org.mlopsconsole.assessment.ResponsesLoader;

class AssessmentDetailViewModelTest {

    @TempDir
    Path dir;

    private EngagementFixture fixture;
    private AssessmentDetailViewModel detail;

    @BeforeEach
    void open() {
        fixture = new EngagementFixture(dir.resolve("ws"));
        detail = new AssessmentDetailViewModel(
                fixture.assessment,
                fixture.model,
                AssessmentUseCases.of(fixture.workspace),
                Runnable::run,
                Runnable::run);
        detail.workshop().load().join();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void exportWritesTheEnginesResponsesFormat() throws Exception {
        detail.workshop().rateCurrentParticipant(Optional.of(Rating.LI));
        detail.workshop().setConsensus(Optional.of(Rating.FI));
        Path file = dir.resolve("responses.json");

        assertThat(detail.exportResponses(file).join()).isTrue();

        Responses read = ResponsesLoader.load(file, fixture.model);
        assertThat(read).isEqualTo(fixture.assessments.responses(fixture.assessment.id()));
        assertThat(read.respondents().get(0).ratings()).containsEntry("goo-experimentation-l1-1", Rating.LI);
        assertThat(detail.messageProperty().get()).startsWith("Responses exported to ");
    }

    @Test
    void importReplacesTheResponsesAndTheWorkshopShowsThem() throws Exception {
        Path file = dir.resolve("in.json");
        Files.writeString(file, """
                {"model": "google-mlops",
                 "respondents": [{"id": "r1", "name": "Fay", "role": "CTO",
                                  "ratings": {"goo-experimentation-l1-1": "PI"}, "notes": {}}],
                 "consensus": {"goo-pipeline-l1-1": "FI"},
                 "targets": {"pipeline": 2}}
                """);

        List<String> problems = detail.importResponses(file).join();

        assertThat(problems).isEmpty();
        assertThat(detail.workshop().participantRatings()).singleElement().satisfies(row -> {
            assertThat(row.participant().name()).isEqualTo("Fay");
            assertThat(row.rating()).contains(Rating.PI);
        });
        assertThat(fixture.assessments.responses(fixture.assessment.id()).targets())
                .containsEntry("pipeline", 2);
    }

    @Test
    void anInvalidImportListsEveryProblemWithItsLineAndChangesNothing() throws Exception {
        detail.workshop().rateCurrentParticipant(Optional.of(Rating.LI));
        detail.workshop().pendingSaves().join();
        Responses before = fixture.assessments.responses(fixture.assessment.id());
        Path file = dir.resolve("bad.json");
        Files.writeString(file, """
                {"model": "google-mlops",
                 "respondents": [{"id": "r1", "name": "Fay", "role": "CTO",
                                  "ratings": {"goo-experimentation-l1-1": "YES", "no-such-question": "FI"}}]}
                """);

        List<String> problems = detail.importResponses(file).join();

        assertThat(problems).hasSizeGreaterThanOrEqualTo(2);
        assertThat(problems).allSatisfy(problem -> assertThat(problem).startsWith(file + ":"));
        assertThat(problems).anySatisfy(problem -> assertThat(problem).contains(":3:"));
        assertThat(fixture.assessments.responses(fixture.assessment.id())).isEqualTo(before);
        assertThat(detail.messageProperty().get()).startsWith("Nothing was imported: bad.json has ");
    }
}
