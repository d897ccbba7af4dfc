package org.mlopsconsole.app.shell;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mlopsconsole.app.state.UiState;
import org.mlopsconsole.app.state.UiState.WindowBounds;
import org.mlopsconsole.app.state.UiStateStore;

/**
 * State of the main window: the sections, the one shown, the theme and the status bar. Every
 * change the user makes is saved at once, so a crash loses nothing of it.
 */
public final class MainViewModel {

    private final ObservableList<Section> sections =
            FXCollections.unmodifiableObservableList(FXCollections.observableArrayList(List.of(Section.values())));
    private final ObjectProperty<Section> selectedSection = new SimpleObjectProperty<>();
    private final BooleanProperty darkTheme = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper workspaceStatus = new ReadOnlyStringWrapper();
    private final StringProperty runtimeStatus = new SimpleStringProperty("Runtime: not started");
    private final DoubleProperty assessmentsDivider = new SimpleDoubleProperty();
    private final StringProperty assessmentsSelection = new SimpleStringProperty("");
    private final UiStateStore store;
    private UiState state;

    public MainViewModel(UiStateStore store, String workspaceDescription) {
        this.store = store;
        this.state = store.load();
        selectedSection.set(Section.fromId(state.sectionId(), Section.ASSESSMENTS));
        darkTheme.set(state.darkTheme());
        workspaceStatus.set("Workspace: " + workspaceDescription);
        selectedSection.addListener((observable, old, section) -> {
            if (section == null) {
                selectedSection.set(old);
            } else {
                update(state.withSection(section.id()));
            }
        });
        darkTheme.addListener((observable, old, dark) -> update(state.withDarkTheme(dark)));
        assessmentsDivider.set(state.assessments().divider());
        assessmentsSelection.set(state.assessments().selection());
        assessmentsDivider.addListener((observable, old, position) ->
                update(state.withAssessments(state.assessments().withDivider(position.doubleValue()))));
        assessmentsSelection.addListener((observable, old, key) ->
                update(state.withAssessments(state.assessments().withSelection(key == null ? "" : key))));
    }

    /** The Assessments section's divider position, restored at the next start. */
    public DoubleProperty assessmentsDividerProperty() {
        return assessmentsDivider;
    }

    /** The key of the node selected in the Assessments tree ("" for none), restored at the next start. */
    public StringProperty assessmentsSelectionProperty() {
        return assessmentsSelection;
    }

    public ObservableList<Section> sections() {
        return sections;
    }

    public ObjectProperty<Section> selectedSectionProperty() {
        return selectedSection;
    }

    public BooleanProperty darkThemeProperty() {
        return darkTheme;
    }

    public void toggleTheme() {
        darkTheme.set(!darkTheme.get());
    }

    public ReadOnlyStringProperty workspaceStatusProperty() {
        return workspaceStatus.getReadOnlyProperty();
    }

    public StringProperty runtimeStatusProperty() {
        return runtimeStatus;
    }

    /** Bounds to restore, if the last run saved any. */
    public java.util.Optional<WindowBounds> savedWindowBounds() {
        return state.window();
    }

    public void windowClosing(WindowBounds bounds) {
        update(state.withWindow(bounds));
    }

    private void update(UiState changed) {
        state = changed;
        store.save(changed);
    }
}
