package org.mlopsconsole.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlopsconsole.app.assessment.OrganizationRollupViewModel.Row;
import org.mlopsconsole.app.assessment.TeamHistoryViewModel.Comparison;
import org.mlopsconsole.app.assessment.TeamHistoryViewModel.Point;
import org.mlopsconsole.assessment.Rating;
import org.mlopsconsole.workspace.Assessment;
import org.mlopsconsole.workspace.NewAssessment;
import org.mlopsconsole.workspace.Organization;
import org.mlopsconsole.workspace.Team;

class HistoryAndRollupViewModelTest {

    @TempDir
    Path dir;

    private EngagementFixture fixture;
    private Team fraud;

    @BeforeEach
    void open() {
        fixture = new EngagementFixture(dir.resolve("ws"));
        fraud = fixture.engagements
                .teams(fixture.engagements.organizations(false).get(0).id(), false)
                .get(0);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void trendFollowsEachDimensionOverReassessmentsOfTheTeam() {
        fixture.assessments.setConsensus(
                fixture.assessment.id(), "goo-experimentation-l1-1", Optional.empty(), Optional.of(Rating.PI));
        Assessment again = reassess(fraud, "Six months later", LocalDate.of(2027, 5, 20));
        fixture.assessments.setConsensus(
                again.id(), "goo-experimentation-l1-1", Optional.empty(), Optional.of(Rating.FI));
        TeamHistoryViewModel history =
                new TeamHistoryViewModel(fraud, fixture.assessments, Runnable::run, Runnable::run);

        history.load().join();

        List<Point> experimentation = history.trends().get(0).points();
        assertThat(experimentation)
                .extracting(Point::label)
                .containsExactly("2026-11-23 Baseline", "2027-05-20 Six months later");
        assertThat(experimentation)
                .extracting(Point::levelText)
                .containsExactly("0 (Manual process)", "1 (ML pipeline automation)");
        assertThat(experimentation.get(1).score()).hasValue(50.0);
        assertThat(history.summaryProperty().get()).startsWith("2 assessments of Fraud models with ");
    }

    @Test
    void comparingTwoAssessmentsMarksTheQuestionsWhoseRatingChanged() {
        fixture.assessments.setConsensus(
                fixture.assessment.id(), "goo-pipeline-l1-1", Optional.empty(), Optional.of(Rating.PI));
        Assessment again = reassess(fraud, "Again", LocalDate.of(2027, 1, 10));
        fixture.assessments.setConsensus(again.id(), "goo-pipeline-l1-1", Optional.empty(), Optional.of(Rating.LI));
        TeamHistoryViewModel history =
                new TeamHistoryViewModel(fraud, fixture.assessments, Runnable::run, Runnable::run);
        history.load().join();

        history.compare(fixture.assessment, again);

        assertThat(history.comparison()).hasSize((int) fixture.model.questions().count());
        assertThat(history.comparison())
                .filteredOn(Comparison::changed)
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.questionId()).isEqualTo("goo-pipeline-l1-1");
                    assertThat(row.before()).isEqualTo("PI");
                    assertThat(row.after()).isEqualTo("LI");
                    assertThat(row.change()).isEqualTo("up");
                });
    }

    @Test
    void organizationRollsUpTheLatestAssessmentOfEachTeam() {
        Team credit = fixture.engagements.createTeam(fraud.organizationId(), "Credit risk");
        Assessment creditBaseline = reassess(credit, "Credit baseline", LocalDate.of(2026, 11, 24));
        fixture.dimension("monitoring")
                .questions()
                .forEach(q -> fixture.assessments.setConsensus(
                        creditBaseline.id(), q.id(), Optional.empty(), Optional.of(Rating.FI)));
        int top = fixture.dimension("monitoring").topQuestionLevel();
        OrganizationRollupViewModel rollup = new OrganizationRollupViewModel(
                new Organization(fraud.organizationId(), "Acme", false),
                fixture.engagements,
                fixture.assessments,
                Runnable::run,
                Runnable::run);

        rollup.load().join();

        // Scoring method 2: the Fraud models team rated nothing, so its monitoring is not assessed
        // and left out of the figures (method 1 counted it at level 0 and score 0).
        Row monitoring = rollup.rows().get(fixture.dimensionIndex("monitoring"));
        assertThat(monitoring.dimension())
                .isEqualTo(fixture.dimension("monitoring").name());
        assertThat(monitoring.teams()).isEqualTo(1);
        assertThat(monitoring.medianLevel()).isEqualTo(fixture.levelText(top));
        assertThat(monitoring.levels()).isEqualTo(top + "–" + top);
        assertThat(monitoring.medianScore()).isEqualTo("100.0");
        assertThat(monitoring.scoreSpread()).isEqualTo("100.0–100.0");
        assertThat(monitoring.notRated()).isEqualTo("Fraud models (not assessed)");
        Row delivery = rollup.rows().get(fixture.dimensionIndex("delivery"));
        assertThat(delivery.teams()).isZero();
        assertThat(delivery.medianLevel()).isEqualTo("—");
        assertThat(delivery.medianScore()).isEqualTo("n/a");
        assertThat(rollup.summaryProperty().get())
                .startsWith("Latest assessment on ")
                .contains(" of 2 teams");
    }

    @Test
    void historyShowsADimensionWithoutAVerdictByItsStatus() {
        Assessment again = reassess(fraud, "Again", LocalDate.of(2027, 1, 10));
        fixture.dimension("monitoring")
                .questions()
                .forEach(q ->
                        fixture.assessments.setConsensus(again.id(), q.id(), Optional.empty(), Optional.of(Rating.NA)));
        TeamHistoryViewModel history =
                new TeamHistoryViewModel(fraud, fixture.assessments, Runnable::run, Runnable::run);

        history.load().join();

        List<Point> monitoring =
                history.trends().get(fixture.dimensionIndex("monitoring")).points();
        assertThat(monitoring).extracting(Point::levelText).containsExactly("not assessed", "not applicable");
        assertThat(monitoring).allSatisfy(point -> assertThat(point.level()).isEmpty());
        assertThat(monitoring).allSatisfy(point -> assertThat(point.score()).isEmpty());
    }

    private Assessment reassess(Team team, String title, LocalDate date) {
        return fixture.assessments.create(new NewAssessment(
                team.id(),
                title,
                "google-mlops",
                Optional.empty(),
                date,
                "Ana",
                List.of(new NewAssessment.NewParticipant("Bruno", "data scientist"))));
    }
}
