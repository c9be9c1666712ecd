package id.anjungan.host.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package rules of {@code docs/architecture.md}: components without cycles, BCE layers, OSGi in one package. */
@AnalyzeClasses(packages = "id.anjungan.host", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule componentsFormNoCycle = slices().matching("id.anjungan.host.(*)..")
            .namingSlices("component $1").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule controlNeverUsesBoundary = noClasses().that().resideInAPackage("..control..")
            .should().dependOnClassesThat().resideInAPackage("..boundary..");

    @ArchTest
    static final ArchRule entitiesUseNoControlOrBoundary = noClasses().that().resideInAPackage("..entity..")
            .should().dependOnClassesThat().resideInAnyPackage("..control..", "..boundary..");

    @ArchTest
    static final ArchRule onlyTheAdapterKnowsOsgi = noClasses().that().resideOutsideOfPackage("id.anjungan.host.osgi..")
            .should().dependOnClassesThat().resideInAnyPackage("org.osgi..", "org.apache.felix..");

    @ArchTest
    static final ArchRule theAdapterUsesNothingElseOfTheHost = noClasses().that()
            .resideInAPackage("id.anjungan.host.osgi..").should().dependOnClassesThat(
                    resideInAPackage("id.anjungan.host..").and(not(resideInAPackage("id.anjungan.host.osgi.."))));
}
