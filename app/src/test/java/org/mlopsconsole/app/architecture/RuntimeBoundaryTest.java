package org.mlopsconsole.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The app uses the runtime through its public API only, and the runtime never touches JavaFX. */
class RuntimeBoundaryTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.mlopsconsole");

    @Test
    void theAppDoesNotReachIntoTheRuntimesInternals() {
        noClasses()
                .that()
                .resideInAPackage("org.mlopsconsole.app..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.mlopsconsole.runtime..internal..")
                .check(CLASSES);
    }

    /** The engine serves any edge (HTTP today, gRPC or in process tomorrow): no web server, no JSON in it. */
    @Test
    void theEngineKnowsNeitherHttpNorJson() {
        noClasses()
                .that()
                .resideInAPackage("org.mlopsconsole.runtime.internal.engine..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.javalin..",
                        "org.eclipse.jetty..",
                        "jakarta.servlet..",
                        "com.fasterxml.jackson..",
                        "org.mlopsconsole.runtime.internal.http..")
                .check(CLASSES);
    }

    @Test
    void theRuntimeDoesNotUseJavaFx() {
        noClasses()
                .that()
                .resideInAPackage("org.mlopsconsole.runtime..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("javafx..")
                .check(CLASSES);
    }
}
