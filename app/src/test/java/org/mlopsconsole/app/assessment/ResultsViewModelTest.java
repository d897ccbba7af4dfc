package org.mlopsconsole.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlopsconsole.app.assessment.ResultsViewModel.DimensionResult;
import org.mlopsconsole.app.assessment.ResultsViewModel.HeatmapRow;
import org.mlopsconsole.app.assessment.ResultsViewModel.RoadmapGroup;
import org.mlopsconsole.assessment.Crosswalk;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.ModelCatalog;
import org.mlopsconsole.assessment.Rating;
import org.mlopsconsole.assessment.ScoreReport;
import org.mlopsconsole.assessment.ScoreReportFormat;
import org.mlopsconsole.assessment.Scorer;

class ResultsViewModelTest {

    @TempDir
    Path dir;

    private EngagementFixture fixture;
    private long p1;
    private long p2;
    private long p3;
    private long assessmentId;

    @BeforeEach
    void open() {
        fixture = new EngagementFixture(dir.resolve("ws"));
        p1 = fixture.participants.get(0).id();
        p2 = fixture.participants.get(1).id();
        p3 = fixture.participants.get(2).id();
        assessmentId = fixture.assessment.id();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void levelsAndScoresAreTheEnginesForTheSavedResponses() {
        rateAll("goo-experimentation-l1-1", Rating.FI, Rating.LI, Rating.PI);
        rateAll("goo-experimentation-l2-1", Rating.NI, Rating.PI, Rating.PI);
        rateAll("goo-pipeline-l1-1", Rating.FI, Rating.FI, Rating.FI);
        fixture.assessments.setConsensus(assessmentId, "goo-pipeline-l1-2", Optional.of(Rating.LI));
        ResultsViewModel results = fixture.results();

        results.refresh().join();

        ScoreReport expected = Scorer.score(fixture.model, fixture.assessments.responses(assessmentId));
        assertThat(results.dimensions()).hasSize(expected.dimensions().size());
        for (int i = 0; i < expected.dimensions().size(); i++) {
            DimensionResult shown = results.dimensions().get(i);
            assertThat(shown.level())
                    .isEqualTo(expected.dimensions().get(i).level().id());
            assertThat(shown.score())
                    .isEqualTo(ScoreReportFormat.round(
                                    expected.dimensions().get(i).score().orElseThrow())
                            .toPlainString());
        }
        assertThat(results.overallProperty().get())
                .isEqualTo("Level " + expected.overall().level().id() + " · "
                        + expected.overall().level().name() + " · score "
                        + ScoreReportFormat.round(expected.overall().score().orElseThrow())
                                .toPlainString());
    }

    @Test
    void theReasonNamesTheUnsatisfiedQuestionThatHeldTheLevelBack() {
        fixture.assessments.setConsensus(assessmentId, "goo-experimentation-l1-1", Optional.of(Rating.FI));
        fixture.assessments.setConsensus(assessmentId, "goo-experimentation-l2-1", Optional.of(Rating.PI));
        ResultsViewModel results = fixture.results();

        results.refresh().join();

        DimensionResult experimentation = results.dimensions().get(0);
        assertThat(experimentation.level()).isEqualTo(1);
        assertThat(experimentation.reason()).isEqualTo("Held below level 2 by goo-experimentation-l2-1 (rated PI).");
    }

    @Test
    void thePassRuleOfAStagedModelNamesItsPassRatings() {
        assertThat(fixture.results().passRule())
                .isEqualTo("A level is reached when every question up to it passes: rated FI, LI or NA."
                        + " Unanswered questions do not pass.");
    }

    @Test
    void aDimensionWithEveryQuestionSatisfiedSaysSo() {
        fixture.assessments.setConsensus(assessmentId, "goo-monitoring-l1-1", Optional.of(Rating.FI));
        fixture.assessments.setConsensus(assessmentId, "goo-monitoring-l2-1", Optional.of(Rating.NA));
        ResultsViewModel results = fixture.results();

        results.refresh().join();

        DimensionResult monitoring = results.dimensions().get(3);
        assertThat(monitoring.level()).isEqualTo(2);
        assertThat(monitoring.reason()).isEqualTo("Every question up to level 2 is satisfied.");
    }

    @Test
    void unansweredQuestionsHoldTheLevelBackAsNotAnswered() {
        ResultsViewModel results = fixture.results();

        results.refresh().join();

        assertThat(results.dimensions().get(1).reason())
                .startsWith("Held below level 1 by goo-pipeline-l1-1 (not answered), goo-pipeline-l1-2 (not answered)");
    }

    @Test
    void heatmapHasOneRowPerQuestionAndOneColumnPerParticipant() {
        rateAll("goo-experimentation-l1-1", Rating.FI, Rating.NI, Rating.LI);
        ResultsViewModel results = fixture.results();

        results.refresh().join();

        assertThat(results.participantNames()).containsExactly("Bruno", "Chen", "Dara");
        assertThat(results.heatmap()).hasSize(11);
        HeatmapRow first = results.heatmap().get(0);
        assertThat(first.ratings())
                .containsExactly(Optional.of(Rating.FI), Optional.of(Rating.NI), Optional.of(Rating.LI));
        assertThat(first.aggregate()).contains(Rating.LI);
        assertThat(first.disagreement()).isTrue();
    }

    @Test
    void roadmapPutsTheLargestGapFirst() {
        fixture.assessments.setTarget(assessmentId, "delivery", OptionalInt.of(2));
        fixture.assessments.setTarget(assessmentId, "monitoring", OptionalInt.of(1));
        ResultsViewModel results = fixture.results();

        results.refresh().join();

        assertThat(results.roadmap())
                .extracting(RoadmapGroup::dimension)
                .first()
                .isEqualTo("Pipeline and model delivery");
        RoadmapGroup delivery = results.roadmap().get(0);
        assertThat(delivery.gap()).hasValue(2);
        assertThat(delivery.steps()).singleElement().asString().startsWith("goo-delivery-l1-1: ");
    }

    @Test
    void settingATargetIsSavedAndShowsTheGap() {
        ResultsViewModel results = fixture.results();

        results.setTarget("pipeline", OptionalInt.of(2)).join();

        assertThat(fixture.assessments.responses(assessmentId).targets()).containsEntry("pipeline", 2);
        assertThat(results.dimensions().get(1).target()).hasValue(2);
        assertThat(results.dimensions().get(1).gap()).hasValue(2);
    }

    @Test
    void theCrosswalkShowsEveryBundledModelWhenTheAssessmentUsedThePracticesModel() {
        MaturityModel practices = ModelCatalog.bundled().practicesModel();
        Assessment assessment = fixture.assessments.create(new NewAssessment(
                fixture.assessment.teamId(),
                "Practices",
                practices.id(),
                Optional.empty(),
                fixture.assessment.date(),
                "Ana",
                List.of()));
        String firstQuestion = practices.questions().findFirst().orElseThrow().id();
        fixture.assessments.setConsensus(assessment.id(), firstQuestion, Optional.of(Rating.FI));
        ResultsViewModel results =
                new ResultsViewModel(assessment.id(), practices, fixture.assessments, Runnable::run, Runnable::run);

        results.refresh().join();

        List<ScoreReport> expected =
                new Crosswalk(ModelCatalog.bundled()).scoreAll(fixture.assessments.responses(assessment.id()));
        assertThat(results.crosswalk())
                .extracting(ResultsViewModel.CrosswalkRow::modelId)
                .containsExactlyElementsOf(
                        expected.stream().map(ScoreReport::model).toList());
        assertThat(results.crosswalk())
                .extracting(ResultsViewModel.CrosswalkRow::score)
                .containsExactlyElementsOf(expected.stream()
                        .map(report ->
                                ResultsViewModel.scoreText(report.overall().score()))
                        .toList());
    }

    @Test
    void otherModelsHaveNoCrosswalk() {
        ResultsViewModel results = fixture.results();

        results.refresh().join();

        assertThat(results.crosswalk()).isEmpty();
    }

    private void rateAll(String questionId, Rating first, Rating second, Rating third) {
        fixture.assessments.rate(p1, questionId, Optional.of(first));
        fixture.assessments.rate(p2, questionId, Optional.of(second));
        fixture.assessments.rate(p3, questionId, Optional.of(third));
    }
}
