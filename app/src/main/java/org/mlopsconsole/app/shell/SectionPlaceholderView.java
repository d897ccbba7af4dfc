package org.mlopsconsole.app.shell;

import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A section whose feature is still to come: its title and what it will hold. */
final class SectionPlaceholderView {

    private SectionPlaceholderView() {}

    static Node create(Section section) {
        Label title = new Label(section.title());
        title.getStyleClass().add(Styles.TITLE_2);
        Label purpose = new Label(section.purpose());
        purpose.getStyleClass().add("section-purpose");
        Label pending = new Label("This section is being built: its commands and views arrive with the feature.");
        pending.getStyleClass().add(Styles.TEXT_MUTED);
        VBox card = new VBox(8, purpose, pending);
        card.getStyleClass().add("placeholder-card");
        card.setMaxWidth(720);
        VBox content = new VBox(16, title, card);
        content.getStyleClass().add("content");
        content.setId("section-content-" + section.id());
        return content;
    }
}
