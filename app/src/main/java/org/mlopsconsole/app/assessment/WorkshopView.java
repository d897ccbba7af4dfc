package org.mlopsconsole.app.assessment;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;
import org.mlopsconsole.app.assessment.WorkshopViewModel.ParticipantRating;
import org.mlopsconsole.assessment.Rating;

/**
 * The workshop's live view, built in code: one question, large, with a segmented rating per
 * participant, the spread, the consensus and the notes. Keyboard first (the model's rating digits
 * and {@link #OTHER_KEYS}); the mouse works too. The same view, larger, is the presenter window.
 */
public final class WorkshopView {

    /** The keys besides the rating digits, which depend on the model's ratings. */
    static final String OTHER_KEYS = "Delete clears · Shift+digit sets the consensus"
            + " · ←/→ question · Tab/↑/↓ participant · U next unanswered · D next disagreed · Ctrl+Z/Ctrl+Y undo/redo"
            + " · F11 present";

    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

    private final WorkshopViewModel viewModel;
    private final Runnable present;
    private final VBox participantRows = new VBox(6);
    private final List<SegmentedButton> ratingButtons = new ArrayList<>();
    private final List<Node> rowNodes = new ArrayList<>();
    private final List<Long> shownParticipants = new ArrayList<>();
    private SegmentedButton consensusButtons;
    private boolean syncing;
    private final ListChangeListener<ParticipantRating> ratingsListener = change -> showRatings();
    private final ChangeListener<Optional<Rating>> consensusListener = (observable, old, rating) -> showConsensus();
    private final ChangeListener<Boolean> hiddenListener = (observable, old, hidden) -> showRatings();

    public WorkshopView(WorkshopViewModel viewModel, Runnable present) {
        this.viewModel = viewModel;
        this.present = present;
    }

    /** The view inside the Workshop tab. */
    public Parent build() {
        Parent view = scrollable(content("workshop"));
        ConflictDialog.attach(viewModel.conflict(), view);
        return view;
    }

    /** The larger view of the presenter window. */
    public Parent buildPresenter() {
        return scrollable(content("presenter"));
    }

    /** Stops following the ViewModel (the presenter window closed). */
    public void dispose() {
        viewModel.participantRatings().removeListener(ratingsListener);
        viewModel.consensusProperty().removeListener(consensusListener);
        viewModel.ratingsHiddenProperty().removeListener(hiddenListener);
    }

    private Parent scrollable(VBox content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setFocusTraversable(false);
        scroll.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        return scroll;
    }

