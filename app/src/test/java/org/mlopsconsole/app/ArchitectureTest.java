package org.mlopsconsole.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The module rules of docs/decisions/0001, checked on every module's classes (the app's test
 * class path holds them all). Maven's module graph enforces the rest of the direction.
 */
@AnalyzeClasses(packages = "org.mlopsconsole", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyTheAppUsesJavaFx = noClasses()
            .that()
            .resideOutsideOfPackage("org.mlopsconsole.app..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx..", "atlantafx..", "org.controlsfx..", "org.jfree.chart.fx..")
            .because("only the app module may use JavaFX");

    @ArchTest
    static final ArchRule appUsesOnlyTheRuntimesPublicApi = noClasses()
            .that()
            .resideInAPackage("org.mlopsconsole.app..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.mlopsconsole.runtime..internal..")
            .because("the UI talks to the runtime through its public API");

    @ArchTest
    static final ArchRule onlyTheTryItPanelCallsTheServerOverHttp = noClasses()
            .that()
            .resideInAPackage("org.mlopsconsole.app..")
            .and()
            .haveNameNotMatching("org\\.mlopsconsole\\.app\\.deployments\\.DeploymentsViewModel(\\$.*)?")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("java.net.http..")
            .because("the UI uses the runtime's Java API; only the try-it panel is an HTTP client (ADR 0003)");

    @ArchTest
    static final ArchRule appUsesOnlyThePublicApisOfTheOtherModules = noClasses()
            .that()
            .resideInAPackage("org.mlopsconsole.app..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.mlopsconsole.assessment..internal..", "org.mlopsconsole.reports..internal..")
            .because("modules expose a small public API; the rest is internal");

    @ArchTest
    static final ArchRule viewModelsStayFreeOfTheSceneGraph = classes()
            .that()
            .haveSimpleNameEndingWith("ViewModel")
            .should()
            .onlyDependOnClassesThat()
            .resideOutsideOfPackages(
                    "javafx.scene..",
                    "javafx.stage..",
                    "javafx.fxml..",
                    "javafx.application..",
                    "javafx.animation..",
                    "atlantafx..",
                    "org.controlsfx..")
            .because("ViewModels import only javafx.beans and javafx.collections, so they test without the toolkit");

    @ArchTest
    static final ArchRule assessmentModelsDependOnNoOtherModule = noClasses()
            .that()
            .resideInAPackage("org.mlopsconsole.assessment..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.mlopsconsole.app..", "org.mlopsconsole.reports..", "org.mlopsconsole.runtime..")
            .allowEmptyShould(true); // until the module has classes

    @ArchTest
    static final ArchRule localRuntimeDependsOnNoOtherModule = noClasses()
            .that()
            .resideInAPackage("org.mlopsconsole.runtime..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.mlopsconsole.app..", "org.mlopsconsole.reports..", "org.mlopsconsole.assessment..");

    @ArchTest
    static final ArchRule reportsDependOnlyOnAssessmentModels = noClasses()
            .that()
            .resideInAPackage("org.mlopsconsole.reports..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.mlopsconsole.app..", "org.mlopsconsole.runtime..")
            .allowEmptyShould(true); // until the module has classes
}
