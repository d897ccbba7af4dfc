package org.mlopsconsole.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.mlopsconsole.app.AppVersions;

class AboutViewModelTest {

    @Test
    void showsAPlaceholderUntilTheVersionsAreReadThenTheVersions() {
        CompletableFuture<AppVersions> versions = new CompletableFuture<>();
        AboutViewModel viewModel = new AboutViewModel(versions, "/ws", Runnable::run);

        assertThat(viewModel.onnxRuntimeVersionProperty().get()).isEqualTo("…");
        versions.complete(new AppVersions("1.2.3", "17", "21.0.12", "1.28.0"));

        assertThat(viewModel.appVersionProperty().get()).isEqualTo("1.2.3");
        assertThat(viewModel.javaVersionProperty().get()).isEqualTo("17");
        assertThat(viewModel.javaFxVersionProperty().get()).isEqualTo("21.0.12");
        assertThat(viewModel.onnxRuntimeVersionProperty().get()).isEqualTo("1.28.0");
        assertThat(viewModel.workspaceProperty().get()).isEqualTo("/ws");
    }
}
