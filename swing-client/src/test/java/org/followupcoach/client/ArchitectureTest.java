package org.followupcoach.client;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layout rules of docs/ARCHITECTURE.md, checked on the compiled classes of core and the client. */
class ArchitectureTest {

    private static final String CORE = "org.followupcoach.core..";
    private static final String CLIENT = "org.followupcoach.client";
    private static final String DIAGNOSTICS = CLIENT + ".diagnostics..";
    private static final int MAX_FILES_PER_PACKAGE = 25;

    private static JavaClasses classes;

    // Core arrives as a jar when Maven runs the verify phase and as a classes folder in the test phase: both count.
    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.followupcoach");
    }

    @Test
    void coreUsesNoSwingAndNoAwt() {
        noClasses().that().resideInAPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.swing..")
                .check(classes);
    }

    @Test
    void coreKnowsNothingOfTheClient() {
        noClasses().that().resideInAPackage(CORE)
                .should().dependOnClassesThat().resideInAPackage(CLIENT + "..")
                .check(classes);
    }

    @Test
    void featuresReachEachOtherOnlyThroughTheShell() {
        slices().matching(CLIENT + ".(guide|checklist|quiz|readiness|interviews|rehearsal)..")
                .should().notDependOnEachOther()
                .check(classes);
    }

    @Test
    void onlyTheStartUpUsesDiagnostics() {
        noClasses().that().resideOutsideOfPackage(DIAGNOSTICS)
                .and().doNotHaveFullyQualifiedName(CLIENT + ".CoachApp")
                .and().doNotHaveFullyQualifiedName(CLIENT + ".StartOptions")
                .should().dependOnClassesThat().resideInAPackage(DIAGNOSTICS)
                .check(classes);
    }

    @Test
    void supportAndSessionKnowNoFeatureAndNoShell() {
        noClasses().that().resideInAnyPackage(CLIENT + ".support..", CLIENT + ".session..")
                .should().dependOnClassesThat().resideInAnyPackage(CLIENT + ".shell..", CLIENT + ".guide..",
                        CLIENT + ".checklist..", CLIENT + ".quiz..", CLIENT + ".readiness..",
                        CLIENT + ".interviews..", CLIENT + ".rehearsal..", CLIENT + ".diagnostics..")
                .check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.followupcoach.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void noPackageHoldsMoreThanTwentyFiveFiles() {
        Map<String, Long> filesPerPackage = classes.stream()
                .filter(c -> c.getPackageName().startsWith("org.followupcoach"))
                .filter(c -> c.getEnclosingClass().isEmpty())
                .collect(Collectors.groupingBy(JavaClass::getPackageName, TreeMap::new, Collectors.counting()));
        assertThat(filesPerPackage).isNotEmpty()
                .allSatisfy((pkg, count) -> assertThat(count).as(pkg).isLessThanOrEqualTo(MAX_FILES_PER_PACKAGE));
    }
}
