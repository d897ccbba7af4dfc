package org.mlopsconsole.app.rolestools;

import atlantafx.base.theme.Styles;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.mlopsconsole.app.common.Tables;
import org.mlopsconsole.assessment.challenges.Challenge;
import org.mlopsconsole.assessment.challenges.RegisteredChallenge;
import org.mlopsconsole.assessment.roles.OrganizationSize;
import org.mlopsconsole.assessment.roles.Raci;
import org.mlopsconsole.assessment.roles.RaciCheckFormat;
import org.mlopsconsole.assessment.roles.RaciFiles;
import org.mlopsconsole.assessment.roles.RaciFinding;
import org.mlopsconsole.assessment.roles.RaciReport;
import org.mlopsconsole.assessment.roles.Responsibility;
import org.mlopsconsole.assessment.tools.Component;
import org.mlopsconsole.assessment.tools.ComponentCoverage;
import org.mlopsconsole.assessment.tools.CoverageStatus;
import org.mlopsconsole.assessment.tools.InventoryTool;
import org.mlopsconsole.assessment.tools.Tool;
import org.mlopsconsole.assessment.tools.ToolSuggestion;
import org.mlopsconsole.workspace.Organization;

/** The Roles &amp; Tools section: RACI, Tools and Challenges tabs for the chosen organization. */
public final class RolesToolsView {

    private final RolesToolsViewModel viewModel;
    private final GridPane grid = new GridPane();
    private Label[][] cells = new Label[0][0];
    private List<String> shownRoles = List.of();
    private List<String> shownActivities = List.of();

    public RolesToolsView(RolesToolsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public Node build() {
        Label title = new Label("Roles & Tools");
        title.getStyleClass().add(Styles.TITLE_2);
        ComboBox<Organization> organization = new ComboBox<>(viewModel.organizations());
        organization.setId("rolestools-organization");
        organization.setPromptText("Organization");
        organization.setCellFactory(list -> organizationCell());
        organization.setButtonCell(organizationCell());
        viewModel.organizationProperty().addListener((o, was, is) -> organization.setValue(is));
        organization.setOnAction(event -> {
            Organization chosen = organization.getValue();
            if (chosen != null
                    && !chosen.equals(viewModel.organizationProperty().get())) {
                viewModel.open(chosen);
            }
        });
        Button save = new Button("Save");
        save.setId("rolestools-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(viewModel.dirtyProperty().not());
        save.setOnAction(event -> viewModel.save());
        Label status = new Label();
        status.textProperty().bind(viewModel.statusProperty());
        status.getStyleClass().add(Styles.TEXT_MUTED);
        // The status may be long (a plan item's title): it ends in "…" with the whole line on hover,
        // and never squeezes the organization picker or Save.
        Label organizationLabel = new Label("Organization");
        for (javafx.scene.layout.Region fixed : List.of(organizationLabel, organization, save)) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(viewModel.statusProperty());
        status.setTooltip(whole);
        HBox bar = new HBox(12, organizationLabel, organization, save, status);
        bar.setAlignment(Pos.CENTER_LEFT);

        TabPane tabs = new TabPane(
                new Tab("RACI", raciTab()), new Tab("Tools", toolsTab()), new Tab("Challenges", challengesTab()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        VBox content = new VBox(12, title, bar, tabs);
        content.getStyleClass().add("content");
        content.setId("section-content-roles-and-tools");
        viewModel.load();
        return content;
    }

    private static ListCell<Organization> organizationCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Organization item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name());
            }
        };
    }

    // RACI

