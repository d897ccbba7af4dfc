package org.mlopsconsole.app.shell;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;

/** What the window shows while the workspace opens: which one, and that it is on its way. */
final class OpeningView {

    private OpeningView() {}

    static Parent build(String workspace) {
        Label title = new Label("MLOps Console");
        title.getStyleClass().add(Styles.TITLE_2);
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(32, 32);
        Label opening = new Label("Opening the workspace " + workspace + "…");
        opening.getStyleClass().add(Styles.TEXT_MUTED);
        opening.setWrapText(true);
        VBox box = new VBox(16, title, progress, opening);
        box.setId("opening-workspace");
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(600);
        VBox root = new VBox(box);
        root.setAlignment(Pos.CENTER);
        return root;
    }
}
