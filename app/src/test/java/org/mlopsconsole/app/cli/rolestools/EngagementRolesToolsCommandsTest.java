package org.mlopsconsole.app.cli.rolestools;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlopsconsole.assessment.roles.OrganizationSize;
import org.mlopsconsole.assessment.roles.Raci;
import org.mlopsconsole.assessment.roles.RaciFiles;
import org.mlopsconsole.assessment.roles.Responsibility;
import org.mlopsconsole.workspace.PasswordSource;
import org.mlopsconsole.workspace.Workspace;
import org.mlopsconsole.workspace.WorkspaceLocation;
import org.mlopsconsole.workspace.Workspaces;

/** roles/tools import, export and the checks of a RACI and an inventory stored for an engagement. */
class EngagementRolesToolsCommandsTest {

    @TempDir
    Path dir;

    private String workspace;
    private String organization;

    @BeforeEach
    void createOrganization() {
        workspace = dir.resolve("ws").toString();
        try (Workspace opened =
                Workspaces.open(new WorkspaceLocation.Folder(dir.resolve("ws")), PasswordSource.none())) {
            organization = Long.toString(
                    opened.engagements().createOrganization("Acme").id());
        }
    }

    @Test
    void anImportedRaciWithoutAnAccountableFailsTheCheckNamingTheActivity() throws Exception {
        Raci template = OrganizationSize.SMALL.template();
        String activity = template.activities().get(0).id();
        Raci gap = template;
        for (var role : template.rolesWith(activity, Responsibility.ACCOUNTABLE)) {
            gap = gap.withCell(activity, role.id(), Set.of(Responsibility.RESPONSIBLE));
        }
        Path file = Files.writeString(dir.resolve("raci.json"), RaciFiles.json(gap), StandardCharsets.UTF_8);

        CliRun imported =
                CliRun.of("roles", "import", "--workspace", workspace, "--engagement", organization, file.toString());
        CliRun check =
                CliRun.of("roles", "check", "--workspace", workspace, "--engagement", organization, "--format", "text");
        Path out = dir.resolve("out.json");
        CliRun exported = CliRun.of(
                "roles", "export", "--workspace", workspace, "--engagement", organization, "--out", out.toString());

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.out()).contains("(" + activity + ") has no Accountable role");
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(RaciFiles.read(out)).isEqualTo(gap);
    }

    @Test
    void anInventoryWithoutARegistryReportsTheRegistryMissing() throws Exception {
        Path file = Files.writeString(dir.resolve("inventory.json"), """
                {"format": "mlops-console-tool-inventory", "formatVersion": 1, "name": "Acme",
                 "tools": [{ "tool": "gitlab" }, { "tool": "airflow" }, { "tool": "feast" }, { "tool": "kubernetes" },
                  { "tool": "tfx" }, { "tool": "kserve" }, { "tool": "prometheus" }]}
                """, StandardCharsets.UTF_8);

        CliRun imported =
                CliRun.of("tools", "import", "--workspace", workspace, "--engagement", organization, file.toString());
        CliRun coverage = CliRun.of(
                "tools", "coverage", "--workspace", workspace, "--engagement", organization, "--format", "json");

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(coverage.exitCode()).as(coverage.err()).isZero();
        assertThat(coverage.out()).containsPattern("\"C6\"[^}]*\"missing\"");
    }

    @Test
    void anInvalidFileIsRefusedWithItsPlaceAndStoresNothing() throws Exception {
        Path file = Files.writeString(
                dir.resolve("bad.json"), "{\"format\": \"mlops-console-raci\",\n \"formatVersion\": 7}");

        CliRun imported =
                CliRun.of("roles", "import", "--workspace", workspace, "--engagement", organization, file.toString());
        CliRun check = CliRun.of("roles", "check", "--workspace", workspace, "--engagement", organization);

        assertThat(imported.exitCode()).isEqualTo(1);
        assertThat(imported.err()).contains("bad.json:");
        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.err()).contains("has no RACI yet");
    }

    @Test
    void aFileAndAnEngagementTogetherAreRefused() {
        CliRun both =
                CliRun.of("roles", "check", "--workspace", workspace, "--engagement", organization, "--raci", "x.json");

        assertThat(both.exitCode()).isNotZero();
        assertThat(both.err()).contains("either a file or --engagement");
    }
}
