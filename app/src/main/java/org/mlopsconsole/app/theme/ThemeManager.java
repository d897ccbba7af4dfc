package org.mlopsconsole.app.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Theme;
import javafx.application.Application;
import javafx.scene.Scene;

/**
 * Applies the AtlantaFX theme. The app's own stylesheet uses only AtlantaFX's color variables, so
 * it needs no dark variant.
 */
public final class ThemeManager {

    private static final Theme LIGHT = new PrimerLight();
    private static final Theme DARK = new PrimerDark();

    public void apply(boolean dark) {
        // the binary form AtlantaFX ships: parsing the text form took about 0.2 s of the first window
        Application.setUserAgentStylesheet(theme(dark).getUserAgentStylesheetBSS());
        ChartTheme.themeApplied(dark);
    }

    public static Theme theme(boolean dark) {
        return dark ? DARK : LIGHT;
    }

    public void addAppStylesheet(Scene scene) {
        scene.getStylesheets().add(ThemeManager.class.getResource("console.css").toExternalForm());
    }
}
