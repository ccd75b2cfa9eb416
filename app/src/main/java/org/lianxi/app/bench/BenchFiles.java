package org.lianxi.app.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.IntStream;
import org.lianxi.ledger.calendar.WorkingCalendar;
import org.lianxi.ledger.county.CountyConfig;
import org.lianxi.testkit.generate.CountyGenerator;
import org.lianxi.testkit.generate.Fault;
import org.lianxi.testkit.generate.GeneratedFile;

/**
 * The benchmark's input: a year of every unit's weekly workbooks, made by the generator group by
 * group and written to disk, so that nothing of it stays in memory.
 */
final class BenchFiles {

  /**
   * The year generated: 51 weeks from the first Monday of 2026, all inside the official calendar.
   */
  static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 1, 5);

  static final int WEEKS = 51;

  /** The generator's rows per event, about: referrals and requests have two sides. */
  private static final double ROWS_PER_EVENT = 1.9;

  /** One file on disk, as a unit sent it. */
  record BenchFile(
      String unit, LocalDateTime arrival, String name, Path path, int rows, boolean duplicate) {}

  private BenchFiles() {}

  /** Writes the files under {@code folder}; returns them in arrival order. */
  static List<BenchFile> generate(
      CountyConfig province, WorkingCalendar calendar, long rows, Path folder) {
    List<CountyConfig> groups = BenchCounty.groups(province);
    int eventsPerWeek =
        (int) Math.max(1, Math.round(rows / ROWS_PER_EVENT / groups.size() / (WEEKS - 2)));
    return IntStream.range(0, groups.size())
        .parallel()
        .boxed()
        .flatMap(
            group ->
                new CountyGenerator(groups.get(group), calendar)
                        .generate(
                            new CountyGenerator.Plan(
                                FIRST_MONDAY,
                                WEEKS,
                                eventsPerWeek,
                                EnumSet.allOf(Fault.class),
                                group))
                        .files()
                        .stream()
                        .map(file -> write(file, folder)))
        .sorted(Comparator.comparing(BenchFile::arrival).thenComparing(BenchFile::unit))
        .toList();
  }

  private static BenchFile write(GeneratedFile file, Path folder) {
    try {
      Path path =
          Files.createDirectories(folder.resolve(file.unit()))
              .resolve(
                  file.arrival().toLocalDate() + ".xlsx"); // one a day per unit; the name is data
      Files.write(path, file.content(), java.nio.file.StandardOpenOption.CREATE_NEW);
      return new BenchFile(
          file.unit(), file.arrival(), file.name(), path, file.rows(), file.duplicate());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
