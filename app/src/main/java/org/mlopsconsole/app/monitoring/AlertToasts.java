package org.mlopsconsole.app.monitoring;

import atlantafx.base.controls.Notification;
import atlantafx.base.theme.Styles;
import java.util.concurrent.Executor;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.mlopsconsole.runtime.alerts.AlertEvent;

/**
 * The notification area: a raised alert appears bottom right as a toast for a few seconds (or
 * until closed), without taking the focus or blocking the window.
 */
public final class AlertToasts {

    private static final Duration SHOWN = Duration.seconds(10);
    private static final int MAX_SHOWN = 4;

    private AlertToasts() {}

    /** The window's content with the notification area above it. */
    public static javafx.scene.Parent over(Node content, AlertFeed feed, Executor ui) {
        VBox toasts = new VBox(8);
        toasts.setId("alert-toasts");
        toasts.setAlignment(Pos.BOTTOM_RIGHT);
        toasts.setPickOnBounds(false);
        toasts.setMaxSize(420, VBox.USE_PREF_SIZE);
        toasts.setPadding(new Insets(0, 16, 40, 0));
        StackPane.setAlignment(toasts, Pos.BOTTOM_RIGHT);
        feed.subscribe(event -> {
            if (event instanceof AlertEvent.Raised raised) {
                ui.execute(() -> show(toasts, raised));
            }
        });
        StackPane stack = new StackPane(content, toasts);
        return stack;
    }

    private static void show(VBox toasts, AlertEvent.Raised raised) {
        Notification toast = new Notification(
                "Alert '" + raised.rule().name() + "' on " + raised.rule().model() + ": "
                        + MonitoringViewModel.condition(raised.rule()) + " (now "
                        + MonitoringViewModel.number(raised.value()) + ")");
        toast.getStyleClass().addAll(Styles.WARNING, Styles.ELEVATED_1);
        toast.setPrefWidth(400);
        toast.setMaxWidth(400);
        toast.setOnClose(e -> toasts.getChildren().remove(toast));
        if (toasts.getChildren().size() >= MAX_SHOWN) {
            toasts.getChildren().remove(0);
        }
        toasts.getChildren().add(toast);
        PauseTransition later = new PauseTransition(SHOWN);
        later.setOnFinished(e -> toasts.getChildren().remove(toast));
        later.play();
    }
}
