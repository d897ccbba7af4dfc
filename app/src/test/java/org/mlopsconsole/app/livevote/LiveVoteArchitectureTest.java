package org.mlopsconsole.app.livevote;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The live vote's server stays free of JavaFX (the command line serves it too) and of the model runtime. */
@AnalyzeClasses(packages = "org.mlopsconsole.app", importOptions = ImportOption.DoNotIncludeTests.class)
class LiveVoteArchitectureTest {

    @ArchTest
    static final ArchRule theServerKnowsNoJavaFx = noClasses()
            .that()
            .resideInAPackage("org.mlopsconsole.app.livevote")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "javafx..", "atlantafx..", "org.controlsfx..", "org.mlopsconsole.app.livevote.desktop..")
            .because("workshop serve runs the live vote without the desktop");

    @ArchTest
    static final ArchRule theServerIsNotTheModelRuntimes = noClasses()
            .that()
            .resideInAPackage("org.mlopsconsole.app.livevote..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.mlopsconsole.runtime..")
            .because("the live vote serves only its voting endpoints, never the model runtime's (issue 17)");
}
