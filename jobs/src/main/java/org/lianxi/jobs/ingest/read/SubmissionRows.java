package org.lianxi.jobs.ingest.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lianxi.ledger.standard.Column;
import org.lianxi.ledger.standard.Problem;
import org.lianxi.ledger.standard.RecordType;
import org.lianxi.ledger.standard.Text;

/**
 * The data rows of a submission, sheet after sheet: sheets named as the standard names them, their
 * header row found within the first 10 rows (the first that holds every required header; headers
 * match after trimming, full-width folding and dropping a leading or trailing {@code *}), columns
 * in any order, extra columns ignored, blank rows skipped. Sheets the standard does not name are
 * listed, not read.
 */
public final class SubmissionRows implements AutoCloseable {

  /** How many rows from the top of a sheet the header may be in. */
  static final int HEADER_SEARCH = 10;

  private final Submission submission;
  private final Set<String> recognised = new LinkedHashSet<>();
  private final Set<RecordType> seenTypes = new java.util.HashSet<>();
  private final List<String> ignored = new ArrayList<>();
  private final List<Problem> sheetProblems = new ArrayList<>();
  private final Map<String, Integer> rowsPerSheet = new LinkedHashMap<>();

  private SheetCursor cursor;
  private RecordType type;
  private Map<Integer, Column> columns;

  public SubmissionRows(Submission submission) {
    this.submission = submission;
  }

  /** The next data row, or empty when every sheet has been read. */
  public Optional<SheetRow> next() throws IOException, UnreadableFileException {
    while (true) {
      if (cursor == null && !openNextSheet()) {
        return Optional.empty();
      }
      Optional<RawRow> raw = cursor.next();
      if (raw.isEmpty()) {
        cursor = null;
        continue;
      }
      if (raw.get().blank()) {
        continue;
      }
      Map<Column, String> cells = new HashMap<>();
      columns.forEach((index, column) -> cells.put(column, raw.get().cell(index)));
      rowsPerSheet.merge(cursor.name(), 1, Integer::sum);
      return Optional.of(new SheetRow(type, cursor.name(), raw.get().number(), cells));
    }
  }

  private boolean openNextSheet() throws IOException, UnreadableFileException {
    while (true) {
      Optional<SheetCursor> next = submission.nextSheet();
      if (next.isEmpty()) {
        return false;
      }
      SheetCursor sheet = next.get();
      Optional<RecordType> known = RecordType.bySheet(sheet.name());
      if (known.isEmpty()) {
        ignored.add(sheet.name());
        continue;
      }
      if (!seenTypes.add(known.get())) {
        sheetProblems.add(new Problem(sheet.name(), null, null, null, "工作表重复：同一类型只能有一个工作表，此表未读取"));
        continue;
      }
      Optional<Map<Integer, Column>> header = findHeader(sheet, known.get());
      if (header.isEmpty()) {
        sheetProblems.add(
            new Problem(
                sheet.name(),
                null,
                null,
                null,
                "前"
                    + HEADER_SEARCH
                    + "行中未找到表头，应包含必填列："
                    + String.join(
                        "、", known.get().requiredColumns().stream().map(Column::header).toList())));
        continue;
      }
      recognised.add(sheet.name());
      rowsPerSheet.putIfAbsent(sheet.name(), 0);
      cursor = sheet;
      type = known.get();
      columns = header.get();
      return true;
    }
  }

  /** Reads up to and including the header row, and maps the columns it names. */
  private Optional<Map<Integer, Column>> findHeader(SheetCursor sheet, RecordType type)
      throws IOException, UnreadableFileException {
    for (int i = 0; i < HEADER_SEARCH; i++) {
      Optional<RawRow> raw = sheet.next();
      if (raw.isEmpty()) {
        return Optional.empty();
      }
      Map<Integer, Column> found = match(raw.get(), type);
      if (found.values().containsAll(type.requiredColumns())) {
        return Optional.of(found);
      }
    }
    return Optional.empty();
  }

  private static Map<Integer, Column> match(RawRow row, RecordType type) {
    Map<Integer, Column> found = new LinkedHashMap<>();
    for (int i = 0; i < row.cells().size(); i++) {
      String cell = row.cell(i);
      if (cell == null) {
        continue;
      }
      String header = headerText(cell);
      for (Column column : type.columns()) {
        if (column.header().equals(header) && !found.containsValue(column)) {
          found.put(i, column);
        }
      }
    }
    return found;
  }

  /**
   * A header cell's text, folded, without surrounding spaces and the asterisks of a required
   * column.
   */
  static String headerText(String cell) {
    return Text.trim(Text.strip(Text.fold(cell)), c -> c == '*').strip();
  }

  /** Sheets of the standard found in the file with their header, in file order. */
  public Set<String> recognisedSheets() {
    return recognised;
  }

  /** Sheets the standard does not name: ignored, and listed in the receipt. */
  public List<String> ignoredSheets() {
    return ignored;
  }

  /** Problems with whole sheets (no header found, a type given twice). */
  public List<Problem> sheetProblems() {
    return sheetProblems;
  }

  /** Non-blank data rows read per recognised sheet. */
  public Map<String, Integer> rowsPerSheet() {
    return rowsPerSheet;
  }

  @Override
  public void close() throws IOException {
    submission.close();
  }
}
