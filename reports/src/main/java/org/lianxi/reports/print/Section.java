package org.lianxi.reports.print;

import java.util.List;
import org.lianxi.ledger.exchange.Table;

/**
 * One section of a printed report: a heading, a paragraph, a table (at most six columns), and a bar
 * chart when it has one. A {@link Layout#TABLE table} of figures shows its first {@link
 * #PRINTED_ROWS} rows (the workbook appendix all of them); a {@link Layout#LIST list} of items,
 * each with text to read, prints every row in columns sized for text.
 */
public record Section(
    String heading, String text, Table table, String chartTitle, List<Bar> chart, Layout layout) {

  public static final int PRINTED_ROWS = 40;

  /** How a section's table is printed. */
  public enum Layout {
    /** figures beside a label: a wide first column, five narrow ones; the first rows only */
    TABLE,
    /** items described in text (the accountability list): columns sized for text; every row */
    LIST
  }

  public Section {
    layout = layout == null ? Layout.TABLE : layout; // figures frozen before layouts had none
  }

  public static Section text(String heading, String text) {
    return new Section(heading, text, null, null, List.of(), Layout.TABLE);
  }

  public static Section table(String heading, String text, Table table) {
    return new Section(heading, text, table, null, List.of(), Layout.TABLE);
  }

  /** A table of items described in text, every row printed. */
  public static Section list(String heading, String text, Table table) {
    return new Section(heading, text, table, null, List.of(), Layout.LIST);
  }

  public Section withChart(String title, List<Bar> bars) {
    return new Section(heading, text, table, title, bars, layout);
  }

  /** One bar: its series, its category (the label), its value. */
  public record Bar(String series, String category, double value) {}
}
