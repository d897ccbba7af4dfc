package org.mlopsconsole.app.architecture;

import java.util.List;

/** The reports module: used through its public API; it uses the assessment module only. */
class ReportsBoundaryTest extends ModuleBoundaryTest {

    @Override
    protected String modulePackage() {
        return "org.mlopsconsole.reports";
    }

    @Override
    protected List<String> forbiddenPackages() {
        return List.of("javafx..", "org.mlopsconsole.app..", "org.mlopsconsole.runtime..");
    }
}
