package org.lianxi.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The boundaries of ../shared/design.md, checked on the product's classes (every module's, tests
 * left out): a change that breaks one fails the build.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchitectureTest {

  private JavaClasses product;

  @BeforeAll
  void importTheProduct() {
    product =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar")) // test jars
            .importPackages("org.lianxi");
  }

  @Test
  void routesNeverReadOrWriteWorkbooks() {
    noClasses()
        .that()
        .resideInAPackage("org.lianxi.routes..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.apache.poi..")
        .because("routes move files; reading them is the ingest job's")
        .check(product);
  }

  @Test
  void jobsNeverTalkToChannels() {
    noClasses()
        .that()
        .resideInAPackage("org.lianxi.jobs..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.camel..", "jakarta.mail..", "org.apache.sshd..")
        .because("jobs never talk to SFTP or mail")
        .check(product);
  }

  @Test
  void onlyTheDemoAndTheBenchUseTheTestkit() {
    noClasses()
        .that()
        .resideOutsideOfPackages(
            "org.lianxi.testkit..", "org.lianxi.app.demo..", "org.lianxi.app.bench..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.lianxi.testkit..")
        .because("serve, collect, ingest and the reports never load the testkit")
        .check(product);
  }

  @Test
  void theConsoleNeverKnowsTheRoutesInternals() {
    noClasses()
        .that()
        .resideInAPackage("org.lianxi.console..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.lianxi.routes..", "org.lianxi.app..", "org.apache.camel..")
        .because("an upload is one more channel into the same landing and ingest (design.md)")
        .check(product);
  }

  @Test
  void theLedgerDependsOnNoOtherModule() {
    noClasses()
        .that()
        .resideInAPackage("org.lianxi.ledger..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.lianxi.routes..",
            "org.lianxi.jobs..",
            "org.lianxi.reports..",
            "org.lianxi.console..",
            "org.lianxi.app..",
            "org.lianxi.testkit..")
        .because("the ledger is the floor everything stands on")
        .check(product);
  }

  @Test
  void onlyTheLedgerTalksToTheDatabase() {
    ArchRule rule =
        noClasses()
            .that()
            .resideOutsideOfPackages("org.lianxi.ledger..", "org.lianxi.app.bench..")
            .should()
            .dependOnClassesThat(
                JavaClass.Predicates.resideInAPackage("org.springframework.jdbc.core..")
                    .or(JavaClass.Predicates.assignableTo(java.sql.Connection.class))
                    .or(JavaClass.Predicates.assignableTo(java.sql.Statement.class))
                    .or(JavaClass.Predicates.assignableTo(java.sql.ResultSet.class))
                    .or(JavaClass.Predicates.assignableTo(java.sql.DriverManager.class)))
            .because("each table has one owner in the ledger (its store class)");
    rule.check(product);
  }

  @Test
  void reportsReadAndNeverWrite() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAPackage("org.lianxi.reports..")
            .should()
            .callMethodWhere(
                com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                    com.tngtech.archunit.base.DescribedPredicate.describe(
                        "a write of the database",
                        target ->
                            target.getName().equals("update")
                                || target.getName().equals("batchUpdate")
                                || target.getName().equals("executeUpdate"))))
            .because("reports read the ledger and never write it");
    rule.check(product);
  }
}