    private Node raciTab() {
        grid.setId("raci-grid");
        grid.setHgap(2);
        grid.setVgap(2);
        viewModel.raciProperty().addListener((o, was, is) -> showRaci(is));
        ComboBox<OrganizationSize> template = new ComboBox<>();
        template.getItems().setAll(OrganizationSize.values());
        template.setPromptText("Start from a template…");
        template.setId("raci-template");
        template.setOnAction(event -> {
            if (template.getValue() != null) {
                viewModel.applyTemplate(template.getValue());
            }
        });
        TextField person = new TextField();
        person.setPromptText("Person's name");
        person.setId("raci-person");
        ComboBox<String> role = new ComboBox<>();
        role.setPromptText("Role");
        role.setId("raci-person-role");
        viewModel
                .raciProperty()
                .addListener((o, was, is) -> role.getItems()
                        .setAll(is.roles().stream().map(r -> r.name()).toList()));
        Button assign = new Button("Assign");
        assign.setId("raci-assign");
        assign.setOnAction(event -> {
            int index = role.getSelectionModel().getSelectedIndex();
            if (index >= 0) {
                viewModel.assign(person.getText(), index);
                person.clear();
            }
        });
        Label help = new Label("Keys: arrows move, R A C I toggle a letter, Delete clears. Mouse: click cycles"
                + " R → A → C → I → empty; right-click for a menu.");
        help.getStyleClass().add(Styles.TEXT_MUTED);
        help.setWrapText(true);
        HBox tools = new HBox(8, template, new Label("Assign"), person, new Label("to"), role, assign);
        tools.setAlignment(Pos.CENTER_LEFT);
        ScrollPane gridScroll = new ScrollPane(grid);
        gridScroll.setFitToWidth(false);
        HBox.setHgrow(gridScroll, Priority.ALWAYS);

        // Labels that wrap, errors first: each finding is read whole, with what to fix.
        VBox findingList = new VBox(6);
        findingList.setId("raci-findings");
        findingList.setPadding(new Insets(4));
        ScrollPane findings = new ScrollPane(findingList);
        findings.setFitToWidth(true);
        findings.setPrefWidth(360);
        viewModel.findings().addListener((ListChangeListener<RaciFinding>) change -> showFindings(findingList));
        Label summary = new Label();
        summary.setId("raci-summary");
        viewModel.findings().addListener((ListChangeListener<RaciFinding>) change -> summary.setText(summarize()));
        VBox checks = new VBox(6, new Label("Check"), summary, findings);
        VBox.setVgrow(findings, Priority.ALWAYS);
        HBox body = new HBox(12, gridScroll, checks);
        VBox.setVgrow(body, Priority.ALWAYS);
        VBox tab = new VBox(8, tools, help, body);
        tab.setPadding(new Insets(12, 0, 0, 0));
        return tab;
    }

    private void showFindings(VBox list) {
        list.getChildren().clear();
        viewModel.findings().stream()
                .sorted(java.util.Comparator.comparing(RaciFinding::severity))
                .forEach(finding -> {
                    boolean error = finding.severity() == RaciFinding.Severity.ERROR;
                    Label line = new Label((error ? "Error: " : "Warning: ") + finding.message());
                    line.setWrapText(true);
                    line.setStyle(error ? "-fx-text-fill: -color-danger-fg;" : "-fx-text-fill: -color-warning-fg;");
                    list.getChildren().add(line);
                });
    }

    private String summarize() {
        return viewModel.findings().isEmpty()
                ? "The RACI passes: every activity has one Accountable and a Responsible."
                : RaciCheckFormat.summary(new RaciReport(viewModel.findings()));
    }

    private void showRaci(Raci raci) {
        List<String> roles = raci.roles().stream().map(r -> r.id()).toList();
        List<String> activities = raci.activities().stream().map(a -> a.id()).toList();
        if (!roles.equals(shownRoles) || !activities.equals(shownActivities)) {
            buildGrid(raci);
            shownRoles = roles;
            shownActivities = activities;
        }
        for (int a = 0; a < activities.size(); a++) {
            for (int r = 0; r < roles.size(); r++) {
                String letters = RaciFiles.letters(viewModel.cell(a, r));
                cells[a][r].setText(letters.isEmpty() ? "·" : letters);
            }
        }
        for (int r = 0; r < roles.size(); r++) {
            Label header = (Label) grid.lookup("#raci-role-" + r);
            String people = viewModel.peopleIn(r);
            header.setText(raci.roles().get(r).name() + (people.isEmpty() ? "" : "\n(" + people + ")"));
        }
    }

    private void buildGrid(Raci raci) {
        grid.getChildren().clear();
        cells = new Label[raci.activities().size()][raci.roles().size()];
        for (int r = 0; r < raci.roles().size(); r++) {
            Label header = new Label(raci.roles().get(r).name());
            header.setId("raci-role-" + r);
            header.setWrapText(true);
            header.setPrefWidth(96);
            header.getStyleClass().add(Styles.TEXT_BOLD);
            grid.add(header, r + 1, 0);
        }
        for (int a = 0; a < raci.activities().size(); a++) {
            Label activity = new Label(raci.activities().get(a).name());
            activity.setPrefWidth(220);
            grid.add(activity, 0, a + 1);
            for (int r = 0; r < raci.roles().size(); r++) {
                Label cell = cell(a, r);
                cells[a][r] = cell;
                grid.add(cell, r + 1, a + 1);
            }
        }
    }

