package org.mlopsconsole.app.common;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * A field's error as the form shows it: nothing until the field was touched (its value changed
 * once), then the error as it stands. A fresh form is not red before anything was typed; whether
 * it may be saved still follows the error itself.
 */
public final class ShownError {

    private ShownError() {}

    public static StringBinding afterTouch(Observable field, StringBinding error) {
        BooleanProperty touched = new SimpleBooleanProperty();
        field.addListener(changed -> touched.set(true));
        return Bindings.createStringBinding(() -> touched.get() ? error.get() : "", touched, error);
    }
}
