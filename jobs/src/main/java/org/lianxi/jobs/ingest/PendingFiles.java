package org.lianxi.jobs.ingest;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.lianxi.jobs.ingest.read.SheetRow;
import org.lianxi.jobs.ingest.read.SubmissionRows;
import org.lianxi.jobs.ingest.read.Submissions;
import org.lianxi.jobs.ingest.read.UnreadableFileException;
import org.lianxi.ledger.files.ReceivedFile;
import org.lianxi.ledger.files.ReceivedFiles;
import org.lianxi.ledger.standard.RecordType;
import org.springframework.batch.infrastructure.item.ItemReader;

/**
 * The files still waiting to be loaded (status {@code received}) up to a file id, oldest first,
 * each read to its end once: a file that cannot be read whole is rejected whole. Files are listed a
 * page at a time, so that a night of a province's files is never held at once.
 *
 * <p>Nothing here needs saving for a restart: what is loaded is what no longer has status {@code
 * received}, committed with its rows, so the next pass simply takes the rest.
 */
class PendingFiles implements ItemReader<PendingFile> {

  /** Rows of a file kept from the first read; a longer file is read again as a stream. */
  static final int HELD_ROWS = 500;

  private static final int PAGE = 500;

  private final ReceivedFiles files;
  private final long upTo;
  private final Deque<ReceivedFile> page = new ArrayDeque<>();
  private long after;

  PendingFiles(ReceivedFiles files, long upTo) {
    this.files = files;
    this.upTo = upTo;
  }

  @Override
  public PendingFile read() throws IOException {
    if (page.isEmpty()) {
      page.addAll(files.pending(after, upTo, PAGE));
      if (page.isEmpty()) {
        return null;
      }
    }
    ReceivedFile file = page.poll();
    after = file.id();
    return inspect(files, file);
  }

  /** Reads a file to its end: its sheets, and its rows when there are few enough to hold. */
  static PendingFile inspect(ReceivedFiles files, ReceivedFile file) throws IOException {
    List<SheetRow> rows = new ArrayList<>();
    int total = 0;
    try (SubmissionRows reader =
        new SubmissionRows(Submissions.open(files.landedPath(file), file.originalName()))) {
      for (Optional<SheetRow> row = reader.next(); row.isPresent(); row = reader.next()) {
        if (++total <= HELD_ROWS) {
          rows.add(row.get());
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
