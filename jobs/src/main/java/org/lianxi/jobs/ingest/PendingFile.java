package org.lianxi.jobs.ingest;

import java.util.List;
import org.lianxi.ledger.files.ReceivedFile;
import org.lianxi.ledger.standard.Problem;

/**
 * A received file read to its end, before anything of it is written: either the reason it is
 * rejected whole, or its sheets and, for a file of up to {@link PendingFiles#HELD_ROWS} rows, its
 * rows, validated ({@code null} for a longer one, which the writer reads again as a stream).
 */
record PendingFile(
    ReceivedFile file,
    String rejection,
    List<String> recognisedSheets,
    List<String> ignoredSheets,
    List<Problem> sheetProblems,
    int totalRows,
    List<FileRow> rows) {

  static PendingFile rejected(ReceivedFile file, String reason) {
    return new PendingFile(file, reason, List.of(), List.of(), List.of(), 0, List.of());
  }

  boolean isRejected() {
    return rejection != null;
  }
}