    private VBox content(String styleClass) {
        Label position = boundLabel("workshop-position", viewModel.positionProperty());
        ProgressBar progressBar = new ProgressBar();
        progressBar.progressProperty().bind(viewModel.progressFractionProperty());
        progressBar.setPrefWidth(180);
        Label progress = boundLabel("workshop-progress", viewModel.progressProperty());
        position.getStyleClass().add("workshop-position");
        HBox status = new HBox(12, position, progressBar, progress);
        status.setAlignment(Pos.CENTER_LEFT);
        FlowPane navigation = new FlowPane(
                8,
                8,
                button("◀", "workshop-previous", viewModel::previous),
                button("▶", "workshop-next", viewModel::next),
                button("Next unanswered", "workshop-next-unanswered", viewModel::nextUnanswered),
                button("Next disagreed", "workshop-next-disagreed", viewModel::nextDisagreed),
                undoButton(),
                redoButton(),
                button("Full screen", "workshop-present", present));
        navigation.getChildren().forEach(node -> ((Region) node).setMinWidth(Region.USE_PREF_SIZE));

        Label dimension = boundLabel("workshop-dimension", viewModel.dimensionProperty());
        dimension.getStyleClass().add("dimension-name");
        Label level = boundLabel("workshop-level", viewModel.levelProperty());
        level.getStyleClass().add("level-name");
        Label question = boundLabel("workshop-question", viewModel.questionTextProperty());
        question.getStyleClass().add("question-text");
        question.setWrapText(true);
        Label guidance = boundLabel("workshop-guidance", viewModel.guidanceProperty());
        guidance.getStyleClass().add("guidance-text");
        guidance.setWrapText(true);

        Label spread = boundLabel("workshop-spread", viewModel.spreadProperty());
        Label disagreement = new Label("Disagreement");
        disagreement.setId("workshop-disagreement");
        disagreement.getStyleClass().addAll("disagreement-badge");
        disagreement.visibleProperty().bind(viewModel.disagreementProperty());
        disagreement.managedProperty().bind(disagreement.visibleProperty());
        Label distribution = boundLabel("workshop-distribution", viewModel.distributionProperty());
        distribution.getStyleClass().add("distribution");
        distribution.visibleProperty().bind(viewModel.ratingsHiddenProperty());
        distribution.managedProperty().bind(distribution.visibleProperty());
        HBox spreadRow = new HBox(12, spread, disagreement, distribution);
        spreadRow.setAlignment(Pos.CENTER_LEFT);
        spreadRow.getStyleClass().add("spread-row");
        viewModel
                .disagreementProperty()
                .addListener((observable, old, disagreed) ->
                        spreadRow.pseudoClassStateChanged(PseudoClass.getPseudoClass("disagreed"), disagreed));

        consensusButtons = ratingButtons("consensus", rating -> viewModel.setConsensus(rating));
        Label consensusLabel = new Label("Consensus");
        consensusLabel.getStyleClass().add("participant-name");
        HBox consensusRow = new HBox(16, consensusLabel, consensusButtons);
        consensusRow.setAlignment(Pos.CENTER_LEFT);
        consensusRow.getStyleClass().add("consensus-row");

        TextArea evidence = new TextArea();
        evidence.setId("workshop-evidence");
        evidence.setPromptText("Notes and evidence for this question (saved as you type)");
        evidence.setWrapText(true);
        evidence.setPrefRowCount(3);
        evidence.textProperty().bindBidirectional(viewModel.evidenceProperty());

        Label keys = new Label("Keys: " + viewModel.ratingKeys() + " rate · " + OTHER_KEYS);
        keys.setId("workshop-keys");
        keys.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        keys.setWrapText(true);
        Label message = boundLabel("workshop-message", viewModel.messageProperty());
        message.getStyleClass().add("field-error");

        VBox root = new VBox(
                14,
                status,
                navigation,
                dimension,
                level,
                question,
                guidance,
                participantRows,
                spreadRow,
                consensusRow,
                evidence,
                keys,
                message);
        root.setId("workshop-view");
        root.getStyleClass().addAll("workshop", styleClass);
        root.setFocusTraversable(true);
        // On click, not press: scroll panes around take the focus when pressed.
        root.addEventFilter(MouseEvent.MOUSE_CLICKED, event -> {
            if (!(event.getTarget() instanceof TextInputControl) && !isInside(event.getTarget(), evidence)) {
                root.requestFocus();
            }
        });
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        viewModel.participantRatings().addListener(ratingsListener);
        viewModel.consensusProperty().addListener(consensusListener);
        viewModel.ratingsHiddenProperty().addListener(hiddenListener);
        showRatings();
        showConsensus();
        return root;
    }

    private static boolean isInside(Object target, Node container) {
        for (Node node = target instanceof Node n ? n : null; node != null; node = node.getParent()) {
            if (node == container) {
                return true;
            }
        }
        return false;
    }

    private void onKey(KeyEvent event) {
        if (event.getTarget() instanceof TextInputControl text) {
            if (event.getCode() == KeyCode.ESCAPE) {
                text.getParent().requestFocus();
                event.consume();
            }
            return; // typing notes: keys are text
        }
        KeyCode code = event.getCode();
        Optional<Integer> digit = digit(code);
        boolean handled = true;
        if (digit.isPresent()) {
            Optional<Rating> rating = WorkshopViewModel.ratingForDigit(digit.get());
            if (rating.isEmpty()) {
                handled = false;
            } else if (event.isShiftDown()) {
                viewModel.setConsensus(rating);
            } else {
                viewModel.rateCurrentParticipant(rating);
            }
        } else if (code == KeyCode.DELETE || code == KeyCode.BACK_SPACE) {
            viewModel.clearCurrentParticipant();
        } else if (code == KeyCode.RIGHT || code == KeyCode.PAGE_DOWN) {
            viewModel.next();
        } else if (code == KeyCode.LEFT || code == KeyCode.PAGE_UP) {
            viewModel.previous();
        } else if (code == KeyCode.TAB) {
            if (event.isShiftDown()) {
                viewModel.previousParticipant();
            } else {
                viewModel.nextParticipant();
            }
        } else if (code == KeyCode.DOWN) {
            viewModel.nextParticipant();
        } else if (code == KeyCode.UP) {
            viewModel.previousParticipant();
        } else if (code == KeyCode.U) {
            viewModel.nextUnanswered();
        } else if (code == KeyCode.D) {
            viewModel.nextDisagreed();
        } else if (code == KeyCode.Z && event.isShortcutDown()) {
            if (event.isShiftDown()) {
                viewModel.redo();
            } else {
                viewModel.undo();
            }
        } else if (code == KeyCode.Y && event.isShortcutDown()) {
            viewModel.redo();
        } else if (code == KeyCode.F11) {
            present.run();
        } else {
            handled = false;
        }
        if (handled) {
            event.consume();
        }
    }

    private static Optional<Integer> digit(KeyCode code) {
        if (code.isDigitKey()) {
            String name = code.getName();
            return Optional.of(Integer.parseInt(name.substring(name.length() - 1)));
        }
        return Optional.empty();
    }

