package se.hrvstat.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layout of docs/architecture.md, one rule per "never": the statistics core stays free of
 * Spring, JDBC and file I/O; each room uses only the rooms below it.
 */
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

    private static final String[] SPRING_OR_JDBC = {"org.springframework..", "java.sql..", "javax.sql.."};

    @ArchTest
    static final ArchRule resultsDependOnNothingElseOfOurs = noClasses().that().resideInAPackage("se.hrvstat.result..")
            .should().dependOnClassesThat().resideInAnyPackage("se.hrvstat.survey..", "se.hrvstat.table..",
                    "se.hrvstat.indicator..", "se.hrvstat.ingest..", "se.hrvstat.municipal..", "se.hrvstat.publish..",
                    "se.hrvstat.store..", "se.hrvstat.batch..", "se.hrvstat.cli..", "se.hrvstat.sampledata..")
            .orShould().dependOnClassesThat().resideInAnyPackage(SPRING_OR_JDBC);

    @ArchTest
    static final ArchRule indicatorsUseOnlyTheCoreAndResults = noClasses().that().resideInAPackage("se.hrvstat.indicator..")
            .should().dependOnClassesThat().resideInAnyPackage("se.hrvstat.ingest..", "se.hrvstat.municipal..",
                    "se.hrvstat.publish..", "se.hrvstat.store..", "se.hrvstat.batch..", "se.hrvstat.cli..");

    @ArchTest
    static final ArchRule ingestHasNoSqlAndNoOtherRoom = noClasses().that().resideInAPackage("se.hrvstat.ingest..")
            .should().dependOnClassesThat().resideInAnyPackage("se.hrvstat.survey..", "se.hrvstat.indicator..",
                    "se.hrvstat.municipal..", "se.hrvstat.publish..", "se.hrvstat.store..", "se.hrvstat.batch..",
                    "se.hrvstat.cli..")
            .orShould().dependOnClassesThat().resideInAnyPackage(SPRING_OR_JDBC);

    @ArchTest
    static final ArchRule municipalStatisticsUseOnlyDisclosureControlAndResults = noClasses().that()
            .resideInAPackage("se.hrvstat.municipal..").should().dependOnClassesThat().resideInAnyPackage(
                    "se.hrvstat.survey.design..", "se.hrvstat.survey.estimate..", "se.hrvstat.survey.weight..",
                    "se.hrvstat.indicator..", "se.hrvstat.publish..", "se.hrvstat.cli..");

    @ArchTest
    static final ArchRule publicationsRenderResultsOnly = noClasses().that().resideInAPackage("se.hrvstat.publish..")
            .should().dependOnClassesThat().resideInAnyPackage("se.hrvstat.survey..", "se.hrvstat.indicator..",
                    "se.hrvstat.ingest..", "se.hrvstat.municipal..", "se.hrvstat.cli..", "java.sql..", "javax.sql..");

    @ArchTest
    static final ArchRule theStoreKnowsOnlyResults = noClasses().that().resideInAPackage("se.hrvstat.store..")
            .should().dependOnClassesThat().resideInAnyPackage("se.hrvstat.survey..", "se.hrvstat.indicator..",
                    "se.hrvstat.ingest..", "se.hrvstat.municipal..", "se.hrvstat.publish..", "se.hrvstat.batch..",
                    "se.hrvstat.cli..");

    @ArchTest
    static final ArchRule jobsHoldNoSql = noClasses().that().resideInAPackage("se.hrvstat.batch..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.springframework.jdbc.core..");

    /** The one in-memory column table: Tablesaw (with its fastutil collections), Commons CSV and the JDK, nothing of ours. */
    @ArchTest
    static final ArchRule theTableUsesOnlyTablesawCommonsCsvAndTheJdk = classes().that().resideInAPackage("se.hrvstat.table..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("se.hrvstat.table..", "tech.tablesaw..",
                    "it.unimi.dsi.fastutil..", "org.apache.commons.csv..", "java..");

    /** Commands read their data through the table (se.hrvstat.table is allowed), and never the store or ingest. */
    @ArchTest
    static final ArchRule commandsGoThroughTheJobs = noClasses().that().resideInAPackage("se.hrvstat.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("se.hrvstat.store..", "se.hrvstat.ingest..",
                    "se.hrvstat.municipal..", "se.hrvstat.publish..", "se.hrvstat.indicator..");

    /**
     * The job history's queries are in the store too: commands open no connection and run no
     * query (telling an unreachable database by its SQLException's state is allowed).
     */
    @ArchTest
    static final ArchRule commandsHoldNoSql = noClasses().that().resideInAPackage("se.hrvstat.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javax.sql..", "org.springframework.jdbc..")
            .orShould().dependOnClassesThat()
            .haveNameMatching("java\\.sql\\.(Connection|DriverManager|Driver|Statement|PreparedStatement|ResultSet)");
}
