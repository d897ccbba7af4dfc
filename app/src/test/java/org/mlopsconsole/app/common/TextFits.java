package org.mlopsconsole.app.common;

import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/**
 * Whether a label shows its text whole: JavaFX keeps the truncation flag private, so its text is
 * measured in its own font and compared with the room inside its padding.
 */
public final class TextFits {

    private TextFits() {}

    public static double textWidth(Labeled labeled) {
        Text text = new Text(labeled.getText());
        text.setFont(labeled.getFont());
        return Math.ceil(text.getLayoutBounds().getWidth());
    }

    public static boolean whole(Labeled labeled) {
        double room = labeled.getWidth() - labeled.snappedLeftInset() - labeled.snappedRightInset();
        return textWidth(labeled) <= room + 0.5;
    }
}