    private Label boundLabel(String id, javafx.beans.value.ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.textProperty().bind(text);
        return label;
    }

    private Button button(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setFocusTraversable(false);
        button.setOnAction(event -> action.run());
        return button;
    }

    private Button undoButton() {
        Button undo = button("Undo", "workshop-undo", viewModel::undo);
        undo.disableProperty().bind(viewModel.canUndoProperty().not());
        return undo;
    }

    private Button redoButton() {
        Button redo = button("Redo", "workshop-redo", viewModel::redo);
        redo.disableProperty().bind(viewModel.canRedoProperty().not());
        return redo;
    }

    /**
     * The model's offered ratings, lowest first and NA last (NI PI LI FI NA for most models), as
     * one segmented control labelled as the model labels them; choosing the selected one again
     * clears it.
     */
    private SegmentedButton ratingButtons(String idPrefix, Consumer<Optional<Rating>> onChoice) {
        List<ToggleButton> toggles = new ArrayList<>();
        for (Rating rating : viewModel.offeredRatings()) {
            ToggleButton toggle = new ToggleButton(viewModel.ratingText(rating));
            toggle.setTooltip(
                    new Tooltip(viewModel.ratingLabel(rating) + " (key " + WorkshopViewModel.digitFor(rating) + ")"));
            toggle.setId(idPrefix + "-" + rating.name());
            toggle.setUserData(rating);
            toggle.setFocusTraversable(false);
            toggle.getStyleClass().add("rating-" + rating.name());
            toggles.add(toggle);
        }
        SegmentedButton buttons = new SegmentedButton(toggles.toArray(ToggleButton[]::new));
        // The skin would join them to the group only once shown: join now, so selections set before stick.
        toggles.forEach(toggle -> toggle.setToggleGroup(buttons.getToggleGroup()));
        buttons.getStyleClass().add("rating-buttons");
        buttons.getToggleGroup().selectedToggleProperty().addListener((observable, old, toggle) -> {
            if (!syncing) {
                onChoice.accept(Optional.ofNullable(toggle).map(t -> (Rating) t.getUserData()));
            }
        });
        return buttons;
    }

    private void showRatings() {
        List<ParticipantRating> rows = viewModel.participantRatings();
        List<Long> ids = rows.stream().map(row -> row.participant().id()).toList();
        if (!ids.equals(shownParticipants)) {
            buildParticipantRows(rows);
        }
        boolean hidden = viewModel.ratingsHiddenProperty().get(); // a live vote's hidden mode: no names
        for (int i = 0; i < rows.size(); i++) {
            select(ratingButtons.get(i), hidden ? Optional.empty() : rows.get(i).rating());
            ratingButtons.get(i).setDisable(hidden);
            rowNodes.get(i).pseudoClassStateChanged(CURRENT, rows.get(i).current());
        }
    }

    private void buildParticipantRows(List<ParticipantRating> rows) {
        shownParticipants.clear();
        ratingButtons.clear();
        rowNodes.clear();
        participantRows.getChildren().clear();
        for (int i = 0; i < rows.size(); i++) {
            ParticipantRating row = rows.get(i);
            int index = i;
            Label name = new Label(row.participant().name());
            name.getStyleClass().add("participant-name");
            Label role = new Label(row.participant().role());
            role.getStyleClass().add(Styles.TEXT_MUTED);
            VBox who = new VBox(name, role);
            who.setMinWidth(220);
            SegmentedButton buttons = ratingButtons("rating-" + i, rating -> {
                viewModel.selectParticipant(index);
                viewModel.rate(viewModel.participantRatings().get(index).participant(), rating);
            });
            HBox line = new HBox(16, who, buttons);
            line.setId("participant-row-" + i);
            line.setAlignment(Pos.CENTER_LEFT);
            line.getStyleClass().add("participant-row");
            shownParticipants.add(row.participant().id());
            ratingButtons.add(buttons);
            rowNodes.add(line);
            participantRows.getChildren().add(line);
        }
        if (rows.isEmpty()) {
            Label none = new Label("No participants yet: add them with Edit… in the tree.");
            none.getStyleClass().add(Styles.TEXT_MUTED);
            participantRows.getChildren().add(none);
        }
    }

    private void showConsensus() {
        select(consensusButtons, viewModel.consensusProperty().get());
    }

    private void select(SegmentedButton buttons, Optional<Rating> rating) {
        syncing = true;
        try {
            ToggleButton wanted = rating.flatMap(r -> buttons.getButtons().stream()
                            .filter(b -> b.getUserData() == r)
                            .findFirst())
                    .orElse(null);
            buttons.getToggleGroup().selectToggle(wanted);
        } finally {
            syncing = false;
        }
    }
}
