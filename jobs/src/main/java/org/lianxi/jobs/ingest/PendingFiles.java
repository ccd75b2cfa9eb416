package org.lianxi.jobs.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.lianxi.jobs.ingest.read.SheetRow;
import org.lianxi.jobs.ingest.read.SubmissionRows;
import org.lianxi.jobs.ingest.read.Submissions;
import org.lianxi.jobs.ingest.read.UnreadableFileException;
import org.lianxi.ledger.ReadAhead;
import org.lianxi.ledger.files.ReceivedFile;
import org.lianxi.ledger.files.ReceivedFiles;
import org.lianxi.ledger.standard.RecordType;
import org.lianxi.ledger.standard.RowValidator;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * The files still waiting to be loaded (status {@code received}) up to a file id, oldest first,
 * each read to its end once: a file that cannot be read whole is rejected whole. Files are listed a
 * page at a time, so that a night of a province's files is never held at once, and read on a thread
 * of their own up to {@value #AHEAD} files ahead while the chunk before is written: the reading and
 * the database each keep a core busy.
 *
 * <p>Nothing here needs saving for a restart: what is loaded is what no longer has status {@code
 * received}, committed with its rows, so the next pass simply takes the rest.
 */
class PendingFiles implements ItemStreamReader<PendingFile> {

  /** Rows of a file kept from the first read; a longer file is read again as a stream. */
  static final int HELD_ROWS = 500;

  /** Files read ahead of the writer: two chunks. */
  static final int AHEAD = 2 * IngestJobConfiguration.FILES;

  private static final int PAGE = 500;

  private final ReceivedFiles files;
  private final RowValidator validator;
  private final long upTo;
  private ReadAhead<PendingFile> ahead;

  PendingFiles(ReceivedFiles files, RowValidator validator, long upTo) {
    this.files = files;
    this.validator = validator;
    this.upTo = upTo;
  }

  @Override
  public PendingFile read() {
    if (ahead == null) {
      ahead = ReadAhead.start("pending-files", AHEAD, this::readAll);
    }
    return ahead.next();
  }

  private void readAll(Consumer<PendingFile> sink) throws IOException {
    long after = 0;
    for (List<ReceivedFile> page = files.pending(after, upTo, PAGE);
        !page.isEmpty();
        page = files.pending(after, upTo, PAGE)) {
      for (ReceivedFile file : page) {
        sink.accept(inspect(file));
        after = file.id();
      }
    }
  }

  /** Stops reading ahead: the step ended, or failed. */
  @Override
  public void close() {
    if (ahead != null) {
      ahead.close();
      ahead = null;
    }
  }

  /**
   * Reads a file to its end: its sheets, and its rows, validated, when there are few enough to hold
   * (validating here keeps it off the writer's thread).
   */
  private PendingFile inspect(ReceivedFile file) throws IOException {
    List<FileRow> rows = new ArrayList<>();
    int total = 0;
    try (SubmissionRows reader =
        new SubmissionRows(Submissions.open(files.landedPath(file), file.originalName()))) {
      for (Optional<SheetRow> row = reader.next(); row.isPresent(); row = reader.next()) {
        if (++total <= HELD_ROWS) {
          rows.add(FileRow.checked(validator, file, row.get()));
        } else {
          rows = null;
        }
      }
      if (reader.recognisedSheets().isEmpty()) {
        return PendingFile.rejected(file, noSheet(reader));
      }
      return new PendingFile(
          file,
          null,
          List.copyOf(reader.recognisedSheets()),
          List.copyOf(reader.ignoredSheets()),
          List.copyOf(reader.sheetProblems()),
          total,
          rows == null ? null : List.copyOf(rows));
    } catch (UnreadableFileException e) {
      return PendingFile.rejected(file, e.getMessage());
    }
  }

  private static String noSheet(SubmissionRows reader) {
    return reader.sheetProblems().isEmpty()
        ? "工作簿中没有标准规定的工作表（应为："
            + String.join("、", Arrays.stream(RecordType.values()).map(RecordType::sheet).toList())
            + "）"
        : "工作簿中没有可读取的工作表：" + reader.sheetProblems().get(0).reason();
  }
}
