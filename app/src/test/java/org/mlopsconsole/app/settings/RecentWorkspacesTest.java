package org.mlopsconsole.app.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlopsconsole.workspace.WorkspaceException;
import org.mlopsconsole.workspace.WorkspaceLocation;

class RecentWorkspacesTest {

    @TempDir
    Path dir;

    @Test
    void foldersAndPostgresUrlsAreKeptNewestFirstWithoutDuplicates() {
        RecentWorkspaces recent = new RecentWorkspaces(dir.resolve("recent.txt"), dir);
        recent.remember(new WorkspaceLocation.Folder(dir.resolve("acme")));
        recent.add("jdbc:postgresql://127.0.0.1:5432/ws");
        recent.remember(new WorkspaceLocation.Folder(dir.resolve("acme")));

        assertThat(recent.list())
                .containsExactly(dir.resolve("acme").toString(), "jdbc:postgresql://127.0.0.1:5432/ws");
    }

    @Test
    void anUnsupportedLocationOrAPasswordIsRefusedAndNothingIsWritten() throws Exception {
        RecentWorkspaces recent = new RecentWorkspaces(dir.resolve("recent.txt"), dir);

        assertThatThrownBy(() -> recent.add("jdbc:h2:file:/tmp/x"))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("jdbc:postgresql://");
        assertThatThrownBy(() -> recent.add("jdbc:postgresql://h/ws?password=secret"))
                .isInstanceOf(WorkspaceException.class);
        assertThat(dir.resolve("recent.txt")).doesNotExist();
        recent.add("jdbc:postgresql://h/ws?user=ana");
        assertThat(Files.readString(dir.resolve("recent.txt"))).doesNotContain("secret");
    }

    @Test
    void theSettingsListShowsTheOpenWorkspaceFirstAndSaysWhyATypedOneIsRefused() {
        SettingsViewModel viewModel = new SettingsViewModel(
                        new javafx.beans.property.SimpleBooleanProperty(),
                        new WorkspaceLocation.Folder(dir.resolve("ws")),
                        () -> dir.resolve("b.zip"),
                        Runnable::run,
                        Runnable::run)
                .withRecentWorkspaces(
                        new RecentWorkspaces(dir.resolve("recent.txt"), dir),
                        new WorkspaceLocation.Folder(dir.resolve("ws")));

        viewModel.addRecentWorkspace("http://example.com/ws");
        assertThat(viewModel.recentWorkspaceErrorProperty().get()).contains("not a workspace location");
        viewModel.addRecentWorkspace("jdbc:postgresql://db.example.com/team");

        assertThat(viewModel.recentWorkspaces())
                .containsExactly(
                        "jdbc:postgresql://db.example.com:5432/team",
                        dir.resolve("ws").toString());
        assertThat(viewModel.recentWorkspaceErrorProperty().get()).isEmpty();
    }
}