    private Label cell(int activity, int role) {
        Label cell = new Label();
        cell.setId("raci-cell-" + activity + "-" + role);
        cell.getStyleClass().add("raci-cell");
        cell.setFocusTraversable(true);
        cell.setPrefSize(96, 26);
        cell.setAlignment(Pos.CENTER);
        cell.setStyle(CELL);
        cell.focusedProperty().addListener((o, was, is) -> cell.setStyle(is ? CELL_FOCUSED : CELL));
        ContextMenu menu = new ContextMenu();
        cell.getProperties().put(MENU, menu);
        // Shown on the secondary click itself (not as a context-menu event), the same on every platform.
        cell.setOnMouseClicked(event -> {
            cell.requestFocus();
            if (event.getButton() == MouseButton.PRIMARY) {
                viewModel.cycle(activity, role);
            } else if (event.getButton() == MouseButton.SECONDARY) {
                menu.show(cell, javafx.geometry.Side.BOTTOM, 0, 0);
            }
        });
        for (Responsibility letter : Responsibility.values()) {
            MenuItem item = new MenuItem("Toggle " + letter.letter() + " (" + words(letter) + ")");
            item.setOnAction(event -> viewModel.toggle(activity, role, letter));
            menu.getItems().add(item);
        }
        MenuItem clear = new MenuItem("Clear");
        clear.setOnAction(event -> viewModel.clear(activity, role));
        menu.getItems().add(clear);
        cell.setOnKeyPressed(event -> {
            KeyCode code = event.getCode();
            switch (code) {
                case UP -> focus(activity - 1, role);
                case DOWN -> focus(activity + 1, role);
                case LEFT -> focus(activity, role - 1);
                case RIGHT -> focus(activity, role + 1);
                case DELETE, BACK_SPACE -> viewModel.clear(activity, role);
                default ->
                    Responsibility.of(
                                    code.getChar().isEmpty()
                                            ? ' '
                                            : code.getChar().charAt(0))
                            .ifPresent(letter -> viewModel.toggle(activity, role, letter));
            }
            event.consume();
        });
        return cell;
    }

    /** The key of a cell's menu in its properties. */
    static final String MENU = "raci-menu";

    private static final String CELL = "-fx-background-color: -color-bg-subtle; -fx-border-color: -color-border-muted;";
    private static final String CELL_FOCUSED =
            "-fx-background-color: -color-accent-subtle; -fx-border-color: -color-accent-emphasis;";

    private void focus(int activity, int role) {
        if (activity >= 0 && activity < cells.length && role >= 0 && role < cells[activity].length) {
            cells[activity][role].requestFocus();
        }
    }

