package org.lianxi.app.commands;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.lianxi.app.UsageException;
import org.lianxi.reports.Reports.Format;
import org.lianxi.reports.period.ReportPeriod;
import picocli.CommandLine.Option;

/** The options the briefing and the assessment share: as of when, which formats, where to. */
final class ReportOptions {

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description =
          "Judge open records as of this day (default: today, or the period's end once it is over).")
  String asOf;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Where to write the files (default: DATA/reports).")
  Path out;

  static ReportPeriod period(String option, String text) {
    try {
      return ReportPeriod.parse(text);
    } catch (IllegalArgumentException e) {
      throw new UsageException(option + " " + text + ": " + e.getMessage());
    }
  }

  Optional<LocalDate> asOf() {
    try {
      return Optional.ofNullable(asOf).map(LocalDate::parse);
    } catch (DateTimeParseException e) {
      throw new UsageException("--as-of " + asOf + ": write a date as 2026-06-30");
    }
  }

  Path out(Path data) {
    return out != null ? out : data.resolve("reports");
  }

  static Set<Format> formats(String list, Set<Format> allowed) {
    Set<Format> formats = EnumSet.noneOf(Format.class);
    for (String name : list.split(",")) {
      Format format;
      try {
        format = Format.valueOf(name.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        format = null;
      }
      if (format == null || !allowed.contains(format)) {
        throw new UsageException(
            "--format " + list + ": choose from " + allowed.toString().toLowerCase(Locale.ROOT));
      }
      formats.add(format);
    }
    return formats;
  }
}
