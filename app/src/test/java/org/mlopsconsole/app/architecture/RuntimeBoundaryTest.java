package org.mlopsconsole.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlopsconsole.runtime.internal.engine.DynamicBatcher;

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

    /** The batcher batches anything: a benchmark or another backend can reuse it as it is. */
    @Test
    void theDynamicBatcherKnowsNoModelAndNoTransport() {
        noClasses()
                .that()
                .belongToAnyOf(DynamicBatcher.class)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "ai.onnxruntime..",
                        "io.javalin..",
                        "org.eclipse.jetty..",
                        "com.fasterxml.jackson..",
                        "org.mlopsconsole.runtime")
                .check(CLASSES);
    }
}
