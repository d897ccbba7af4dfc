package org.mlopsconsole.app.shell;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.mlopsconsole.app.AppVersions;

/** The About dialog: versions (read in the background) and where the workspace is. */
public final class AboutViewModel {

    private static final String LOADING = "…";

    private final ReadOnlyStringWrapper appVersion = new ReadOnlyStringWrapper(LOADING);
    private final ReadOnlyStringWrapper javaVersion = new ReadOnlyStringWrapper(LOADING);
    private final ReadOnlyStringWrapper javaFxVersion = new ReadOnlyStringWrapper(LOADING);
    private final ReadOnlyStringWrapper onnxRuntimeVersion = new ReadOnlyStringWrapper(LOADING);
    private final ReadOnlyStringWrapper workspace = new ReadOnlyStringWrapper();

    public AboutViewModel(CompletableFuture<AppVersions> versions, String workspaceDirectory, Executor uiExecutor) {
        workspace.set(workspaceDirectory);
        versions.thenAcceptAsync(this::show, uiExecutor);
    }

    private void show(AppVersions versions) {
        appVersion.set(versions.app());
        javaVersion.set(versions.java());
        javaFxVersion.set(versions.javaFx());
        onnxRuntimeVersion.set(versions.onnxRuntime());
    }

    public ReadOnlyStringProperty appVersionProperty() {
        return appVersion.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty javaVersionProperty() {
        return javaVersion.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty javaFxVersionProperty() {
        return javaFxVersion.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty onnxRuntimeVersionProperty() {
        return onnxRuntimeVersion.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty workspaceProperty() {
        return workspace.getReadOnlyProperty();
    }
}
