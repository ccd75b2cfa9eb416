package org.lianxi.jobs.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lianxi.jobs.ingest.read.SheetRow;
import org.lianxi.jobs.ingest.read.SubmissionRows;
import org.lianxi.jobs.ingest.read.Submissions;
import org.lianxi.jobs.ingest.read.UnreadableFileException;
import org.lianxi.ledger.files.FileResults;
import org.lianxi.ledger.files.FileResults.FileProblem;
import org.lianxi.ledger.files.FileResults.SheetResult;
import org.lianxi.ledger.files.ReceivedFile;
import org.lianxi.ledger.files.ReceivedFiles;
import org.lianxi.ledger.standard.Problem;
import org.lianxi.ledger.standard.RecordType;
import org.lianxi.ledger.standard.ReportRow;
import org.lianxi.ledger.standard.RowValidator;
import org.lianxi.ledger.store.ReportStore;
import org.lianxi.ledger.store.ReportStore.Change;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes the files of a chunk whole, in the chunk's transaction: their accepted rows into the
 * ledger (versioned, the rows of all the chunk's files in one write), their rejected rows as
 * problems, their sheets with their counts, and their status. Files are claimed first with row
 * locks, so that a file another run is loading, or has loaded, is left to it: every file is loaded
 * exactly once, with all its rows or none.
 */
class FileLoader implements ItemWriter<PendingFile> {

  private static final Logger log = LoggerFactory.getLogger(FileLoader.class);

  /** Rows validated and written together. */
  static final int BATCH = 500;

  private final ReceivedFiles files;
  private final FileResults results;
  private final ReportStore reports;
  private final RowValidator validator;

  FileLoader(
      ReceivedFiles files, FileResults results, ReportStore reports, RowValidator validator) {
    this.files = files;
    this.results = results;
    this.reports = reports;
    this.validator = validator;
  }

  @Override
  public void write(Chunk<? extends PendingFile> chunk) {
    Set<Long> claimed = files.claim(chunk.getItems().stream().map(f -> f.file().id()).toList());
    List<PendingFile> held = new ArrayList<>();
    for (PendingFile file : chunk) {
      if (!claimed.contains(file.file().id())) {
        log.info(
            "File {} is loaded, or being loaded, by another run; left to it", file.file().id());
      } else if (file.isRejected()) {
        reject(file);
      } else {
        held.add(file);
      }
    }
    Sheets sheets = new Sheets();
    List<FileRow> rows = new ArrayList<>();
    for (PendingFile file : held) {
      sheets.start(file);
      if (file.rows() != null) {
        rows.addAll(file.rows());
      } else {
        // The older files' rows first: a later file's version of a record supersedes theirs.
        writeRows(rows, sheets);
        rows.clear();
        stream(file.file(), sheets);
      }
    }
    writeRows(rows, sheets);
    sheets.write();
    markLoaded(held);
  }

  /** The files' status, in one statement for the chunk. */
  private void markLoaded(List<PendingFile> held) {
    files.markLoaded(
        held.stream().map(f -> f.file().id()).toList(),
        held.stream().filter(f -> f.totalRows() == 0).map(f -> f.file().id()).toList());
  }

  private void reject(PendingFile file) {
    files.reject(file.file().id(), file.rejection());
    results.writeProblems(
        List.of(new FileProblem(file.file().id(), Problem.ofFile(file.rejection()))));
  }

  /** A file too long to hold, read again (it read whole the first time) and written as it goes. */
  private void stream(ReceivedFile file, Sheets sheets) {
    try (SubmissionRows reader =
        new SubmissionRows(Submissions.open(files.landedPath(file), file.originalName()))) {
      List<FileRow> batch = new ArrayList<>(BATCH);
      for (Optional<SheetRow> row = reader.next(); row.isPresent(); row = reader.next()) {
        batch.add(FileRow.checked(validator, file, row.get()));
        if (batch.size() == BATCH) {
          writeRows(batch, sheets);
          batch.clear();
        }
      }
      writeRows(batch, sheets);
    } catch (IOException e) {
      throw new UncheckedIOException("reading file " + file.id() + " again failed", e);
    } catch (UnreadableFileException e) {
      throw new IllegalStateException(
          "file " + file.id() + " read whole once and not again: " + e.getMessage(), e);
    }
  }

  /** Writes validated rows, counting what each did. */
  void writeRows(List<FileRow> rows, Sheets sheets) {
    List<ReportStore.Filed> accepted = new ArrayList<>();
    List<FileProblem> problems = new ArrayList<>();
    for (FileRow r : rows) {
      SheetRow row = r.row();
      RowValidator.Outcome outcome = r.outcome();
      Integer earlier = outcome.accepted() ? sheets.firstRowOf(r.file().id(), outcome.row()) : null;
      if (earlier != null) {
        sheets.count(r.file().id(), row.sheet(), REJECTED);
        problems.add(
            new FileProblem(
                r.file().id(),
                new Problem(
                    row.sheet(),
                    row.row(),
                    null,
                    null,
                    "与本表第"
                        + earlier
                        + "行是同一记录（编号相同），同一记录在一个文件中只能报送一行；本行未导入，以第"
                        + earlier
                        + "行为准")));
      } else if (outcome.accepted()) {
        accepted.add(new ReportStore.Filed(r.file().id(), r.file().receivedAt(), outcome.row()));
      } else {
        sheets.count(r.file().id(), row.sheet(), REJECTED);
        outcome.problems().forEach(p -> problems.add(new FileProblem(r.file().id(), p)));
      }
    }
    List<Change> changes = reports.write(accepted);
    for (int i = 0; i < accepted.size(); i++) {
      sheets.count(
          accepted.get(i).fileId(), accepted.get(i).row().sheet(), changes.get(i).ordinal());
    }
    results.writeProblems(problems);
    IngestRows.add(accepted.size(), rows.size() - accepted.size());
  }

  private static final int REJECTED = Change.values().length;

  /** Each file's sheets, with what its rows did to the ledger, for the receipt. */
  final class Sheets {
    private final Map<Long, Map<String, int[]>> counts = new LinkedHashMap<>();

    /** Per file, the row each record was first reported in: a file reports a record once. */
    private final Map<Long, Map<List<Object>, Integer>> firstRows = new HashMap<>();

    private final List<SheetResult> rows = new ArrayList<>();
    private final List<FileProblem> problems = new ArrayList<>();

    private void start(PendingFile file) {
      long id = file.file().id();
      Map<String, int[]> sheets = counts.computeIfAbsent(id, f -> new LinkedHashMap<>());
      file.recognisedSheets().forEach(sheet -> sheets.put(sheet, new int[REJECTED + 1]));
      file.ignoredSheets().forEach(sheet -> rows.add(new SheetResult(id, sheet, null, 0, 0, 0, 0)));
      file.sheetProblems().forEach(p -> problems.add(new FileProblem(id, p)));
    }

    /** The row of this file that reported the same record before, or null (it is the first). */
    private Integer firstRowOf(long fileId, ReportRow row) {
      Integer earlier =
          firstRows
              .computeIfAbsent(fileId, f -> new HashMap<>())
              .putIfAbsent(List.of(row.type(), row.recordKey()), row.row());
      return earlier;
    }

    private void count(long fileId, String sheet, int what) {
      counts.get(fileId).get(sheet)[what]++;
    }

    private void write() {
      counts.forEach(
          (id, sheets) ->
              sheets.forEach(
                  (sheet, c) ->
                      rows.add(
                          new SheetResult(
                              id,
                              sheet,
                              RecordType.bySheet(sheet).orElseThrow().key(),
                              c[Change.LOADED.ordinal()],
                              c[Change.REPLACED.ordinal()],
                              c[Change.UNCHANGED.ordinal()],
                              c[REJECTED]))));
      results.writeSheets(rows);
      results.writeProblems(problems);
    }
  }
}
