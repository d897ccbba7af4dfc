package org.mlopsconsole.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.mlopsconsole.app.deployments.DeploymentsViewModel;

/**
 * The rules across modules of docs/decisions/0001, checked on every module's classes (the app's
 * test class path holds them all). Each module's own boundary (its internals, what it must not
 * use) is in architecture/*BoundaryTest, on one base; Maven's module graph enforces the rest.
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
    static final ArchRule onlyTheWorkspaceModuleTalksToTheDatabase = noClasses()
            .that()
            .resideOutsideOfPackage("org.mlopsconsole.workspace..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("java.sql..", "javax.sql..", "org.h2..", "org.postgresql..", "org.flywaydb..")
            .because("JDBC, the drivers and Flyway live in the workspace module's internals (issue 11)");

    @ArchTest
    static final ArchRule onlyTheCompositionRootAndTheCommandLineOpenAWorkspace = noClasses()
            .that()
            .resideInAPackage("org.mlopsconsole.app..")
            .and()
            .doNotBelongToAnyOf(AppServices.class, org.mlopsconsole.app.cli.WorkspaceCommand.class)
            .should()
            .accessClassesThat()
            .haveFullyQualifiedName("org.mlopsconsole.workspace.Workspaces")
            .because("the app opens its workspace in AppServices and each command in WorkspaceCommand; the rest"
                    + " gets the use cases handed in");

    @ArchTest
    static final ArchRule onlyTheTryItPanelCallsTheServerOverHttp = noClasses()
            .that()
            .resideInAPackage("org.mlopsconsole.app..")
            .and()
            .doNotBelongToAnyOf(DeploymentsViewModel.class)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("java.net.http..")
            .because("the UI uses the runtime's Java API; only the try-it panel is an HTTP client (ADR 0003)");

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
}
