package se.hrvstat.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** DESIGN.md: the statistics core stays free of Spring, JDBC and file I/O. */
@AnalyzeClasses(packages = "se.hrvstat", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule theStatisticsCoreDoesNotUseSpring = noClasses().that().resideInAPackage("se.hrvstat.survey..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..");

    @ArchTest
    static final ArchRule theStatisticsCoreDoesNotUseJdbc = noClasses().that().resideInAPackage("se.hrvstat.survey..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..");

    @ArchTest
    static final ArchRule theStatisticsCoreDoesNoFileIo = noClasses().that().resideInAPackage("se.hrvstat.survey..")
            .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.nio.channels..")
            .orShould().dependOnClassesThat().haveNameMatching(
                    "java\\.io\\.(File|FileInputStream|FileOutputStream|FileReader|FileWriter|RandomAccessFile)");

    @ArchTest
    static final ArchRule theStatisticsCoreDependsOnNoOtherRoom = noClasses().that().resideInAPackage("se.hrvstat.survey..")
            .should().dependOnClassesThat().resideInAnyPackage("se.hrvstat.batch..", "se.hrvstat.store..",
                    "se.hrvstat.cli..", "se.hrvstat.publish..", "se.hrvstat.ingest..", "se.hrvstat.indicator..");

    @ArchTest
    static final ArchRule indicatorsDoNotUseSpringOrJdbc = noClasses().that().resideInAPackage("se.hrvstat.indicator..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..");

    @ArchTest
    static final ArchRule publicationsDoNotReachIntoTheStoreOrJobs = noClasses().that().resideInAPackage("se.hrvstat.publish..")
            .should().dependOnClassesThat().resideInAnyPackage("se.hrvstat.store..", "se.hrvstat.batch..",
                    "org.springframework..");

    @ArchTest
    static final ArchRule municipalStatisticsStayPure = noClasses().that().resideInAPackage("se.hrvstat.municipal..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..",
                    "se.hrvstat.store..", "se.hrvstat.batch..", "se.hrvstat.ingest..", "java.nio.file..");
}
