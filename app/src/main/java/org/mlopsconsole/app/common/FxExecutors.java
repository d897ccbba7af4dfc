package org.mlopsconsole.app.common;

import java.util.concurrent.Executor;
import javafx.application.Platform;

/** Executors for ViewModels: they take an {@link Executor} so tests can run everything inline. */
public final class FxExecutors {

    private FxExecutors() {}

    /** Runs on the JavaFX application thread, directly when already on it. */
    public static Executor fxThread() {
        return task -> {
            if (Platform.isFxApplicationThread()) {
                task.run();
            } else {
                Platform.runLater(task);
            }
        };
    }
}
