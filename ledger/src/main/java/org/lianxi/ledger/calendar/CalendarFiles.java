package org.lianxi.ledger.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads calendar years: the project's bundled data (one TSV a year in {@code lianxi/calendar/},
 * kept in the sql module) and the JSON form the office imports (the form of the public holiday-cn
 * data set: {@code year}, {@code papers}, {@code days[]} with {@code date}, {@code name}, {@code
 * isOffDay}).
 */
public final class CalendarFiles {

  private static final String BUNDLED = "/lianxi/calendar/";

  private CalendarFiles() {}

  /** Every year the project ships, in order. */
  public static List<CalendarYear> bundled() {
    List<CalendarYear> years = new ArrayList<>();
    for (String line : readLines(resource(BUNDLED + "index.txt"))) {
      if (!line.isBlank()) {
        int year = Integer.parseInt(line.strip());
        years.add(readTsv(year, resource(BUNDLED + year + ".tsv"), "bundled " + year + ".tsv"));
      }
    }
    return years;
  }

  /** The bundled TSV form: comment lines start with '#', then {@code date kind name}. */
  static CalendarYear readTsv(int year, InputStream in, String source) {
    List<CalendarDay> days = new ArrayList<>();
    String paper = source;
    for (String line : readLines(in)) {
      if (line.startsWith("# source: ")) {
        paper = line.substring("# source: ".length()).strip();
      }
      if (line.isBlank() || line.startsWith("#") || line.startsWith("date\t")) {
        continue;
      }
      String[] cells = line.split("\t", 3);
      boolean off =
          switch (cells[1]) {
            case "off" -> true;
            case "work" -> false;
            default -> throw new IllegalArgumentException(source + ": unknown kind " + cells[1]);
          };
      days.add(new CalendarDay(LocalDate.parse(cells[0]), off, cells.length > 2 ? cells[2] : ""));
    }
    return new CalendarYear(year, days, paper);
  }

  /**
   * Reads one year in the holiday-cn JSON form.
   *
   * @throws CalendarFormatException naming what is wrong
   */
  public static CalendarYear readJson(InputStream in, String fileName) {
    JsonNode root;
    try {
      root = JsonMapper.builder().build().readTree(in);
    } catch (JacksonException e) {
      throw new CalendarFormatException(fileName + " is not valid JSON: " + e.getOriginalMessage());
    }
    JsonNode yearNode = root.path("year");
    JsonNode daysNode = root.path("days");
    if (!yearNode.isInt() || !daysNode.isArray()) {
      throw new CalendarFormatException(
          fileName + " needs a numeric \"year\" and a \"days\" array (the holiday-cn form)");
    }
    int year = yearNode.intValue();
    List<CalendarDay> days = new ArrayList<>();
    int index = 0;
    for (JsonNode day : daysNode) {
      String where = fileName + " days[" + index++ + "]";
      JsonNode off = day.path("isOffDay");
      if (!off.isBoolean()) {
        throw new CalendarFormatException(where + ": \"isOffDay\" must be true or false");
      }
      LocalDate date;
      try {
        date = LocalDate.parse(day.path("date").asString());
      } catch (DateTimeParseException e) {
        throw new CalendarFormatException(where + ": \"date\" must be YYYY-MM-DD");
      }
      days.add(new CalendarDay(date, off.booleanValue(), day.path("name").asString("")));
    }
    List<String> papers = new ArrayList<>();
    root.path("papers").forEach(p -> papers.add(p.asString()));
    try {
      return new CalendarYear(
          year,
          days,
          papers.isEmpty() ? fileName : fileName + " (" + String.join(" ", papers) + ")");
    } catch (IllegalArgumentException e) {
      throw new CalendarFormatException(fileName + ": " + e.getMessage());
    }
  }

  private static InputStream resource(String path) {
    InputStream in = CalendarFiles.class.getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("bundled calendar data missing from the classpath: " + path);
    }
    return in;
  }

  private static List<String> readLines(InputStream in) {
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
