package org.mlopsconsole.app.assessment;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
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
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;
import org.mlopsconsole.app.assessment.WorkshopViewModel.ParticipantRating;
import org.mlopsconsole.app.assessment.agenda.AgendaViewModel;
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
    private static final PseudoClass DISAGREED = PseudoClass.getPseudoClass("disagreed");
    private static final PseudoClass OVERRUN = PseudoClass.getPseudoClass("overrun");
    private static final double NOTES_MIN_HEIGHT = 46;
    private static final double GUIDANCE_MAX_HEIGHT = 42;

    /** Up to this many participants the rows stack in one column, as wide as the page. */
    static final int ONE_COLUMN_UP_TO = 4;

    /** The width a participant's cell needs in the tab: name and role beside the rating buttons. */
    static final double CELL_WIDTH = 360;

    /** In the presenter window, larger. */
    static final double PRESENTER_CELL_WIDTH = 400;

    private final WorkshopViewModel viewModel;
    private final Optional<WorkshopAgendaViewModel> agenda;
    private final Runnable present;
    private final GridPane participantRows = new GridPane();
    private double cellWidth = CELL_WIDTH;
    private ScrollPane scroll;
    private final List<Timeline> ticking = new ArrayList<>();
    private int columns = 1;
    private final List<SegmentedButton> ratingButtons = new ArrayList<>();
    private final List<Node> rowNodes = new ArrayList<>();
    private final List<Long> shownParticipants = new ArrayList<>();
    private SegmentedButton consensusButtons;
    private boolean syncing;
    private final ListChangeListener<ParticipantRating> ratingsListener = change -> showRatings();
    private final ChangeListener<Optional<Rating>> consensusListener = (observable, old, rating) -> showConsensus();
    private final ChangeListener<Boolean> hiddenListener = (observable, old, hidden) -> showRatings();

    public WorkshopView(WorkshopViewModel viewModel, Runnable present) {
        this(viewModel, Optional.empty(), present);
    }

    public WorkshopView(WorkshopViewModel viewModel, Optional<WorkshopAgendaViewModel> agenda, Runnable present) {
        this.viewModel = viewModel;
        this.agenda = agenda;
        this.present = present;
    }

    /** The view inside the Workshop tab. */
    public Parent build() {
        Parent view = scrollable(content("workshop", Optional.empty()));
        ConflictDialog.attach(viewModel.conflict(), view);
        return view;
    }

    /**
     * The larger view of the presenter window: {@code heading} (client and team) and the
     * assessment's title above the question, the live distribution in large type, the timer.
     */
    public Parent buildPresenter(String heading) {
        cellWidth = PRESENTER_CELL_WIDTH;
        return scrollable(content("presenter", Optional.of(heading)));
    }

    /**
     * How many columns the participants take: one up to {@link #ONE_COLUMN_UP_TO} (rows as wide as
     * the page), else as many cells of {@code cellWidth} as fit in {@code width}, at most three and
     * never more than needed, so twelve participants fit in six rows of two at 1280×720.
     */
    static int columns(int participants, double width, double cellWidth) {
        if (participants <= ONE_COLUMN_UP_TO) {
            return 1;
        }
        int fit = (int) Math.floor(width / cellWidth);
        return Math.max(1, Math.min(Math.min(3, fit), (participants + 1) / 2));
    }

    /** Stops following the ViewModel (the presenter window closed). */
    public void dispose() {
        viewModel.participantRatings().removeListener(ratingsListener);
        viewModel.consensusProperty().removeListener(consensusListener);
        viewModel.ratingsHiddenProperty().removeListener(hiddenListener);
        ticking.forEach(Timeline::stop);
    }

    /**
     * In a scroll pane for small windows; it fills the height where the content fits, so the notes
     * take what is left, and every move to another question scrolls back to the question's header.
     */
    private Parent scrollable(VBox content) {
        scroll = new ScrollPane(content);
        scroll.setId(content.getStyleClass().contains("presenter") ? "presenter-scroll" : "workshop-scroll");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setFocusTraversable(false);
        scroll.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        viewModel.questionIndexProperty().addListener((observable, old, index) -> scroll.setVvalue(scroll.getVmin()));
        scroll.viewportBoundsProperty().addListener((observable, old, bounds) -> {
            int wanted = columns(viewModel.participantRatings().size(), bounds.getWidth(), cellWidth);
            if (wanted != columns) {
                columns = wanted;
                buildParticipantRows(viewModel.participantRatings());
                showRatings();
            }
        });
        return scroll;
    }

    private VBox content(String styleClass, Optional<String> heading) {
        boolean presenter = heading.isPresent();
        Label position = boundLabel("workshop-position", viewModel.positionProperty());
        position.getStyleClass().add("workshop-position");
        position.setMinWidth(Region.USE_PREF_SIZE);
        ProgressBar progressBar = new ProgressBar();
        progressBar.progressProperty().bind(viewModel.progressFractionProperty());
        progressBar.setPrefWidth(120);
        progressBar.setMinWidth(24);
        progressBar.setMaxWidth(160);
        HBox.setHgrow(progressBar, Priority.ALWAYS);
        Label progress = boundLabel("workshop-progress", viewModel.progressProperty());
        progress.setMinWidth(Region.USE_PREF_SIZE);
        HBox toolbar = new HBox(
                8,
                tip(button("◀", "workshop-previous", viewModel::previous), "Previous question (←)"),
                tip(button("▶", "workshop-next", viewModel::next), "Next question (→)"),
                position,
                progressBar,
                progress,
                tip(
                        button("Unanswered", "workshop-next-unanswered", viewModel::nextUnanswered),
                        "Next question nobody has answered (U)"),
                tip(
                        button("Disagreed", "workshop-next-disagreed", viewModel::nextDisagreed),
                        "Next question where the ratings disagree (D)"),
                tip(undoButton(), "Undo (Ctrl+Z)"),
                tip(redoButton(), "Redo (Ctrl+Y)"));
        if (presenter) {
            toolbar.getChildren().add(tip(button("Full screen", "workshop-present", present), "Full screen (F11)"));
        }
        toolbar.getChildren().stream().filter(node -> node instanceof Button).forEach(node -> {
            ((Region) node).setMinWidth(Region.USE_PREF_SIZE);
            if (!presenter) {
                node.getStyleClass().add(Styles.SMALL);
            }
        });
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.getStyleClass().add("workshop-toolbar");

        Label dimension = boundLabel("workshop-dimension", viewModel.dimensionProperty());
        dimension.getStyleClass().add("dimension-name");
        Label level = boundLabel("workshop-level", viewModel.levelProperty());
        level.getStyleClass().add("level-name");
        level.setMinWidth(0); // the level's number first, its name cut short where the agenda needs the room
        dimension.setMinWidth(Region.USE_PREF_SIZE);
        Tooltip wholeLevel = new Tooltip();
        wholeLevel.textProperty().bind(viewModel.levelProperty());
        level.setTooltip(wholeLevel);
        HBox where = new HBox(12, dimension, level);
        where.setAlignment(Pos.BASELINE_LEFT);
        HBox.setHgrow(where, Priority.ALWAYS);
        where.setMinWidth(0);
        HBox headerRow = new HBox(12, where);
        headerRow.setAlignment(Pos.CENTER_LEFT);
        headerRow.setId("workshop-header");
        agenda.ifPresent(a -> headerRow.getChildren().add(agendaBox(a, presenter)));

        Label question = boundLabel("workshop-question", viewModel.questionTextProperty());
        question.getStyleClass().add("question-text");
        question.setWrapText(true);
        question.setMinHeight(Region.USE_PREF_SIZE);
        Label guidance = boundLabel("workshop-guidance", viewModel.guidanceProperty());
        guidance.getStyleClass().add("guidance-text");
        guidance.setWrapText(true);
        if (!presenter) {
            // at most two lines in the tab, cut short with the whole text on hover
            guidance.setMaxHeight(GUIDANCE_MAX_HEIGHT);
            Tooltip whole = new Tooltip();
            whole.textProperty().bind(viewModel.guidanceProperty());
            whole.setWrapText(true);
            whole.setMaxWidth(600);
            guidance.setTooltip(whole);
        }

        Label spread = boundLabel("workshop-spread", viewModel.spreadProperty());
        spread.setMinWidth(0);
        Label disagreement = new Label("Disagreement");
        disagreement.setId("workshop-disagreement");
        disagreement.getStyleClass().addAll("disagreement-badge");
        disagreement.setMinWidth(Region.USE_PREF_SIZE);
        disagreement.visibleProperty().bind(viewModel.disagreementProperty());
        disagreement.managedProperty().bind(disagreement.visibleProperty());
        Label distribution = boundLabel("workshop-distribution", viewModel.distributionProperty());
        distribution.getStyleClass().add("distribution");
        if (!presenter) {
            // the presenter shows the distribution large on its own line; here only while ratings are hidden
            distribution.visibleProperty().bind(viewModel.ratingsHiddenProperty());
            distribution.managedProperty().bind(distribution.visibleProperty());
        }
        Tooltip wholeSpread = new Tooltip();
        wholeSpread.textProperty().bind(viewModel.spreadProperty());
        spread.setTooltip(wholeSpread);
        HBox spreadRow = new HBox(8, spread, disagreement);
        if (!presenter) {
            spreadRow.getChildren().add(distribution);
        }
        spreadRow.setAlignment(Pos.CENTER_LEFT);
        spreadRow.getStyleClass().add("spread-row");
        spreadRow.setMinWidth(0);
        HBox.setHgrow(spreadRow, Priority.ALWAYS);
        spreadRow.pseudoClassStateChanged(
                DISAGREED, viewModel.disagreementProperty().get());
        viewModel
                .disagreementProperty()
                .addListener((observable, old, disagreed) -> spreadRow.pseudoClassStateChanged(DISAGREED, disagreed));

        consensusButtons = ratingButtons("consensus", rating -> viewModel.setConsensus(rating));
        Label consensusLabel = new Label("Consensus");
        consensusLabel.getStyleClass().add("participant-name");
        consensusLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox consensusRow = new HBox(8, consensusLabel, consensusButtons);
        consensusRow.setAlignment(Pos.CENTER_LEFT);
        consensusRow.getStyleClass().add("consensus-row");
        consensusRow.setMinWidth(Region.USE_PREF_SIZE);
        HBox verdictRow = new HBox(8, spreadRow, consensusRow);
        verdictRow.setId("workshop-verdict");
        verdictRow.setAlignment(Pos.CENTER_LEFT);

        TextArea evidence = new TextArea();
        evidence.setId("workshop-evidence");
        evidence.setPromptText("Notes and evidence for this question (saved as you type)");
        evidence.setWrapText(true);
        evidence.setPrefRowCount(1);
        evidence.setMinHeight(NOTES_MIN_HEIGHT);
        VBox.setVgrow(evidence, Priority.ALWAYS);
        evidence.textProperty().bindBidirectional(viewModel.evidenceProperty());

        String keysText = "Keys: " + viewModel.ratingKeys() + " rate · " + OTHER_KEYS;
        Label keys = new Label(keysText);
        keys.setId("workshop-keys");
        keys.getStyleClass().addAll(Styles.TEXT_MUTED, presenter ? "presenter-keys" : Styles.TEXT_SMALL);
        keys.setTooltip(new Tooltip(keysText));
        keys.setWrapText(presenter);
        keys.setMinHeight(Region.USE_PREF_SIZE);
        Label message = boundLabel("workshop-message", viewModel.messageProperty());
        message.getStyleClass().add("field-error");
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        participantRows.setHgap(8);
        participantRows.setVgap(2);
        participantRows.setId("workshop-participants");

        VBox root = new VBox(6);
        if (presenter) {
            root.getChildren().add(presenterHeading(heading.get()));
        }
        root.getChildren().addAll(toolbar, headerRow, question, guidance, participantRows);
        if (presenter) {
            distribution.setId("presenter-distribution");
            root.getChildren().add(distribution);
        }
        root.getChildren().addAll(verdictRow, evidence, keys, message);
        root.setId(presenter ? "presenter-view" : "workshop-view");
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

    /** Client and team, then the assessment, large: the room sees whose workshop this is. */
    private Node presenterHeading(String heading) {
        Label client = new Label(heading);
        client.setId("presenter-heading");
        client.getStyleClass().add("presenter-heading");
        return client;
    }

    /**
     * The timer of the dimension on now (running or paused, red once over), its progress, and the
     * agenda's editor; it ticks once a second while shown.
     */
    private Node agendaBox(WorkshopAgendaViewModel plan, boolean presenter) {
        AgendaViewModel timer = plan.timer();
        Label remaining = new Label();
        remaining.setId(presenter ? "presenter-timer" : "workshop-timer");
        remaining.getStyleClass().add("agenda-timer");
        remaining.textProperty().bind(timer.remainingProperty());
        remaining.setMinWidth(Region.USE_PREF_SIZE);
        timer.overrunProperty()
                .addListener((observable, old, over) -> remaining.pseudoClassStateChanged(OVERRUN, over));
        remaining.pseudoClassStateChanged(OVERRUN, timer.overrunProperty().get());
        Tooltip next = new Tooltip();
        next.textProperty().bind(timer.nextProperty());
        remaining.setTooltip(next);
        Label settled = new Label();
        settled.setId(presenter ? "presenter-dimension-progress" : "workshop-dimension-progress");
        settled.getStyleClass().add(Styles.TEXT_MUTED);
        settled.textProperty().bind(plan.dimensionProgressProperty());
        settled.setMinWidth(Region.USE_PREF_SIZE);
        Button startPause =
                button("", presenter ? "presenter-timer-toggle" : "workshop-timer-toggle", timer::pauseOrResume);
        startPause
                .textProperty()
                .bind(javafx.beans.binding.Bindings.when(timer.runningProperty())
                        .then("Pause")
                        .otherwise("Start"));
        startPause.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(8, settled, remaining, tip(startPause, "Start or pause this dimension's timer"));
        if (!presenter) {
            Button edit = button("Agenda…", "workshop-agenda", () -> AgendaDialog.show(box, plan));
            edit.setMinWidth(Region.USE_PREF_SIZE);
            edit.getStyleClass().add(Styles.SMALL);
            startPause.getStyleClass().add(Styles.SMALL);
            box.getChildren().add(tip(edit, "The dimensions in order, their time and progress"));
        }
        box.setAlignment(Pos.CENTER_RIGHT);
        box.setMinWidth(Region.USE_PREF_SIZE);
        box.getStyleClass().add("agenda-box");
        Timeline ticks = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), event -> timer.tick()));
        ticks.setCycleCount(Animation.INDEFINITE);
        ticking.add(ticks);
        box.sceneProperty().addListener((observable, old, scene) -> {
            if (scene == null) {
                ticks.stop();
            } else {
                ticks.play();
            }
        });
        return box;
    }

    private static <T extends javafx.scene.control.Control> T tip(T control, String text) {
        control.setTooltip(new Tooltip(text));
        return control;
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
            if (scroll != null && scroll.getViewportBounds().getWidth() > 0) {
                columns = columns(rows.size(), scroll.getViewportBounds().getWidth(), cellWidth);
            }
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
        participantRows.getColumnConstraints().clear();
        int across = Math.max(1, Math.min(columns, rows.size()));
        for (int c = 0; c < across; c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / across);
            column.setFillWidth(true);
            participantRows.getColumnConstraints().add(column);
        }
        int perColumn = (rows.size() + across - 1) / Math.max(1, across);
        for (int i = 0; i < rows.size(); i++) {
            ParticipantRating row = rows.get(i);
            int index = i;
            // The name alone, one line: twelve rows must fit; the role shows on hover.
            Label who = new Label(row.participant().name());
            who.getStyleClass().add("participant-name");
            who.setMinWidth(60);
            who.setPrefWidth(130);
            who.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(who, Priority.ALWAYS);
            Tooltip.install(
                    who,
                    new Tooltip(row.participant().name()
                            + (row.participant().role().isBlank()
                                    ? ""
                                    : " · " + row.participant().role())));
            SegmentedButton buttons = ratingButtons("rating-" + i, rating -> {
                viewModel.selectParticipant(index);
                viewModel.rate(viewModel.participantRatings().get(index).participant(), rating);
            });
            buttons.setMinWidth(Region.USE_PREF_SIZE);
            HBox line = new HBox(8, who, buttons);
            line.setId("participant-row-" + i);
            line.setAlignment(Pos.CENTER_LEFT);
            line.getStyleClass().add("participant-row");
            line.setMaxWidth(across == 1 ? Region.USE_PREF_SIZE : Double.MAX_VALUE);
            shownParticipants.add(row.participant().id());
            ratingButtons.add(buttons);
            rowNodes.add(line);
            // down the first column, then the next: the order Tab and the arrows follow
            participantRows.add(line, i / perColumn, i % perColumn);
        }
        if (rows.isEmpty()) {
            Label none = new Label("No participants yet: add them with Edit… in the tree.");
            none.getStyleClass().add(Styles.TEXT_MUTED);
            participantRows.add(none, 0, 0);
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
