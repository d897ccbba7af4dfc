package org.mlopsconsole.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The rules every module keeps, checked on the classes of the whole build (the app's test class
 * path holds every module). A module's test names its root package, the packages it must not use,
 * and the classes outside it allowed into its internals, each with the reason: named exceptions,
 * never class-name patterns. Rules of one module alone go into its own test beside these.
 */
abstract class ModuleBoundaryTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.mlopsconsole");

    /** The module's root package, say {@code org.mlopsconsole.runtime}. */
    protected abstract String modulePackage();

    /** Packages (ArchUnit syntax, {@code javafx..}) none of the module's classes may use. */
    protected abstract List<String> forbiddenPackages();

    /** Classes outside the module that may use its internals, each with why; none by default. */
    protected Map<Class<?>, String> internalsExceptions() {
        return Map.of();
    }

    @Test
    void onlyTheModuleItselfUsesItsInternals() {
        noClasses()
                .that()
                .resideOutsideOfPackages(modulePackage() + "..")
                .and()
                .doNotBelongToAnyOf(internalsExceptions().keySet().toArray(Class<?>[]::new))
                .should()
                .dependOnClassesThat()
                .resideInAPackage(modulePackage() + "..internal..")
                .because("modules expose a small public API; the rest is internal")
                .check(CLASSES);
    }

    @Test
    void theModuleUsesNoneOfTheForbiddenPackages() {
        noClasses()
                .that()
                .resideInAPackage(modulePackage() + "..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(forbiddenPackages().toArray(String[]::new))
                .allowEmptyShould(true) // a module without classes yet keeps its rules
                .check(CLASSES);
    }
}
