package org.openplate.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dependency arrows of the architecture, checked on the compiled classes. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.openplate");
    }

    @Test
    void calculationsArePure() {
        classes().that().resideInAnyPackage("org.openplate.energy..", "org.openplate.nutrition..",
                        "org.openplate.units..", "org.openplate.common..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.openplate.energy..",
                        "org.openplate.nutrition..", "org.openplate.units..", "org.openplate.common..")
                .check(classes);
    }

    @Test
    void energyDoesNotDependOnUnits() {
        noClasses().that().resideInAPackage("org.openplate.energy..")
                .should().dependOnClassesThat().resideInAPackage("org.openplate.units..")
                .check(classes);
    }

    @Test
    void webInfrastructureDoesNotKnowFeatures() {
        noClasses().that().resideInAnyPackage("org.openplate.web..", "org.openplate.storage..", "org.openplate.config..")
                .should().dependOnClassesThat().resideInAnyPackage("org.openplate.account..", "org.openplate.profile..",
                        "org.openplate.cli..")
                .check(classes);
    }

    @Test
    void accountDependsOnNoOtherFeature() {
        noClasses().that().resideInAPackage("org.openplate.account..")
                .should().dependOnClassesThat().resideInAnyPackage("org.openplate.profile..", "org.openplate.cli..")
                .check(classes);
    }

    @Test
    void noCyclesBetweenPackages() {
        slices().matching("org.openplate.(*)..").should().beFreeOfCycles().check(classes);
    }
}
