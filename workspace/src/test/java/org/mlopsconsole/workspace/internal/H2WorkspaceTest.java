package org.mlopsconsole.workspace.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlopsconsole.workspace.PasswordSource;
import org.mlopsconsole.workspace.Workspace;
import org.mlopsconsole.workspace.WorkspaceException;
import org.mlopsconsole.workspace.WorkspaceLocation;
import org.mlopsconsole.workspace.WorkspacePropertyRepository;
import org.mlopsconsole.workspace.Workspaces;

/** What only an H2 (folder) workspace does: files, backups, restore, sharing with another process. */
class H2WorkspaceTest {

    /** The newest migration in src/main/resources/db/migration. */
    static final String LATEST_SCHEMA = "8";

    @TempDir
    Path dir;

    private WorkspaceLocation.Folder location() {
        return new WorkspaceLocation.Folder(dir.resolve("ws"));
    }

    @Test
    void firstOpenCreatesTheWorkspaceAndTheSecondReusesIt() {
        String id;
        try (Workspace first = Workspaces.open(location())) {
            id = first.properties().get(WorkspacePropertyRepository.ID).orElseThrow();
            first.properties().put("greeting", "hello");
            assertThat(first.info().schemaVersion()).isEqualTo(LATEST_SCHEMA);
        }
        assertThat(location().databaseFile()).isRegularFile();

        try (Workspace second = Workspaces.open(location())) {
            assertThat(second.properties().get(WorkspacePropertyRepository.ID)).contains(id);
            assertThat(second.properties().get("greeting")).contains("hello");
            assertThat(second.info().backupCount())
                    .as("no migration was pending")
                    .isZero();
        }
    }

    @Test
    void backupThenRestoreRoundTrips() {
        Path backup = dir.resolve("saved.zip");
        try (Workspace workspace = Workspaces.open(location())) {
            workspace.properties().put("answer", "before");
            workspace.backup(backup);
            workspace.properties().put("answer", "after");
        }

        Path safetyCopy = Workspaces.restore(location(), backup);

        try (Workspace restored = Workspaces.open(location())) {
            assertThat(restored.properties().get("answer")).contains("before");
        }
        assertThat(safetyCopy).isRegularFile().hasParent(location().backupsDirectory());
        Workspaces.restore(location(), safetyCopy);
        try (Workspace undone = Workspaces.open(location())) {
            assertThat(undone.properties().get("answer")).contains("after");
        }
    }

    @Test
    void pendingMigrationBacksTheWorkspaceUpFirst() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:15:30Z"), ZoneOffset.UTC);
        try (Workspace v1 =
                WorkspaceOpener.open(location(), PasswordSource.none(), Map.of(), clock, "classpath:db/migration")) {
            v1.properties().put("kept", "yes");
        }
        try (Workspace v2 = WorkspaceOpener.open(
                location(),
                PasswordSource.none(),
                Map.of(),
                clock,
                "classpath:db/migration",
                "classpath:db/testmigration")) {
            assertThat(v2.info().schemaVersion()).isEqualTo("9000");
            assertThat(v2.properties().get("kept")).contains("yes");
        }
        assertThat(location().backupsDirectory().resolve("workspace-20261123-101530-000-before-v9000.zip"))
                .isRegularFile();
    }

    @Test
    void restoreRejectsAZipThatIsNotAWorkspaceBackup() throws Exception {
        try (Workspace workspace = Workspaces.open(location())) {
            workspace.properties().put("answer", "kept");
        }
        Path notABackup = dir.resolve("other.zip");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(notABackup))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
        }

        assertThatThrownBy(() -> Workspaces.restore(location(), notABackup))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining(notABackup.toString())
                .hasMessageContaining("not a workspace backup");
        try (Workspace workspace = Workspaces.open(location())) {
            assertThat(workspace.properties().get("answer")).contains("kept");
        }
    }

    @Test
    void fileThatIsNotAnH2DatabaseIsRejectedAndLeftUnchanged() throws Exception {
        Files.createDirectories(location().directory());
        Path file = location().databaseFile();
        byte[] content = "name,score\nteam a,3\n".getBytes(StandardCharsets.UTF_8);
        Files.write(file, content);
        FileTime modified = FileTime.from(Instant.parse("2026-01-01T00:00:00Z"));
        Files.setLastModifiedTime(file, modified);

        assertThatThrownBy(() -> Workspaces.open(location()))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("not an H2 database");

        assertThat(Files.readAllBytes(file)).isEqualTo(content);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified);
        assertThat(onlyFilesIn(location().directory())).containsExactly(file);
    }

    @Test
    void readOnlyFileIsRejectedAndLeftUnchanged() throws Exception {
        createWorkspace();
        Path file = location().databaseFile();
        byte[] before = Files.readAllBytes(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));

        assertThatThrownBy(() -> Workspaces.open(location()))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("read-only");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void unreadableFileIsRejected() throws Exception {
        assumeThat(System.getProperty("user.name")).as("root reads any file").isNotEqualTo("root");
        createWorkspace();
        Path file = location().databaseFile();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));

        assertThatThrownBy(() -> Workspaces.open(location()))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("cannot be read");
    }

    @Test
    void databasePathThatCannotBeReadAsAFileIsRejected() throws Exception {
        Files.createDirectories(location().databaseFile());

        assertThatThrownBy(() -> Workspaces.open(location()))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining(location().databaseFile().toString())
                .hasMessageContaining("cannot be read");
    }

    @Test
    void aWorkspaceOpenInAnotherProcessIsSharedNotRefused() throws Exception {
        createWorkspace();
        Process holder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        WorkspaceHolder.class.getName(),
                        location().directory().toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try {
            BufferedReader out =
                    new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("open");

            try (Workspace second = Workspaces.open(location())) {
                assertThat(second.properties().get("holder")).contains("was here");
                second.properties().put("second", "too");
                assertThat(second.engagements().createOrganization("Shared").name())
                        .isEqualTo("Shared");
            }
            holder.getOutputStream().write('\n');
            holder.getOutputStream().flush();
            assertThat(out.readLine())
                    .as("the holder sees the second process's change")
                    .isEqualTo("too");
        } finally {
            holder.getOutputStream().close();
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void aFolderWhosePathWouldAddH2SettingsIsRefused() {
        WorkspaceLocation.Folder sneaky = new WorkspaceLocation.Folder(dir.resolve("ws;INIT=RUNSCRIPT FROM 'x'"));

        assertThatThrownBy(() -> Workspaces.open(sneaky))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("';'")
                .hasNoCause();
        assertThat(sneaky.directory()).doesNotExist();
    }

    @Test
    void workspaceFolderThatIsAFileIsRejected() throws Exception {
        Path file = Files.writeString(dir.resolve("plain.txt"), "x");

        assertThatThrownBy(() -> Workspaces.open(new WorkspaceLocation.Folder(file)))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("is a file, not a folder");
    }

    private void createWorkspace() {
        try (Workspace workspace = Workspaces.open(location())) {
            workspace.properties().put("created", "yes");
        }
    }

    private static java.util.List<Path> onlyFilesIn(Path directory) throws Exception {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
