package org.lianxi.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.lianxi.app.Lianxi;
import org.springframework.util.FileSystemUtils;

/**
 * A small run of the benchmark through the command line (the full one is not part of the build):
 * every figure is printed, measured and finite, and the reports it timed were really written.
 */
class BenchSmokeTest {

  private static final List<String> KEYS =
      List.of(
          "parse.ratio",
          "load.ratio",
          "reconcile.year.s",
          "reconcile.night.s",
          "briefing.s",
          "assessment.s",
          "console.dashboard.ms",
          "console.ledger.ms",
          "heap.peak.mb");

  @Test
  void aFewUnitsGiveEveryFigure() throws Exception {
    // Not a JUnit temporary folder: the embedded database refuses the JVM's temporary folder.
    Path out = Path.of("target", "bench-smoke").toAbsolutePath();
    FileSystemUtils.deleteRecursively(out);
    String printed =
        run("bench", "--units", "8", "--rows", "2000", "--out", out.toString(), "--keep");

    Map<String, Double> figures = new LinkedHashMap<>();
    Matcher line = Pattern.compile("(?m)^([a-z.]+) ([-0-9.NaN]+)$").matcher(printed);
    while (line.find()) {
      figures.put(line.group(1), Double.parseDouble(line.group(2)));
    }
    assertThat(figures.keySet()).containsExactlyElementsOf(KEYS);
    // the test's JVM may use a quarter of the machine: the benchmark ran again within 512 MB
    assertThat(printed)
        .contains("running again in one of 512 MB")
        .containsPattern("heap max 5\\d\\d MB\\)")
        .doesNotContainPattern("heap max \\d{4}");
    assertThat(figures.values()).allSatisfy(v -> assertThat(v).isFinite().isPositive());
    assertThat(printed)
        .contains("fastexcel-reader", "LOAD DATA LOCAL INFILE", "one read of the whole ledger");
    // The generated year is about the rows asked, and the two readers read the same rows.
    Matcher generated =
        Pattern.compile("generated +([0-9,]+) files, ([0-9,]+) rows").matcher(printed);
    assertThat(generated.find()).isTrue();
    assertThat(Long.parseLong(generated.group(2).replace(",", ""))).isBetween(1500L, 2600L);
    try (Stream<Path> reports = Files.list(out.resolve("data/reports"))) {
      assertThat(reports.map(p -> p.getFileName().toString()))
          .anyMatch(n -> n.startsWith("简报_") && n.endsWith(".pdf"))
          .anyMatch(n -> n.startsWith("考核_") && n.endsWith(".pdf"));
    }
  }

  @Test
  void tooFewUnitsIsAUsageError() {
    assertThat(Lianxi.run("bench", "--units", "3")).isEqualTo(2);
  }

  private static String run(String... args) {
    PrintStream out = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
      assertThat(Lianxi.run(args)).isZero();
    } finally {
      System.setOut(out);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
