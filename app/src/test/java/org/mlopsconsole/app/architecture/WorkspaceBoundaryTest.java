package org.mlopsconsole.app.architecture;

import java.util.List;

/**
 * The workspace module: used through its public API (the app never reaches into its JDBC
 * internals); it is JavaFX-free and uses the assessment module only.
 */
class WorkspaceBoundaryTest extends ModuleBoundaryTest {

    @Override
    protected String modulePackage() {
        return "org.mlopsconsole.workspace";
    }

    @Override
    protected List<String> forbiddenPackages() {
        return List.of(
                "javafx..",
                "atlantafx..",
                "org.controlsfx..",
                "org.mlopsconsole.app..",
                "org.mlopsconsole.runtime..",
                "org.mlopsconsole.reports..");
    }
}
