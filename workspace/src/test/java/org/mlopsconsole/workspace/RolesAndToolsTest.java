package org.mlopsconsole.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mlopsconsole.assessment.challenges.ChallengeCatalog;
import org.mlopsconsole.assessment.challenges.ChallengeRegister;
import org.mlopsconsole.assessment.challenges.RegisteredChallenge;
import org.mlopsconsole.assessment.roles.OrganizationSize;
import org.mlopsconsole.assessment.roles.Person;
import org.mlopsconsole.assessment.roles.Raci;
import org.mlopsconsole.assessment.tools.InventoryTool;
import org.mlopsconsole.assessment.tools.ToolCatalog;
import org.mlopsconsole.assessment.tools.ToolConstraints;
import org.mlopsconsole.assessment.tools.ToolInventory;
import org.mlopsconsole.workspace.testing.Backend;
import org.mlopsconsole.workspace.testing.OpenWorkspaces;
import org.mlopsconsole.workspace.testing.PostgresExtension;

@ExtendWith(PostgresExtension.class)
class RolesAndToolsTest {

    @TempDir
    Path dir;

    private final OpenWorkspaces workspaces = new OpenWorkspaces();

    @AfterEach
    void close() {
        workspaces.close();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theRaciIsStoredPerOrganizationWithItsPeopleAndCells(Backend backend) {
        Workspace workspace = workspaces.create(backend, dir);
        long acme = workspace.engagements().createOrganization("Acme").id();
        long other = workspace.engagements().createOrganization("Other").id();
        Raci template = OrganizationSize.SMALL.template();
        String activity = template.activities().get(0).id();
        String role = template.roles().get(0).id();
        Raci edited = template.withCell(activity, role, Set.of())
                .withPeople(List.of(new Person("ana", "Ana", List.of(role))));

        assertThat(workspace.rolesAndTools().raci(acme)).isEmpty();
        long version = workspace.rolesAndTools().saveRaci(acme, edited, Versioned.NOTHING_STORED);

        Versioned<Raci> stored = workspace.rolesAndTools().raci(acme).orElseThrow();
        assertThat(stored.value()).isEqualTo(edited);
        assertThat(stored.version()).isEqualTo(version).isEqualTo(1);
        assertThat(workspace.rolesAndTools().raci(other)).isEmpty();
        assertThat(workspace.rolesAndTools().saveRaci(acme, template, version)).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aSaveOverAnOlderVersionIsAConflictAndWritesNothing(Backend backend) {
        Workspace mine = workspaces.create(backend, dir);
        long acme = mine.engagements().createOrganization("Acme").id();
        Workspace theirs = workspaces.open(mine.location());
        ToolInventory inventory = new ToolInventory(
                "Acme",
                List.of(InventoryTool.of(ToolCatalog.bundled().find("mlflow").orElseThrow())),
                ToolConstraints.NONE);
        mine.rolesAndTools().saveInventory(acme, inventory, Versioned.NOTHING_STORED);
        ToolInventory theirEdit = new ToolInventory("Acme", List.of(), ToolConstraints.NONE);
        theirs.rolesAndTools().saveInventory(acme, theirEdit, 1);

        assertThatThrownBy(() -> mine.rolesAndTools().saveInventory(acme, inventory, 1))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("tool inventory of organization " + acme);
        assertThatThrownBy(() -> mine.rolesAndTools().saveInventory(acme, inventory, Versioned.NOTHING_STORED))
                .isInstanceOf(ConflictException.class);
        assertThat(mine.rolesAndTools().inventory(acme).orElseThrow()).isEqualTo(new Versioned<>(theirEdit, 2));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theChallengeRegisterKeepsRatingsLinksAndNotesInOrder(Backend backend) {
        Workspace workspace = workspaces.create(backend, dir);
        long acme = workspace.engagements().createOrganization("Acme").id();
        var catalog = ChallengeCatalog.bundled().challenges();
        RegisteredChallenge first =
                RegisteredChallenge.of(catalog.get(1), 4, 5).withRoadmapQuestions(List.of("q1", "q2"));
        RegisteredChallenge second = new RegisteredChallenge(
                catalog.get(0).id(), catalog.get(0).name(), 2, 3, List.of(), List.of(), "only in the lab");
        ChallengeRegister register = new ChallengeRegister(List.of(first, second));

        assertThat(workspace.rolesAndTools().challenges(acme))
                .isEqualTo(new Versioned<>(new ChallengeRegister(List.of()), Versioned.NOTHING_STORED));
        long version = workspace.rolesAndTools().saveChallenges(acme, register, Versioned.NOTHING_STORED);
        assertThat(workspace.rolesAndTools().challenges(acme)).isEqualTo(new Versioned<>(register, version));

        ChallengeRegister fewer = new ChallengeRegister(List.of(second));
        workspace.rolesAndTools().saveChallenges(acme, fewer, version);
        assertThat(workspace.rolesAndTools().challenges(acme).value()).isEqualTo(fewer);
        assertThatThrownBy(() -> workspace.rolesAndTools().saveChallenges(acme, register, version))
                .isInstanceOf(ConflictException.class);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void anUnknownOrganizationIsNamed(Backend backend) {
        Workspace workspace = workspaces.create(backend, dir);

        assertThatThrownBy(() -> workspace.rolesAndTools().raci(42))
                .isInstanceOf(EngagementException.class)
                .hasMessageContaining("no organization with id 42");
    }
}
