package org.mlopsconsole.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The assessment module is used through its public API only and stays free of JavaFX. */
class AssessmentBoundaryTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.mlopsconsole");

    @Test
    void onlyTheAssessmentModuleUsesItsInternals() {
        noClasses()
                .that()
                .resideOutsideOfPackages("org.mlopsconsole.assessment..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.mlopsconsole.assessment.internal..")
                .check(CLASSES);
    }

    @Test
    void assessmentModuleDoesNotUseJavaFx() {
        noClasses()
                .that()
                .resideInAPackage("org.mlopsconsole.assessment..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("javafx..")
                .check(CLASSES);
    }
}
