package org.mlopsconsole.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlopsconsole.app.assessment.ResultsViewModel.DimensionResult;
import org.mlopsconsole.app.assessment.ResultsViewModel.HeatmapRow;
import org.mlopsconsole.app.assessment.ResultsViewModel.RoadmapStep;
import org.mlopsconsole.assessment.Crosswalk;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.ModelCatalog;
import org.mlopsconsole.assessment.Question;
import org.mlopsconsole.assessment.Rating;
import org.mlopsconsole.assessment.Respondent;
import org.mlopsconsole.assessment.Responses;
import org.mlopsconsole.assessment.ScoreReportFormat;
import org.mlopsconsole.assessment.ScoreStatus;
import org.mlopsconsole.assessment.analysis.AssessmentAnalysis;
import org.mlopsconsole.assessment.analysis.RoadmapItem.Horizon;
import org.mlopsconsole.workspace.Assessment;
import org.mlopsconsole.workspace.NewAssessment;

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
    void theDimensionProfileIsTheAnalysisOfTheSavedResponses() {
        rateAll("goo-experimentation-l1-1", Rating.FI, Rating.LI, Rating.PI);
        rateAll("goo-experimentation-l2-1", Rating.NI, Rating.PI, Rating.PI);
        rateAll("goo-pipeline-l1-1", Rating.FI, Rating.FI, Rating.FI);
        consensus("goo-pipeline-l1-2", Rating.LI);
        ResultsViewModel results = fixture.results();

        results.refresh().join();

        AssessmentAnalysis expected = AssessmentAnalysis.of(fixture.model, fixture.assessments.responses(assessmentId));
        assertThat(results.dimensions())
                .extracting(DimensionResult::levelText, DimensionResult::score, DimensionResult::reason)
                .containsExactlyElementsOf(expected.dimensions().stream()
                        .map(d -> org.assertj.core.groups.Tuple.tuple(d.levelText(), d.scoreText(), d.reason()))
                        .toList());
        assertThat(results.overallProperty().get())
                .isEqualTo("Level " + expected.overall().levelText() + " · score "
                        + expected.overall().scoreText());
        assertThat(results.overallReasonProperty().get())
                .isEqualTo(expected.overall().reason());
    }

    @Test
    void severalDimensionsHoldingTheLevelAreNamedEachInQuotes() {
        consensus(fixture.questionsAt("pipeline", 1).get(0).id(), Rating.NI);
        consensus(fixture.questionsAt("delivery", 1).get(0).id(), Rating.NI);
        ResultsViewModel results = fixture.results();

        results.refresh().join();

        assertThat(results.overallReasonProperty().get())
                .startsWith("Held at level " + fixture.levelText(0) + " by \u201c"
                        + fixture.dimension("pipeline").name() + "\u201d and \u201c"
                        + fixture.dimension("delivery").name() + "\u201d.");
    }

    @Test
    void heatmapRowsLeadWithTheQuestionTextAndShowRatingsAsTheModelLabelsThem() {
        ResultsViewModel results = fixture.results();
        results.refresh().join();

        HeatmapRow first = results.heatmap().get(0);
        Question question = fixture.questions().get(0);
        assertThat(first.question()).isEqualTo(question.text() + " (" + question.id() + ")");
        assertThat(results.ratingText(Optional.of(Rating.PI))).isEqualTo("PI");
        assertThat(results.ratingText(Optional.empty())).isEqualTo("·");
        assertThat(results.ratingLegend()).startsWith("FI = Fully implemented, LI = Largely implemented");

        try (EngagementFixture checklist =
                new EngagementFixture(dir.resolve("checklist"), "mlops-baseline-checklist")) {
            ResultsViewModel yesNo = checklist.results();
            assertThat(yesNo.ratingText(Optional.of(Rating.FI))).isEqualTo("Yes");
            assertThat(yesNo.ratingLegend()).isEqualTo("FI = Yes, NI = No, NA = Not applicable");
        }
    }

    @Test
    void theOverallLevelSaysWhichDimensionsHoldIt() {
        consensus("goo-experimentation-l1-1", Rating.FI);
        consensus("goo-pipeline-l1-1", Rating.NI);
        ResultsViewModel results = fixture.results();

        results.refresh().join();

        assertThat(results.overallProperty().get()).startsWith("Level 0 (Manual process) · score ");
        assertThat(results.overallReasonProperty().get())
                .startsWith("Held at level 0 (Manual process) by Training pipeline.")
                .contains("Left out, without a level: Pipeline and model delivery (not assessed),"
                        + " Monitoring (not assessed).");
    }

    @Test
    void aDimensionRatedAllNaIsShownAsNotApplicableNeverAsALevel() {
        fixture.dimension("monitoring").questions().forEach(q -> consensus(q.id(), Rating.NA));
        consensus(fixture.questions().get(0).id(), Rating.FI);
        ResultsViewModel results = fixture.results();

        results.refresh().join();

        DimensionResult monitoring = results.dimensions().get(fixture.dimensionIndex("monitoring"));
        assertThat(monitoring.id()).isEqualTo("monitoring");
        assertThat(monitoring.status()).isEqualTo(ScoreStatus.NOT_APPLICABLE);
        assertThat(monitoring.level()).isEmpty();
        assertThat(monitoring.levelText()).isEqualTo("not applicable");
        assertThat(monitoring.score()).isEqualTo("n/a");
        assertThat(monitoring.gap()).isEmpty();
        assertThat(monitoring.reason()).startsWith("Not applicable");
        assertThat(results.roadmap()).noneMatch(step -> step.dimension().equals(monitoring.name()));
    }

    @Test
    void anAssessmentWithNothingRatedHasNoLevelAndSaysSo() {
        ResultsViewModel results = fixture.results();

        results.refresh().join();

        assertThat(results.overallProperty().get()).isEqualTo("Not assessed: no level");
        assertThat(results.overallReasonProperty().get()).startsWith("Not assessed");
        assertThat(results.dimensions())
                .allSatisfy(d -> assertThat(d.levelText()).isEqualTo("not assessed"))
                .allSatisfy(d -> assertThat(d.level()).isEmpty());
        assertThat(results.roadmap()).isEmpty();
    }

    @Test
    void anAssessmentRatedAllNaIsNotApplicable() {
        fixture.model.questions().forEach(question -> consensus(question.id(), Rating.NA));
        ResultsViewModel results = fixture.results();

        results.refresh().join();

        assertThat(results.overallProperty().get()).isEqualTo("Not applicable: no level");
        assertThat(results.dimensions()).allSatisfy(d -> assertThat(d.status()).isEqualTo(ScoreStatus.NOT_APPLICABLE));
    }

    @Test
    void theReasonLeadsWithTheTextOfTheQuestionThatHeldTheLevelBackAndItsIdSecond() {
        consensus("goo-experimentation-l1-1", Rating.FI);
        consensus("goo-experimentation-l2-1", Rating.PI);
        ResultsViewModel results = fixture.results();

        results.refresh().join();

        DimensionResult experimentation = results.dimensions().get(0);
        assertThat(experimentation.level())
                .hasValueSatisfying(level -> assertThat(level.id()).isEqualTo(1));
        String text = fixture.model
                .questions()
                .filter(q -> q.id().equals("goo-experimentation-l2-1"))
                .findFirst()
                .orElseThrow()
                .text();
        String reason = experimentation.reason();
        assertThat(reason)
                .startsWith("Held back from level 2 (CI/CD pipeline automation) by: "
                        + text.substring(0, text.length() - 1))
                .contains("(goo-experimentation-l2-1, rated PI)");
        assertThat(reason.indexOf(text.substring(0, 20))).isLessThan(reason.indexOf("goo-experimentation-l2-1"));
    }

    @Test
    void aLevelWithOnlyNaQuestionsIsPassedThroughButNotGiven() {
        // Revised rule (scoring method 2): monitoring's top level holds only NA questions, so the
        // dimension passes it but is given the level below; method 1 gave the top level.
        int top = fixture.dimension("monitoring").topQuestionLevel();
        fixture.dimension("monitoring")
                .questions()
                .forEach(q -> consensus(q.id(), q.level() < top ? Rating.FI : Rating.NA));
        ResultsViewModel results = fixture.results();

        results.refresh().join();

        DimensionResult monitoring = results.dimensions().get(fixture.dimensionIndex("monitoring"));
        assertThat(monitoring.levelText()).isEqualTo(fixture.levelText(top - 1));
        assertThat(monitoring.reason()).startsWith("Nothing holds it back");
    }

    @Test
    void thePassRuleOfAStagedModelNamesItsPassRatings() {
        assertThat(fixture.results().passRule())
                .isEqualTo(AssessmentAnalysis.passRule(fixture.model))
                .startsWith("A level is given when every question up to it is rated FI or LI or NA");
    }

    @Test
    void heatmapHasOneRowPerQuestionAndOneColumnPerParticipant() {
        rateAll("goo-experimentation-l1-1", Rating.FI, Rating.NI, Rating.LI);
        ResultsViewModel results = fixture.results();

        results.refresh().join();

        assertThat(results.participantNames()).containsExactly("Bruno", "Chen", "Dara");
        assertThat(results.heatmap()).hasSize((int) fixture.model.questions().count());
        HeatmapRow first = results.heatmap().get(0);
        assertThat(first.ratings())
                .containsExactly(Optional.of(Rating.FI), Optional.of(Rating.NI), Optional.of(Rating.LI));
        assertThat(first.aggregate()).contains(Rating.LI);
        assertThat(first.disagreement()).isTrue();
    }

    @Test
    void theSpreadSaysWhichRolesDisagreeAndAFilterScoresOnlyThatRolesRatings() {
        rateAll("goo-experimentation-l1-1", Rating.FI, Rating.NI, Rating.LI);
        consensus("goo-experimentation-l1-1", Rating.FI);
        ResultsViewModel results = fixture.results();
        results.refresh().join();

        // old free-text roles: "data scientist" and "ML engineer" are the catalog's, "product owner" stays as typed
        assertThat(results.roleFilters())
                .extracting(ResultsViewModel.RoleFilter::label)
                .containsExactly("All participants", "Data scientist (1)", "ML engineer (1)", "product owner (1)");
        assertThat(results.heatmap().get(0).spread()).isEqualTo("disagreement: ML engineer NI vs Data scientist FI");
        assertThat(results.heatmap().get(0).aggregate()).contains(Rating.FI); // the room's consensus

        results.roleFilterProperty().set(results.roleFilters().get(2));
        results.refresh().join();

        assertThat(results.roleFilterProperty().get().label()).isEqualTo("ML engineer (1)");
        assertThat(results.participantNames()).containsExactly("Chen");
        assertThat(results.heatmap().get(0).ratings()).containsExactly(Optional.of(Rating.NI));
        assertThat(results.heatmap().get(0).aggregate()).contains(Rating.NI);
        assertThat(results.roleNoteProperty().get())
                .isEqualTo("Only the ratings of the 1 participant in the role ML engineer:"
                        + " the consensus is the whole room's, so it is left out.");

        results.roleFilterProperty().set(ResultsViewModel.RoleFilter.ALL);
        results.refresh().join();
        assertThat(results.participantNames()).hasSize(3);
        assertThat(results.roleNoteProperty().get()).isEmpty();
    }

    @Test
    void roadmapListsTheNextLevelFirstLargestGapFirstThenTowardTheTarget() {
        List<Question> deliveryFirstLevel = fixture.questionsAt("delivery", 1);
        List<Question> monitoringFirstLevel = fixture.questionsAt("monitoring", 1);
        consensus(deliveryFirstLevel.get(0).id(), Rating.NI);
        consensus(monitoringFirstLevel.get(0).id(), Rating.NI);
        fixture.assessments.setTarget(assessmentId, "delivery", OptionalInt.empty(), OptionalInt.of(2));
        fixture.assessments.setTarget(assessmentId, "monitoring", OptionalInt.empty(), OptionalInt.of(1));
        ResultsViewModel results = fixture.results();

        results.refresh().join();

        String delivery = fixture.dimension("delivery").name();
        String monitoring = fixture.dimension("monitoring").name();
        List<RoadmapStep> roadmap = results.roadmap();
        assertThat(roadmap.get(0).horizon()).isEqualTo(Horizon.NEXT_LEVEL);
        assertThat(roadmap.get(0).step())
                .endsWith("(" + deliveryFirstLevel.get(0).id() + ", rated NI)");
        List<String> nextLevel = new java.util.ArrayList<>();
        nextLevel.addAll(java.util.Collections.nCopies(deliveryFirstLevel.size(), delivery));
        nextLevel.addAll(java.util.Collections.nCopies(monitoringFirstLevel.size(), monitoring));
        assertThat(roadmap)
                .filteredOn(step -> step.horizon() == Horizon.NEXT_LEVEL)
                .extracting(RoadmapStep::dimension)
                .as("gap 2 before gap 1; each dimension's level-1 questions, nothing beyond")
                .containsExactlyElementsOf(nextLevel);
        assertThat(roadmap)
                .extracting(RoadmapStep::horizon)
                .containsSubsequence(Horizon.NEXT_LEVEL, Horizon.TOWARD_TARGET)
                .last()
                .isEqualTo(Horizon.TOWARD_TARGET);
        assertThat(roadmap)
                .filteredOn(step -> step.horizon() == Horizon.TOWARD_TARGET)
                .extracting(RoadmapStep::dimension)
                .containsOnly(delivery)
                .hasSize(fixture.questionsAt("delivery", 2).size());
    }

    @Test
    void settingATargetIsSavedAndShowsTheGap() {
        consensus("goo-pipeline-l1-1", Rating.NI);
        ResultsViewModel results = fixture.results();

        results.setTarget("pipeline", OptionalInt.of(2)).join();

        assertThat(fixture.assessments.responses(assessmentId).targets()).containsEntry("pipeline", 2);
        assertThat(results.dimensions().get(1).target()).hasValue(2);
        assertThat(results.dimensions().get(1).gap()).hasValue(2);
    }

    @Test
    void savedRatingsForQuestionsTheModelNoLongerAsksAreKeptButNotScoredAndSaidSo() {
        Responses saved = new Responses(
                fixture.model.id(),
                List.of(new Respondent(
                        "r1",
                        "Bruno",
                        "data scientist",
                        Map.of("goo-experimentation-l1-1", Rating.FI, "goo-retired-question", Rating.NI),
                        Map.of("goo-retired-question", "asked in an earlier model version"))),
                Map.of("goo-another-retired-question", Rating.LI),
                Map.of("retired-dimension", 1));
        fixture.assessments.replaceResponses(assessmentId, saved);
        ResultsViewModel results = fixture.results();

        results.refresh().join();

        assertThat(results.messageProperty().get()).isEmpty();
        assertThat(results.noticeProperty().get())
                .startsWith("2 saved ratings are for questions model " + fixture.model.name() + " no longer asks;"
                        + " 1 saved target is for dimensions or levels model " + fixture.model.name()
                        + " no longer has");
        assertThat(results.dimensions().get(0).levelText()).isEqualTo("1 (ML pipeline automation)");
        // kept as saved; the respondent is Bruno, matched by name, under his generated key
        Responses kept = fixture.assessments.responses(assessmentId);
        assertThat(kept.respondents()).singleElement().satisfies(bruno -> {
            assertThat(bruno.name()).isEqualTo("Bruno");
            assertThat(bruno.ratings()).isEqualTo(saved.respondents().get(0).ratings());
            assertThat(bruno.notes()).isEqualTo(saved.respondents().get(0).notes());
        });
        assertThat(kept.consensus()).isEqualTo(saved.consensus());
        assertThat(kept.targets()).isEqualTo(saved.targets());
    }

    @Test
    void theCrosswalkShowsEveryBundledModelWithHowManyQuestionsWereDerived() {
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
        fixture.assessments.setConsensus(assessment.id(), firstQuestion, Optional.empty(), Optional.of(Rating.FI));
        ResultsViewModel results =
                new ResultsViewModel(assessment.id(), practices, fixture.assessments, Runnable::run, Runnable::run);

        results.refresh().join();

        List<Crosswalk.Result> expected =
                new Crosswalk(ModelCatalog.bundled()).deriveAll(fixture.assessments.responses(assessment.id()));
        assertThat(results.crosswalk())
                .extracting(ResultsViewModel.CrosswalkRow::modelId)
                .containsExactlyElementsOf(
                        expected.stream().map(r -> r.report().model()).toList());
        assertThat(results.crosswalk())
                .extracting(ResultsViewModel.CrosswalkRow::score)
                .containsExactlyElementsOf(expected.stream()
                        .map(r -> ScoreReportFormat.scoreText(
                                r.report().scoring(), r.report().overall().score()))
                        .toList());
        assertThat(results.crosswalk())
                .extracting(ResultsViewModel.CrosswalkRow::derived)
                .containsExactlyElementsOf(
                        expected.stream().map(Crosswalk.Result::describe).toList());
        assertThat(results.crosswalk().get(0).derived())
                .isEqualTo("1/" + practices.questions().count() + " answered");
    }

    @Test
    void otherModelsHaveNoCrosswalk() {
        ResultsViewModel results = fixture.results();

        results.refresh().join();

        assertThat(results.crosswalk()).isEmpty();
    }

    private void consensus(String questionId, Rating rating) {
        fixture.assessments.setConsensus(assessmentId, questionId, Optional.empty(), Optional.of(rating));
    }

    private void rateAll(String questionId, Rating first, Rating second, Rating third) {
        fixture.assessments.rate(p1, questionId, Optional.empty(), Optional.of(first));
        fixture.assessments.rate(p2, questionId, Optional.empty(), Optional.of(second));
        fixture.assessments.rate(p3, questionId, Optional.empty(), Optional.of(third));
    }
}
