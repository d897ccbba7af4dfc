package org.mlopsconsole.app.assessment;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

/** Inline validation with AtlantaFX's danger state: the field turns red while its error is not empty. */
final class Validation {

    private Validation() {}

    static void markInvalid(Node field, ObservableValue<String> error) {
        field.pseudoClassStateChanged(Styles.STATE_DANGER, !error.getValue().isEmpty());
        error.addListener(
                (observable, old, message) -> field.pseudoClassStateChanged(Styles.STATE_DANGER, !message.isEmpty()));
    }
}
