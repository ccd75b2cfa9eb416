package org.lianxi.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.lianxi.ledger.rules.Indicators;
import org.lianxi.ledger.standard.Column;
import org.lianxi.ledger.standard.RecordType;

/**
 * Records are read through the exchange standard's field constants ({@code Fields}), and indicators
 * through {@code Indicators}: outside the standard's own package, no product source reads a record
 * by a spelled-out column name ({@code r.get("sent_at")}) or spells an indicator's name.
 */
class StandardFieldsTest {

  /** A record read by a literal: value("…"), text("…"), get("…"), containsKey("…"), day(r, "…"). */
  private static final Pattern READ =
      Pattern.compile(
          "\\b(?:value|text|get|containsKey|day|sum)\\(\\s*(?:\\w+,\\s*)?\"([a-z_]+)\"");

  private static final Set<String> FIELDS =
      Arrays.stream(RecordType.values())
          .flatMap(t -> t.columns().stream())
          .map(Column::field)
          .collect(Collectors.toSet());

  /** The lines of a source that read a field by its name or spell an indicator's. */
  static List<String> spelledOut(String source) {
    List<String> found = new ArrayList<>();
    String[] lines = source.split("\n");
    for (int i = 0; i < lines.length; i++) {
      Matcher read = READ.matcher(lines[i]);
      while (read.find()) {
        if (FIELDS.contains(read.group(1))) {
          found.add((i + 1) + ": " + lines[i].strip());
        }
      }
      for (String indicator : Indicators.DEFAULT_WEIGHTS.keySet()) {
        if (lines[i].contains("\"" + indicator + "\"")) {
          found.add((i + 1) + ": " + lines[i].strip());
        }
      }
    }
    return found;
  }

  @Test
  void theCheckFindsAFieldReadByItsNameAndASpelledIndicator() {
    assertThat(spelledOut("Object at = r.get(\"sent_at\");\nint x = day(r, \"meeting_on\");"))
        .containsExactly(
            "1: Object at = r.get(\"sent_at\");", "2: int x = day(r, \"meeting_on\");");
    assertThat(spelledOut("weights.get(\"按时移送率\")")).hasSize(1);
    assertThat(spelledOut("r.get(Fields.Referral.SENT_AT.field()); rs.getString(\"status\")"))
        .isEmpty();
  }

  @Test
  void noProductSourceOutsideTheStandardReadsARecordByAColumnName() throws IOException {
    Path root = Path.of("..").toAbsolutePath().normalize();
    List<String> offences = new ArrayList<>();
    try (Stream<Path> modules = Files.list(root)) {
      for (Path main :
          modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory).toList()) {
        try (Stream<Path> sources = Files.walk(main)) {
          sources
              .filter(p -> p.toString().endsWith(".java"))
              .filter(p -> !p.toString().contains("/org/lianxi/ledger/standard/"))
              .filter(p -> !p.endsWith("Indicators.java"))
              .forEach(
                  p ->
                      spelledOut(read(p))
                          .forEach(line -> offences.add(root.relativize(p) + ":" + line)));
        }
      }
    }
    assertThat(offences).as("read fields through Fields, indicators through Indicators").isEmpty();
    assertThat(FIELDS).contains("sent_at", "reviewed_on", "topics_due_on");
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
