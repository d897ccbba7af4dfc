package org.mlopsconsole.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlopsconsole.reports.OrganizationRollUp;
import org.mlopsconsole.workspace.Assessment;
import org.mlopsconsole.workspace.NewAssessment;
import org.mlopsconsole.workspace.Organization;
import org.mlopsconsole.workspace.Team;

/** Which assessment of each team the roll-up takes, shared by the Assessments section and the CLI. */
class OrganizationRollupsTest {

    @TempDir
    Path dir;

    private EngagementFixture fixture;
    private Organization acme;
    private Team fraud;
    private OrganizationRollups rollups;

    @BeforeEach
    void open() {
        fixture = new EngagementFixture(dir.resolve("ws"));
        acme = fixture.engagements.organizations(false).get(0);
        fraud = fixture.engagements.teams(acme.id(), false).get(0);
        rollups = new OrganizationRollups(fixture.engagements, fixture.assessments);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private Assessment assess(Team team, String title, String model, LocalDate date) {
        return fixture.assessments.create(new NewAssessment(
                team.id(),
                title,
                model,
                Optional.empty(),
                date,
                "Ana",
                List.of(new NewAssessment.NewParticipant("Bruno", "data scientist"))));
    }

    private OrganizationRollups.Rolled rolled(Optional<String> model) {
        return (OrganizationRollups.Rolled) rollups.roll(acme, model);
    }

    @Test
    void eachTeamCountsOnceWithItsLatestDateAndTheOneCreatedLastOnASharedDate() {
        assess(fraud, "Earlier", "google-mlops", LocalDate.of(2026, 1, 5));
        Assessment sameDayLater = assess(fraud, "Same day, created later", "google-mlops", LocalDate.of(2026, 11, 23));

        OrganizationRollups.Rolled rolled = rolled(Optional.empty());

        assertThat(rolled.teams()).singleElement().satisfies(scored -> {
            assertThat(scored.team().name()).isEqualTo("Fraud models");
            assertThat(scored.assessment().id()).isEqualTo(sameDayLater.id());
        });
    }

    @Test
    void archivedTeamsAndAssessmentsAreLeftOut() {
        Team credit = fixture.engagements.createTeam(acme.id(), "Credit risk");
        assess(credit, "Credit", "google-mlops", LocalDate.of(2026, 11, 24));
        fixture.engagements.archiveTeam(credit.id(), true);
        Assessment archived = assess(fraud, "Archived later one", "google-mlops", LocalDate.of(2026, 12, 1));
        fixture.assessments.edit(new Assessment(
                archived.id(),
                archived.teamId(),
                archived.title(),
                archived.modelId(),
                archived.customModel(),
                archived.date(),
                archived.facilitator(),
                archived.status(),
                true,
                1));

        OrganizationRollups.Rolled rolled = rolled(Optional.empty());

        assertThat(rolled.teams())
                .extracting(scored -> scored.assessment().id())
                .containsExactly(fixture.assessment.id());
    }

    @Test
    void aTieOnTheModelCountTakesTheModelOfTheFirstTeamAndLeavesTheOtherOut() {
        Team audit = fixture.engagements.createTeam(acme.id(), "Audit");
        assess(audit, "Audit", "mlops-practices", LocalDate.of(2026, 11, 24));

        OrganizationRollups.Rolled rolled = rolled(Optional.empty());

        assertThat(rolled.model().id()).as("Audit sorts before Fraud models").isEqualTo("mlops-practices");
        assertThat(rolled.leftOut()).extracting(latest -> latest.team().name()).containsExactly("Fraud models");
        assertThat(rolled(Optional.of("google-mlops")).teams())
                .extracting(scored -> scored.team().name())
                .containsExactly("Fraud models");
    }

    @Test
    void aTeamWhoseNewestAssessmentMovedToAnotherModelComesWithItsEarlierOneOnTheMajorityModel() {
        Team credit = fixture.engagements.createTeam(acme.id(), "Credit risk");
        Assessment creditOnGoogle = assess(credit, "Credit baseline", "google-mlops", LocalDate.of(2026, 6, 1));
        assess(credit, "Credit on practices", "mlops-practices", LocalDate.of(2026, 12, 1));

        OrganizationRollups.Rolled rolled = rolled(Optional.empty());

        assertThat(rolled.model().id())
                .as("both teams were assessed on google-mlops")
                .isEqualTo("google-mlops");
        assertThat(rolled.teams())
                .extracting(
                        scored -> scored.team().name(),
                        scored -> scored.assessment().id())
                .containsExactly(
                        tuple("Credit risk", creditOnGoogle.id()), tuple("Fraud models", fixture.assessment.id()));
        assertThat(rolled.leftOut()).isEmpty();
        assertThat(OrganizationRollups.assessmentsUsed(rolled))
                .startsWith("Assessments used: Credit risk: Credit baseline (2026-06-01); Fraud models: ");
    }

    @Test
    void aTeamWithNoAssessmentOnTheChosenModelIsNamedWithItsLatestModel() {
        Team audit = fixture.engagements.createTeam(acme.id(), "Audit");
        assess(audit, "Audit", "mlops-practices", LocalDate.of(2026, 11, 24));

        OrganizationRollups.Rolled rolled = rolled(Optional.of("google-mlops"));

        assertThat(rolled.leftOut())
                .extracting(OrganizationRollups.LeftOut::reason)
                .containsExactly("no assessment on model google-mlops; its latest uses model mlops-practices");
        assertThat(rolled.report("Acme", LocalDate.of(2026, 12, 1)).leftOutText())
                .isEqualTo("Audit (no assessment on model google-mlops; its latest uses model mlops-practices)");
    }

    @Test
    void aModelNoTeamWasAssessedOnHasNothingToRoll() {
        assertThat(rollups.roll(acme, Optional.of("mlops-practices")))
                .isEqualTo(new OrganizationRollups.NothingToRoll("No team of Acme has an assessment on model"
                        + " \"mlops-practices\"; its teams were assessed on google-mlops (1 team)."));
    }

    @Test
    void anOrganizationWithoutAssessmentsHasNothingToRoll() {
        Organization other = fixture.engagements.createOrganization("Other");
        fixture.engagements.createTeam(other.id(), "Idle");

        assertThat(rollups.roll(other))
                .isEqualTo(new OrganizationRollups.NothingToRoll("Other has no assessed team yet."));
    }

    @Test
    void theReportInputCarriesTeamNamesAssessmentDatesAndScores() {
        OrganizationRollups.Rolled rolled = rolled(Optional.empty());

        OrganizationRollUp report = rolled.report("Acme plc", LocalDate.of(2026, 12, 1));

        assertThat(report.organization()).isEqualTo("Acme plc");
        assertThat(report.model().id()).isEqualTo("google-mlops");
        assertThat(report.date()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(report.teams()).singleElement().satisfies(team -> {
            assertThat(team.team()).isEqualTo("Fraud models");
            assertThat(team.assessedOn()).isEqualTo(LocalDate.of(2026, 11, 23));
            assertThat(team.score().model()).isEqualTo("google-mlops");
        });
    }

    @Test
    void overviewsCountTeamsAndAssessedTeamsPerOrganization() {
        fixture.engagements.createTeam(acme.id(), "Not yet");

        assertThat(rollups.overviews()).singleElement().satisfies(overview -> {
            assertThat(overview.teams()).isEqualTo(2);
            assertThat(overview.assessedTeams()).isEqualTo(1);
            assertThat(overview.latestModels()).containsEntry("google-mlops", 1L);
        });
    }
}
