package org.lianxi.jobs.ingest.read;

import java.util.List;

/**
 * One row as the file holds it: its number as the spreadsheet shows it (a CSV's header is line 1),
 * and its cells as text by column position (null where a cell is absent).
 */
public record RawRow(int number, List<String> cells) {

  public String cell(int column) {
    return column < cells.size() ? cells.get(column) : null;
  }

  /** A row without any non-blank cell: skipped, never counted. */
  public boolean blank() {
    return cells.stream().allMatch(c -> c == null || c.isBlank());
  }
}
