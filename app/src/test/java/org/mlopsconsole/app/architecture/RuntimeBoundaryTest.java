package org.mlopsconsole.app.architecture;

import java.util.List;

/** The local runtime: used through its public API, free of JavaFX and of every other module. */
class RuntimeBoundaryTest extends ModuleBoundaryTest {

    @Override
    protected String modulePackage() {
        return "org.mlopsconsole.runtime";
    }

    @Override
    protected List<String> forbiddenPackages() {
        return List.of(
                "javafx..",
                "atlantafx..",
                "org.mlopsconsole.app..",
                "org.mlopsconsole.reports..",
                "org.mlopsconsole.assessment..");
    }
}