    private static String words(Responsibility letter) {
        String name = letter.name();
        return name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    // Tools

    private Node toolsTab() {
        TextField search = new TextField();
        search.setPromptText("Search the tool catalog (MLflow, Kubeflow, …)");
        search.setId("tools-search");
        ListView<Tool> results = new ListView<>();
        results.setPrefHeight(110);
        results.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Tool item, boolean empty) {
                super.updateItem(item, empty);
                setText(
                        empty || item == null
                                ? null
                                : item.name() + "  ("
                                        + item.components().keySet().stream()
                                                .map(Component::name)
                                                .collect(Collectors.joining(" "))
                                        + ")");
            }
        });
        search.textProperty().addListener((o, was, is) -> results.getItems().setAll(viewModel.searchCatalog(is)));
        results.getItems().setAll(viewModel.searchCatalog(""));
        Button add = new Button("Add tool");
        add.setId("tools-add");
        add.setOnAction(event -> {
            Tool chosen = results.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                viewModel.addTool(chosen);
                results.getItems().setAll(viewModel.searchCatalog(search.getText()));
            }
        });
        TextField custom = new TextField();
        custom.setPromptText("Own tool's name");
        ComboBox<Component> customComponent = new ComboBox<>();
        customComponent.getItems().setAll(Component.values());
        customComponent.setPromptText("Component");
        customComponent.setMinWidth(Region.USE_PREF_SIZE);
        Button addCustom = new Button("Add own");
        addCustom.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(custom, Priority.ALWAYS);
        addCustom.setOnAction(event -> {
            if (customComponent.getValue() != null) {
                viewModel.addCustomTool(custom.getText(), EnumSet.of(customComponent.getValue()));
                custom.clear();
            }
        });
        ListView<InventoryTool> inventory = new ListView<>(viewModel.inventory());
        inventory.setId("tools-inventory");
        inventory.setPrefHeight(140);
        inventory.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(InventoryTool item, boolean empty) {
                super.updateItem(item, empty);
                setText(
                        empty || item == null
                                ? null
                                : item.name() + (item.catalogTool().isPresent() ? "" : " (own tool)"));
            }
        });
        Button remove = new Button("Remove");
        remove.setOnAction(event -> {
            InventoryTool chosen = inventory.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                viewModel.removeTool(chosen);
            }
        });
        CheckBox openSource = new CheckBox("Open source only");
        openSource.selectedProperty().bindBidirectional(viewModel.openSourceOnlyProperty());
        CheckBox onPremises = new CheckBox("On premises only");
        onPremises.selectedProperty().bindBidirectional(viewModel.onPremisesOnlyProperty());
        CheckBox kubernetes = new CheckBox("Kubernetes available");
        kubernetes.selectedProperty().bindBidirectional(viewModel.kubernetesAvailableProperty());

        VBox left = new VBox(
                6,
                new Label("Inventory"),
                inventory,
                remove,
                search,
                results,
                add,
                new HBox(6, custom, customComponent, addCustom),
                new VBox(4, openSource, onPremises, kubernetes));
        left.setPrefWidth(460);

        GridPane heatmap = new GridPane();
        heatmap.setId("tools-heatmap");
        heatmap.setHgap(2);
        heatmap.setVgap(2);
        viewModel.coverage().addListener((ListChangeListener<ComponentCoverage>) change -> showHeatmap(heatmap));
        ListView<String> suggestions = new ListView<>();
        suggestions.setId("tools-suggestions");
        suggestions.setPrefHeight(160);
        viewModel.suggestions().addListener((ListChangeListener<ToolSuggestion>) change -> suggestions
                .getItems()
                .setAll(viewModel.suggestions().stream()
                        .map(RolesToolsView::suggestion)
                        .toList()));
        VBox right = new VBox(
                6,
                new Label("Coverage of the nine components"),
                heatmap,
                planTarget("tools-plan-target"),
                new Label("Suggestions"),
                suggestions);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox tab = new HBox(16, left, right);
        tab.setPadding(new Insets(12, 0, 0, 0));
        return tab;
    }

    private void showHeatmap(GridPane heatmap) {
        heatmap.getChildren().clear();
        int row = 0;
        for (ComponentCoverage component : viewModel.coverage()) {
            Label name = new Label(component.component().label());
            name.setMinWidth(250);
            Label state = new Label(component.status().code());
            state.setId("coverage-" + component.component().name());
            state.setPrefSize(90, 24);
            state.setAlignment(Pos.CENTER);
            state.setStyle(
                    "-fx-background-color: " + colour(component.status()) + "; -fx-text-fill: -color-fg-default;");
            String by = java.util.stream.Stream.concat(component.fullBy().stream(), component.partialBy().stream())
                    .map(InventoryTool::name)
                    .collect(Collectors.joining(", "));
            Label tools = new Label(by.isEmpty() ? "—" : by);
            tools.setTooltip(
                    new Tooltip(component.component().function() + (by.isEmpty() ? "" : System.lineSeparator() + by)));
            tools.setMaxWidth(280); // a long list ends in "…", the tooltip has it whole; the button stays readable
            if (component.status() == CoverageStatus.COVERED) {
                heatmap.addRow(row++, name, state, tools);
                continue;
            }
            Button plan = new Button("Add to plan");
            plan.setId("coverage-plan-" + component.component().name());
            plan.getStyleClass().addAll(Styles.SMALL);
            plan.setMinWidth(Region.USE_PREF_SIZE);
            plan.disableProperty().bind(viewModel.canPlanProperty().not());
            plan.setOnAction(event -> viewModel.planComponent(component.component()));
            heatmap.addRow(row++, name, state, tools, plan);
        }
    }

    /** AtlantaFX's muted status colours: they follow the light and dark themes. */
    static String colour(CoverageStatus status) {
        return switch (status) {
            case COVERED -> "-color-success-muted";
            case PARTIAL -> "-color-warning-muted";
            case MISSING -> "-color-danger-muted";
        };
    }

    private static String suggestion(ToolSuggestion suggestion) {
        String tools = suggestion.tools().isEmpty()
                ? "no catalog tool fits the constraints"
                : suggestion.tools().stream().limit(4).map(Tool::name).collect(Collectors.joining(", "));
        return suggestion.component().label() + " (" + suggestion.status().code() + "): " + tools;
    }

    // Challenges

    private Node challengesTab() {
        ComboBox<Challenge> catalog = new ComboBox<>();
        catalog.setId("challenge-catalog");
        catalog.getItems().setAll(viewModel.challengeCatalog());
        catalog.setPromptText("Challenge from the catalog");
        catalog.setPrefWidth(360);
        catalog.setCellFactory(list -> challengeCell());
        catalog.setButtonCell(challengeCell());
        Spinner<Integer> likelihood = new Spinner<>(1, 5, 3);
        Spinner<Integer> impact = new Spinner<>(1, 5, 3);
        likelihood.setPrefWidth(80);
        impact.setPrefWidth(80);
        Button rate = new Button("Register / re-rate");
        rate.setId("challenge-rate");
        rate.setOnAction(event -> {
            if (catalog.getValue() != null) {
                viewModel.rate(catalog.getValue(), likelihood.getValue(), impact.getValue());
            }
        });
        HBox picker = new HBox(8, catalog, new Label("Likelihood"), likelihood, new Label("Impact"), impact, rate);
        picker.setAlignment(Pos.CENTER_LEFT);

        TableView<RegisteredChallenge> table = new TableView<>(viewModel.challenges());
        Tables.wheelScrollsPage(table);
        table.setId("challenge-register");
        // The columns share the width; a cell too narrow for its text ends in "…" and shows it whole on hover.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().add(column("Challenge", 330, RegisteredChallenge::name));
        table.getColumns().add(column("L", 40, entry -> Integer.toString(entry.likelihood())));
        table.getColumns().add(column("I", 40, entry -> Integer.toString(entry.impact())));
        table.getColumns().add(column("Score", 70, entry -> Integer.toString(entry.score())));
        table.getColumns().add(column("Band", 80, entry -> entry.band().code()));
        table.getColumns()
                .add(column(
                        "Dimensions",
                        420,
                        entry -> entry.dimensions().stream()
                                .map(Object::toString)
                                .collect(Collectors.joining(", "))));
        table.getColumns().add(column("Roadmap questions", 180, entry -> String.join(", ", entry.roadmapQuestions())));
        VBox.setVgrow(table, Priority.ALWAYS);
        TextField questions = new TextField();
        questions.setPromptText("Question ids, e.g. mp-srv-slo");
        questions.setPrefWidth(300);
        Button link = new Button("Link to selected");
        link.setOnAction(event -> {
            RegisteredChallenge chosen = table.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                viewModel.linkQuestions(chosen, questions.getText());
            }
        });
        Button remove = new Button("Remove selected");
        remove.setOnAction(event -> {
            RegisteredChallenge chosen = table.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                viewModel.removeChallenge(chosen);
            }
        });
        Button plan = new Button("Add selected to plan");
        plan.setId("challenge-plan");
        plan.disableProperty()
                .bind(viewModel
                        .canPlanProperty()
                        .not()
                        .or(table.getSelectionModel().selectedItemProperty().isNull()));
        plan.setOnAction(
                event -> viewModel.planChallenge(table.getSelectionModel().getSelectedItem()));
        HBox links = new HBox(8, questions, link, remove, plan);
        VBox tab = new VBox(8, picker, table, links, planTarget("challenge-plan-target"));
        tab.setPadding(new Insets(12, 0, 0, 0));
        return tab;
    }

    /** Which assessment's plan "Add to plan" adds to, or why it cannot. */
    private Label planTarget(String id) {
        Label target = new Label();
        target.setId(id);
        target.setWrapText(true);
        target.getStyleClass().add(Styles.TEXT_MUTED);
        target.textProperty().bind(viewModel.planTargetProperty());
        return target;
    }

    private static ListCell<Challenge> challengeCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Challenge item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name());
            }
        };
    }

    private static TableColumn<RegisteredChallenge, String> column(
            String title, double width, java.util.function.Function<RegisteredChallenge, String> value) {
        TableColumn<RegisteredChallenge, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 70)); // "Score" and "Band" keep their headers whole
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.isEmpty() ? null : new Tooltip(text));
            }
        });
        return column;
    }
}
