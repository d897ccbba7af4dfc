package org.mlopsconsole.app.livevote.desktop;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.mlopsconsole.app.livevote.JoinQrCode;

/**
 * The live vote's own window (move it to the projector): first how to serve it, then the join
 * code in large type, the QR code, the link, who joined, Reveal for hidden mode, and Close.
 * Closing the window closes the vote.
 */
public final class LiveVoteWindow {

    private static final int QR_PIXELS_PER_MODULE = 8;

    private LiveVoteWindow() {}

    /** Opens the window (the caller brings an open one to the front instead of opening another). */
    public static Stage show(Window owner, LiveVoteViewModel viewModel) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Live vote");
        Scene scene = new Scene(content(viewModel, stage), 560, 760);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.setOnHidden(event -> viewModel.close());
        stage.show();
        return stage;
    }

    private static VBox content(LiveVoteViewModel viewModel, Stage stage) {
        ComboBox<String> host = new ComboBox<>(viewModel.hosts());
        host.setId("live-vote-host");
        host.valueProperty().bindBidirectional(viewModel.hostProperty());
        Label hostLabel = new Label("Serve on");
        hostLabel.setLabelFor(host);
        Label hostHint = new Label("127.0.0.1 is this computer only; choose the address on the room's network"
                + " for phones and laptops. It is served there only while the vote is open.");
        hostHint.setWrapText(true);
        hostHint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        CheckBox anonymous = check(
                "live-vote-anonymous", "Anonymous: participants join without a name", viewModel.anonymousProperty());
        CheckBox selfPaced = check(
                "live-vote-self-paced",
                "Self-paced: participants go through the questions" + " on their own",
                viewModel.selfPacedProperty());
        CheckBox hidden = check(
                "live-vote-hidden",
                "Hidden: the room sees only the distribution until you" + " reveal",
                viewModel.hiddenProperty());
        Button openButton = new Button("Open live vote");
        openButton.setId("live-vote-open");
        openButton.getStyleClass().add(Styles.ACCENT);
        openButton.setOnAction(event -> viewModel.open());
        VBox settings = new VBox(10, hostLabel, host, hostHint, anonymous, selfPaced, hidden, openButton);

        Label codeCaption = new Label("Join code");
        Label code = new Label();
        code.setId("live-vote-code");
        code.textProperty().bind(viewModel.joinCodeProperty());
        code.setStyle("-fx-font-size: 48px; -fx-font-weight: bold;");
        ImageView qr = new ImageView();
        qr.setId("live-vote-qr");
        viewModel
                .qrCodeProperty()
                .addListener((observable, old, drawn) ->
                        qr.setImage(drawn.map(LiveVoteWindow::image).orElse(null)));
        TextField link = new TextField();
        link.setId("live-vote-link");
        link.setEditable(false);
        link.textProperty().bind(viewModel.joinUrlProperty());
        Button copy = new Button("Copy link");
        copy.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(viewModel.joinUrlProperty().get());
            Clipboard.getSystemClipboard().setContent(content);
        });
        HBox linkRow = new HBox(8, link, copy);
        linkRow.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.layout.HBox.setHgrow(link, javafx.scene.layout.Priority.ALWAYS);
        Label joined = new Label();
        joined.setId("live-vote-joined");
        joined.setWrapText(true);
        joined.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> viewModel.joined().isEmpty()
                                ? "Nobody has joined yet."
                                : "Joined: " + String.join(", ", viewModel.joined()),
                        viewModel.joined()));
        Button reveal = new Button("Reveal");
        reveal.setId("live-vote-reveal");
        reveal.visibleProperty().bind(viewModel.hiddenProperty());
        reveal.managedProperty().bind(reveal.visibleProperty());
        reveal.setOnAction(event -> viewModel.reveal());
        Button close = new Button("Close live vote");
        close.setId("live-vote-close");
        close.setOnAction(event -> stage.close());
        VBox serving = new VBox(10, codeCaption, code, qr, linkRow, joined, new HBox(8, reveal, close));

        settings.visibleProperty().bind(viewModel.openProperty().not());
        settings.managedProperty().bind(settings.visibleProperty());
        serving.visibleProperty().bind(viewModel.openProperty());
        serving.managedProperty().bind(serving.visibleProperty());
        Label message = new Label();
        message.setWrapText(true);
        message.getStyleClass().add(Styles.DANGER);
        message.textProperty().bind(viewModel.messageProperty());
        VBox root = new VBox(12, settings, serving, message);
        root.setId("live-vote-window");
        root.setPadding(new Insets(16));
        return root;
    }

    private static CheckBox check(String id, String text, javafx.beans.property.BooleanProperty property) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.setWrapText(true);
        box.selectedProperty().bindBidirectional(property);
        return box;
    }

    /** Dark modules on white, with the quiet zone, {@value #QR_PIXELS_PER_MODULE} pixels a module. */
    static WritableImage image(JoinQrCode code) {
        int side = code.size() * QR_PIXELS_PER_MODULE;
        WritableImage image = new WritableImage(side, side);
        PixelWriter pixels = image.getPixelWriter();
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                boolean dark = code.isDark(x / QR_PIXELS_PER_MODULE, y / QR_PIXELS_PER_MODULE);
                pixels.setColor(x, y, dark ? Color.BLACK : Color.WHITE);
            }
        }
        return image;
    }
}
