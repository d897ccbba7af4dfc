package org.mlopsconsole.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The reports module is used through its public API only, and stays free of JavaFX and the app. */
class ReportsBoundaryTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.mlopsconsole");

    @Test
    void onlyTheReportsModuleUsesItsInternals() {
        noClasses()
                .that()
                .resideOutsideOfPackages("org.mlopsconsole.reports..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.mlopsconsole.reports.internal..")
                .check(CLASSES);
    }

    @Test
    void reportsModuleUsesNeitherJavaFxNorTheApp() {
        noClasses()
                .that()
                .resideInAPackage("org.mlopsconsole.reports..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx..", "org.mlopsconsole.app..", "org.mlopsconsole.runtime..")
                .check(CLASSES);
    }
}
