package org.mlopsconsole.workspace.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mlopsconsole.workspace.PasswordSource;
import org.mlopsconsole.workspace.Workspace;
import org.mlopsconsole.workspace.WorkspaceException;
import org.mlopsconsole.workspace.WorkspaceInfo;
import org.mlopsconsole.workspace.WorkspaceLocation;
import org.mlopsconsole.workspace.Workspaces;
import org.mlopsconsole.workspace.testing.Backend;
import org.mlopsconsole.workspace.testing.OpenWorkspaces;
import org.mlopsconsole.workspace.testing.PostgresExtension;

/** What only a PostgreSQL workspace does: sign-in, roles, refusals in one line. */
@ExtendWith(PostgresExtension.class)
class PostgresWorkspaceTest {

    @TempDir
    Path dir;

    private final OpenWorkspaces workspaces = new OpenWorkspaces();

    @AfterEach
    void close() {
        workspaces.close();
    }

    @Test
    void anEmptyDatabaseIsMigratedAndReportedWithTheSignedInRole() {
        Workspace workspace = workspaces.create(Backend.POSTGRES, dir);

        WorkspaceInfo info = workspace.info();

        assertThat(info.schemaVersion()).isEqualTo(H2WorkspaceTest.LATEST_SCHEMA);
        assertThat(info.database()).startsWith("PostgreSQL ");
        assertThat(info.databaseFile()).isEmpty();
        assertThat(info.organizations()).isZero();
        assertThat(info.signedInAs()).isEqualTo("postgres");
        assertThat(workspace.location().localDirectory()).startsWith(dir);
    }

    @Test
    void aSecondOpenFindsTheSameWorkspace() {
        Workspace first = workspaces.create(Backend.POSTGRES, dir);
        first.engagements().createOrganization("Acme");

        Workspace second = workspaces.open(first.location());

        assertThat(second.info().workspaceId()).isEqualTo(first.info().workspaceId());
        assertThat(second.engagements().organizations(false)).hasSize(1);
    }

    @Test
    void aMissingDatabaseIsNamedInOneLineWithoutAStackTrace() {
        WorkspaceLocation.PostgresUrl existing = (WorkspaceLocation.PostgresUrl) Backend.POSTGRES.newLocation(dir);
        WorkspaceLocation missing = WorkspaceLocation.parse(
                "jdbc:postgresql://127.0.0.1:" + existing.port() + "/no_such_db?user=postgres", dir);

        assertThatThrownBy(() -> Workspaces.open(missing, PasswordSource.none()))
                .isInstanceOf(WorkspaceException.class)
                .hasMessage("PostgreSQL at 127.0.0.1:" + existing.port()
                        + " has no database no_such_db: create it first (createdb no_such_db).")
                .hasNoCause();
    }

    @Test
    void aServerThatDoesNotAnswerIsSaidSo() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        WorkspaceLocation nowhere = WorkspaceLocation.parse("jdbc:postgresql://127.0.0.1:" + closedPort + "/ws", dir);

        assertThatThrownBy(() -> Workspaces.open(nowhere, PasswordSource.none()))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageStartingWith("Cannot reach PostgreSQL at 127.0.0.1:" + closedPort)
                .hasNoCause();
    }

    @Test
    void backupsAreLeftToPgDump() {
        Workspace workspace = workspaces.create(Backend.POSTGRES, dir);

        assertThatThrownBy(() -> workspace.backup(dir.resolve("b.zip")))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("pg_dump");
    }
}
