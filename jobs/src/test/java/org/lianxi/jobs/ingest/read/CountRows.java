package org.lianxi.jobs.ingest.read;

import java.nio.file.Path;

/** Reads every row of a submission and prints the count and the last row: run in a small heap. */
public final class CountRows {

  private CountRows() {}

  public static void main(String[] args) throws Exception {
    long count = 0;
    SheetRow last = null;
    try (SubmissionRows rows = new SubmissionRows(Submissions.open(Path.of(args[0]), args[0]))) {
      for (var row = rows.next(); row.isPresent(); row = rows.next()) {
        count++;
        last = row.get();
      }
    }
    Runtime rt = Runtime.getRuntime();
    System.out.println(
        "rows="
            + count
            + " last="
            + (last == null ? 0 : last.row())
            + " maxHeapMb="
            + rt.maxMemory() / (1 << 20));
  }
}
