package org.lianxi.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The command line, run in this JVM against the embedded database of a fresh data folder. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommandLineTest {

  private Path work;

  record Run(int exit, String out, String err) {}

  @BeforeAll
  void freshFolder() throws Exception {
    work = Files.createDirectories(Path.of("target", "cli-test").toAbsolutePath());
    try (var files = Files.walk(work)) {
      files
          .sorted(java.util.Comparator.reverseOrder())
          .filter(p -> !p.equals(work))
          .forEach(p -> p.toFile().delete());
    }
  }

  private Run run(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
      int exit = Lianxi.run(args);
      return new Run(
          exit,
          outBytes.toString(StandardCharsets.UTF_8),
          errBytes.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  private String data() {
    return work.resolve("data").toString();
  }

  @Test
  void helpListsEveryCommand() {
    Run help = run("--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out())
        .contains(
            "demo",
            "serve",
            "collect",
            "ingest",
            "reconcile",
            "briefing",
            "assessment",
            "ledger",
            "template",
            "calendar",
            "status",
            "--config",
            "--data",
            "--db");
  }

  @Test
  void statusShowsTheConfiguredUnitsAndCalendarImportAddsAYear() throws Exception {
    Run status = run("--data", data(), "status");
    assertThat(status.exit()).as(status.err()).isZero();
    assertThat(status.out())
        .contains("古县 - profile guxian - embedded MariaDB 11.4.5")
        .contains("D02   古县市场监督管理局")
        .contains("T07   古县南垣乡人民政府")
        .contains("never");
    assertThat(status.out().lines().filter(l -> l.matches("^[A-Z]\\d\\d .*"))).hasSize(19);

    Path year = work.resolve("2027.json");
    Files.writeString(
        year,
        "{\"year\": 2027, \"days\": [{\"name\": \"元旦\", \"date\": \"2027-01-01\", \"isOffDay\": true}]}");
    Run added = run("--data", data(), "calendar", "import", year.toString());
    assertThat(added.exit()).as(added.err()).isZero();
    assertThat(added.out())
        .contains("Added the calendar of 2027: 1 holidays, 0 make-up working days");
    Run replaced = run("--data", data(), "calendar", "import", year.toString());
    assertThat(replaced.out()).contains("Replaced the calendar of 2027");
  }

  @Test
  void aBadCountyConfigurationExitsWithTwoNamingTheLineAndChangesNothing() throws Exception {
    Path bad = work.resolve("bad-county.yaml");
    Files.writeString(bad, "county:\n  name: 古县\n  profile: guxian\n  overides: {}\nunits: []\n");
    Path untouched = work.resolve("untouched");
    Run run = run("--config", bad.toString(), "--data", untouched.toString(), "status");
    assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("line 4", "unknown key 'overides'");
    assertThat(untouched).doesNotExist();
  }

  @Test
  void aMalformedCalendarFileExitsWithTwo() throws Exception {
    Path bad = work.resolve("bad.json");
    Files.writeString(bad, "{\"year\": \"soon\"}");
    Run run =
        run("--data", work.resolve("untouched2").toString(), "calendar", "import", bad.toString());
    assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("bad.json needs a numeric \"year\"");
  }

  @Test
  void badCommandLinesExitWithTwo() {
    assertThat(run("--bogus", "status").exit()).isEqualTo(ExitCode.USAGE);
    assertThat(run("--db", "jdbc:postgresql://localhost/x", "status").exit())
        .isEqualTo(ExitCode.USAGE);
    Run notYet = run("reconcile", "--as-of", "2026-06-30");
    assertThat(notYet.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(notYet.err()).contains("not available yet");
  }
}
