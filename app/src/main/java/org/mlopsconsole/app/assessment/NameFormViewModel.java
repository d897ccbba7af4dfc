package org.mlopsconsole.app.assessment;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.mlopsconsole.app.common.ShownError;

/** The one-field form that names an organization or a team, checked as the repositories check it. */
public final class NameFormViewModel {

    private final String field;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringBinding error;
    private final StringBinding shownError;
    private final BooleanBinding valid;

    /** @param field what is named, as the error messages say it ("Organization name") */
    public NameFormViewModel(String field, String initialName) {
        this.field = field;
        name.set(initialName);
        error = Bindings.createStringBinding(
                () -> FieldRules.nameProblem(field, name.get()).orElse(""), name);
        valid = error.isEmpty();
        shownError = ShownError.afterTouch(name, error);
    }

    public String field() {
        return field;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringBinding errorProperty() {
        return error;
    }

    /** The error once the name was edited; "" before, so a fresh dialog is not red. */
    public StringBinding shownErrorProperty() {
        return shownError;
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    public String name() {
        return name.get().strip();
    }
}
