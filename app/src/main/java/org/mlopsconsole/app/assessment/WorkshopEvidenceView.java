package org.mlopsconsole.app.assessment;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.mlopsconsole.app.assessment.WorkshopEvidenceViewModel.NoteRow;
import org.mlopsconsole.workspace.StoredAttachment;
import org.mlopsconsole.workspace.StoredLink;

/**
 * Below the workshop: the current question's participant notes (saved when a field loses focus or
 * on Enter), links and attached files. A link is shown as text, not opened; a file is only saved
 * out as a copy, never opened or run by the app.
 */
public final class WorkshopEvidenceView {

    private final WorkshopEvidenceViewModel viewModel;
    private final GridPane notes = new GridPane();
    private final VBox links = new VBox(4);
    private final VBox attachments = new VBox(4);
    private VBox root;

    public WorkshopEvidenceView(WorkshopEvidenceViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public Node build() {
        notes.setHgap(8);
        notes.setVgap(4);
        viewModel.notes().addListener((ListChangeListener<NoteRow>) change -> showNotes());
        viewModel.links().addListener((ListChangeListener<StoredLink>) change -> showLinks());
        viewModel.attachments().addListener((ListChangeListener<StoredAttachment>) change -> showAttachments());

        TextField linkTitle = new TextField();
        linkTitle.setId("evidence-link-title");
        linkTitle.setPromptText("Title (optional)");
        TextField linkUrl = new TextField();
        linkUrl.setId("evidence-link-url");
        linkUrl.setPromptText("https://… or mailto:…");
        HBox.setHgrow(linkUrl, Priority.ALWAYS);
        Button addLink = new Button("Add link");
        addLink.setId("evidence-add-link");
        Runnable add =
                () -> viewModel.addLink(linkTitle.getText(), linkUrl.getText()).thenAccept(added -> {
                    if (added) {
                        linkTitle.clear();
                        linkUrl.clear();
                    }
                });
        addLink.setOnAction(event -> add.run());
        linkUrl.setOnAction(event -> add.run());
        HBox linkForm = new HBox(8, linkTitle, linkUrl, addLink);
        linkForm.setAlignment(Pos.CENTER_LEFT);

        Button attach = new Button("Attach file…");
        attach.setId("evidence-attach");
        attach.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Attach a file as evidence (at most 20 MiB)");
            Optional.ofNullable(chooser.showOpenDialog(root.getScene().getWindow()))
                    .map(File::toPath)
                    .ifPresent(viewModel::attach);
        });

        Label message = new Label();
        message.setId("evidence-message");
        message.setWrapText(true);
        message.getStyleClass().add(Styles.TEXT_MUTED);
        message.textProperty().bind(viewModel.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());

        VBox content = new VBox(
                8,
                heading("Participants' notes"),
                notes,
                heading("Links"),
                links,
                linkForm,
                heading("Attached files"),
                attachments,
                attach,
                message);
        content.setPadding(new Insets(8));
        TitledPane pane = new TitledPane("Participants' notes, links and files", content);
        pane.setId("workshop-evidence");
        pane.setExpanded(false);
        root = new VBox(pane);
        showNotes();
        showLinks();
        showAttachments();
        viewModel.load();
        return root;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        return label;
    }

    private void showNotes() {
        notes.getChildren().clear();
        int row = 0;
        for (NoteRow note : viewModel.notes()) {
            Label name = new Label(note.participant().name());
            TextField field = new TextField(note.note());
            field.setId("participant-note-" + row);
            field.setPromptText("Their own note on this question");
            GridPane.setHgrow(field, Priority.ALWAYS);
            field.setOnAction(event -> viewModel.setNote(note.participant(), field.getText()));
            field.focusedProperty().addListener((observable, was, focused) -> {
                if (!focused) {
                    viewModel.setNote(note.participant(), field.getText());
                }
            });
            notes.addRow(row++, name, field);
        }
        if (row == 0) {
            notes.addRow(0, muted("No participants: add them with Edit."));
        }
    }

    private void showLinks() {
        links.getChildren().clear();
        for (StoredLink link : viewModel.links()) {
            // Shown, not followed: the address is there to copy into a browser.
            Label shown = new Label(link.link().shown()
                    + (link.link().title().isEmpty() ? "" : " · " + link.link().url()));
            shown.setWrapText(true);
            HBox.setHgrow(shown, Priority.ALWAYS);
            Hyperlink remove = new Hyperlink("Remove");
            remove.setOnAction(event -> viewModel.removeLink(link));
            links.getChildren().add(new HBox(8, shown, remove));
        }
        if (links.getChildren().isEmpty()) {
            links.getChildren().add(muted("No links yet."));
        }
    }

    private void showAttachments() {
        attachments.getChildren().clear();
        for (StoredAttachment attachment : viewModel.attachments()) {
            Label shown = new Label(attachment.info().fileName() + " · " + WorkshopEvidenceViewModel.size(attachment)
                    + " · " + attachment.info().mediaType());
            HBox.setHgrow(shown, Priority.ALWAYS);
            Hyperlink save = new Hyperlink("Save a copy…");
            save.setOnAction(event -> {
                FileChooser chooser = new FileChooser();
                chooser.setTitle("Save a copy of " + attachment.info().fileName());
                chooser.setInitialFileName(attachment.info().fileName());
                Optional.ofNullable(chooser.showSaveDialog(root.getScene().getWindow()))
                        .map(File::toPath)
                        .ifPresent(target -> viewModel.saveCopy(attachment, target));
            });
            Hyperlink remove = new Hyperlink("Remove");
            remove.setOnAction(event -> viewModel.removeAttachment(attachment));
            HBox line = new HBox(8, shown, save, remove);
            line.setAlignment(Pos.CENTER_LEFT);
            attachments.getChildren().add(line);
        }
        if (attachments.getChildren().isEmpty()) {
            attachments.getChildren().add(muted("No files attached."));
        }
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return label;
    }
}
