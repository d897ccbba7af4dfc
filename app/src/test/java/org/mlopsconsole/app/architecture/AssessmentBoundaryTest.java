package org.mlopsconsole.app.architecture;

import java.util.List;

/** The assessment module: used through its public API, free of JavaFX and of every other module. */
class AssessmentBoundaryTest extends ModuleBoundaryTest {

    @Override
    protected String modulePackage() {
        return "org.mlopsconsole.assessment";
    }

    @Override
    protected List<String> forbiddenPackages() {
        return List.of(
                "javafx..", "org.mlopsconsole.app..", "org.mlopsconsole.reports..", "org.mlopsconsole.runtime..");
    }
}
