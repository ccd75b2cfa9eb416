package org.lianxi.reports.print;

import java.util.List;
import org.lianxi.ledger.exchange.Table;

/**
 * One section of a printed report: a heading, a paragraph, a table (at most six columns; the
 * printed copy shows its first {@link #PRINTED_ROWS} rows, the workbook appendix all of them), and
 * a bar chart when it has one.
 */
public record Section(
    String heading, String text, Table table, String chartTitle, List<Bar> chart) {

  public static final int PRINTED_ROWS = 40;

  public static Section text(String heading, String text) {
    return new Section(heading, text, null, null, List.of());
  }

  public static Section table(String heading, String text, Table table) {
    return new Section(heading, text, table, null, List.of());
  }

  public Section withChart(String title, List<Bar> bars) {
    return new Section(heading, text, table, title, bars);
  }

  /** One bar: its series, its category (the label), its value. */
  public record Bar(String series, String category, double value) {}
}
