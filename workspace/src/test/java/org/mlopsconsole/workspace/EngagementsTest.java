package org.mlopsconsole.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mlopsconsole.workspace.testing.Backend;
import org.mlopsconsole.workspace.testing.OpenWorkspaces;
import org.mlopsconsole.workspace.testing.PostgresExtension;

@ExtendWith(PostgresExtension.class)
class EngagementsTest {

    @TempDir
    Path dir;

    private final OpenWorkspaces workspaces = new OpenWorkspaces();

    @AfterEach
    void close() {
        workspaces.close();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void organizationsAndTeamsAreCreatedRenamedAndArchived(Backend backend) {
        Engagements engagements = workspaces.create(backend, dir).engagements();
        Organization acme = engagements.createOrganization("  Acme  ");
        Team data = engagements.createTeam(acme.id(), "Data platform");
        engagements.createTeam(acme.id(), "Analytics");

        engagements.renameOrganization(acme.id(), "Acme GmbH");
        engagements.renameTeam(data.id(), "Data & ML platform");
        engagements.archiveTeam(data.id(), true);

        assertThat(engagements.organization(acme.id()).name()).isEqualTo("Acme GmbH");
        assertThat(engagements.teams(acme.id(), false)).extracting(Team::name).containsExactly("Analytics");
        assertThat(engagements.teams(acme.id(), true))
                .extracting(Team::name)
                .containsExactly("Analytics", "Data & ML platform");
        engagements.archiveOrganization(acme.id(), true);
        assertThat(engagements.organizations(false)).isEmpty();
        assertThat(engagements.organizations(true))
                .extracting(Organization::archived)
                .containsExactly(true);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aMissingIdIsNamedInTheMessage(Backend backend) {
        Engagements engagements = workspaces.create(backend, dir).engagements();

        assertThatThrownBy(() -> engagements.createTeam(42, "Orphans"))
                .isInstanceOf(EngagementException.class)
                .hasMessage(
                        "There is no organization with id 42 in this workspace ('mlops-console org list' lists them).");
        assertThatThrownBy(() -> engagements.renameTeam(7, "x"))
                .isInstanceOf(EngagementException.class)
                .hasMessageContaining("no team with id 7");
        assertThatThrownBy(() -> engagements.createOrganization("  "))
                .isInstanceOf(EngagementException.class)
                .hasMessage("Organization name is required.");
    }
}
