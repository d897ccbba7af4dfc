package org.mlopsconsole.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mlopsconsole.workspace.testing.Backend;
import org.mlopsconsole.workspace.testing.OpenWorkspaces;
import org.mlopsconsole.workspace.testing.PostgresExtension;

/** The workshop agenda is kept per assessment, in its order, replaced whole, on H2 and PostgreSQL. */
@ExtendWith(PostgresExtension.class)
class AgendaTest {

    @TempDir
    Path dir;

    private final OpenWorkspaces workspaces = new OpenWorkspaces();

    @AfterEach
    void close() {
        workspaces.close();
    }

    private static Assessment baseline(Workspace workspace, String title) {
        Organization acme = workspace.engagements().createOrganization("Acme " + title);
        Team team = workspace.engagements().createTeam(acme.id(), "Data platform");
        return workspace
                .assessments()
                .create(new NewAssessment(
                        team.id(),
                        title,
                        "google-mlops",
                        Optional.empty(),
                        LocalDate.of(2026, 11, 23),
                        "Ana",
                        List.of(new NewAssessment.NewParticipant("Zoë", "engineer"))));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void anAgendaIsSavedInItsOrderPerAssessmentAndReplacedWhole(Backend backend) {
        Workspace workspace = workspaces.create(backend, dir);
        Assessments assessments = workspace.assessments();
        Assessment first = baseline(workspace, "Baseline");
        Assessment other = baseline(workspace, "Other");
        assertThat(assessments.agenda(first.id())).isEmpty();

        List<AgendaSlot> plan = List.of(
                new AgendaSlot("pipeline", Duration.ofMinutes(20)),
                new AgendaSlot("experimentation", Duration.ofMinutes(15)),
                new AgendaSlot("delivery", Duration.ofSeconds(90)));
        assessments.saveAgenda(first.id(), plan);
        assertThat(assessments.agenda(first.id())).containsExactlyElementsOf(plan);
        assertThat(assessments.agenda(other.id())).isEmpty();

        List<AgendaSlot> changed = List.of(
                new AgendaSlot("delivery", Duration.ofMinutes(5)), new AgendaSlot("pipeline", Duration.ofMinutes(25)));
        assessments.saveAgenda(first.id(), changed);
        assertThat(assessments.agenda(first.id())).containsExactlyElementsOf(changed);

        assessments.saveAgenda(first.id(), List.of());
        assertThat(assessments.agenda(first.id())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void anAgendaNamingADimensionTwiceIsRefusedAndTheSavedOneStays(Backend backend) {
        Workspace workspace = workspaces.create(backend, dir);
        Assessments assessments = workspace.assessments();
        Assessment assessment = baseline(workspace, "Baseline");
        List<AgendaSlot> saved = List.of(new AgendaSlot("pipeline", Duration.ofMinutes(20)));
        assessments.saveAgenda(assessment.id(), saved);

        assertThatThrownBy(() -> assessments.saveAgenda(
                        assessment.id(),
                        List.of(
                                new AgendaSlot("delivery", Duration.ofMinutes(5)),
                                new AgendaSlot("delivery", Duration.ofMinutes(6)))))
                .isInstanceOf(EngagementException.class)
                .hasMessageContaining("delivery twice");
        assertThat(assessments.agenda(assessment.id())).containsExactlyElementsOf(saved);
        assertThatThrownBy(() -> new AgendaSlot("delivery", Duration.ZERO)).hasMessageContaining("more than zero");
    }
}
