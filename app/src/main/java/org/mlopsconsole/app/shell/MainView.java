package org.mlopsconsole.app.shell;

import atlantafx.base.theme.Styles;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The main window's content: a sidebar of sections, the section shown, and a status bar. Built in
 * code; each section's view is created once, on first visit, by {@code sectionViews}.
 */
public final class MainView {

    private final MainViewModel viewModel;
    private final Function<Section, Node> sectionViews;
    private final Runnable showAbout;
    private final Map<Section, Node> created = new EnumMap<>(Section.class);
    private final BorderPane root = new BorderPane();

    public MainView(MainViewModel viewModel, Function<Section, Node> sectionViews, Runnable showAbout) {
        this.viewModel = viewModel;
        this.sectionViews = sectionViews;
        this.showAbout = showAbout;
    }

    public Parent build() {
        root.setId("main-view");
        root.setLeft(sidebar());
        root.setBottom(statusBar());
        showSection(viewModel.selectedSectionProperty().get());
        viewModel.selectedSectionProperty().addListener((observable, old, section) -> showSection(section));
        return root;
    }

    /** Ctrl+1 … Ctrl+7 jump to the sections, in sidebar order. */
    public Map<KeyCombination, Runnable> accelerators() {
        Map<KeyCombination, Runnable> accelerators = new java.util.LinkedHashMap<>();
        Section[] sections = Section.values();
        for (int i = 0; i < sections.length && i < 9; i++) {
            Section section = sections[i];
            KeyCode digit = KeyCode.valueOf("DIGIT" + (i + 1));
            accelerators.put(
                    new KeyCodeCombination(digit, KeyCombination.SHORTCUT_DOWN),
                    () -> viewModel.selectedSectionProperty().set(section));
        }
        return accelerators;
    }

    private Node sidebar() {
        Label appName = new Label("MLOps Console");
        appName.getStyleClass().add("app-name");
        VBox sidebar = new VBox(appName);
        sidebar.getStyleClass().add("sidebar");
        ToggleGroup group = new ToggleGroup();
        int index = 1;
        for (Section section : viewModel.sections()) {
            ToggleButton button = new ToggleButton(section.title());
            button.setId("section-" + section.id());
            button.getStyleClass().add("section-button");
            button.setToggleGroup(group);
            button.setUserData(section);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setTooltip(new Tooltip(section.title() + " (Ctrl+" + index++ + ")"));
            button.setSelected(section == viewModel.selectedSectionProperty().get());
            sidebar.getChildren().add(button);
        }
        group.selectedToggleProperty().addListener((observable, old, toggle) -> {
            if (toggle == null) {
                group.selectToggle(old); // a section is always shown
            } else {
                viewModel.selectedSectionProperty().set((Section) toggle.getUserData());
            }
        });
        viewModel
                .selectedSectionProperty()
                .addListener((observable, old, section) -> group.getToggles().stream()
                        .filter(toggle -> toggle.getUserData() == section)
                        .findFirst()
                        .ifPresent(group::selectToggle));

        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        Button theme = new Button();
        theme.setId("theme-toggle");
        theme.getStyleClass().addAll(Styles.FLAT, "section-button");
        theme.setMaxWidth(Double.MAX_VALUE);
        theme.textProperty().bind(viewModel.darkThemeProperty().map(dark -> dark ? "Light theme" : "Dark theme"));
        theme.setOnAction(event -> viewModel.toggleTheme());
        Button about = new Button("About");
        about.setId("about-button");
        about.getStyleClass().addAll(Styles.FLAT, "section-button");
        about.setMaxWidth(Double.MAX_VALUE);
        about.setOnAction(event -> showAbout.run());
        sidebar.getChildren().addAll(spacer, theme, about);
        return sidebar;
    }

    private Node statusBar() {
        Label workspace = new Label();
        workspace.setId("status-workspace");
        workspace.textProperty().bind(viewModel.workspaceStatusProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label runtime = new Label();
        runtime.setId("status-runtime");
        runtime.textProperty().bind(viewModel.runtimeStatusProperty());
        HBox bar = new HBox(12, workspace, spacer, runtime);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private void showSection(Section section) {
        Node view = created.computeIfAbsent(section, this::wrap);
        root.setCenter(view);
    }

    private Node wrap(Section section) {
        ScrollPane scroll = new ScrollPane(sectionViews.apply(section));
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true); // sections with their own scrolling (tables, trees) fill the window
        scroll.setId("section-" + section.id() + "-view");
        return scroll;
    }
}
