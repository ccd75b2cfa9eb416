package org.lianxi.app.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.lianxi.app.bench.BenchFiles.BenchFile;
import org.lianxi.jobs.ingest.read.RawRow;
import org.lianxi.jobs.ingest.read.SheetCursor;
import org.lianxi.jobs.ingest.read.Submission;
import org.lianxi.jobs.ingest.read.Submissions;
import org.lianxi.jobs.ingest.read.UnreadableFileException;
import org.lianxi.testkit.reference.FastexcelRows;

/**
 * Reads the same workbooks with lianxi's reader and with fastexcel-reader, each cell to its text,
 * after a warm-up of both; counts the rows each read (header rows included) and the time it took.
 */
final class ParseRace {

  /** One reader's run: rows read (every sheet row) and nanoseconds. */
  record Run(long rows, long nanos) {
    double rowsPerSecond() {
      return rows * 1e9 / Math.max(1, nanos);
    }
  }

  record Result(Run lianxi, Run fastexcel) {
    double ratio() {
      return lianxi.rowsPerSecond() / fastexcel.rowsPerSecond();
    }
  }

  private ParseRace() {}

  static Result run(List<BenchFile> files) {
    List<BenchFile> warmUp = files.subList(0, Math.min(files.size(), 500));
    lianxi(warmUp);
    fastexcel(warmUp);
    Run lianxi = lianxi(files);
    Run fastexcel = fastexcel(files);
    if (lianxi.rows() != fastexcel.rows()) {
      throw new IllegalStateException(
          "the readers disagree: lianxi read "
              + lianxi.rows()
              + " rows, fastexcel-reader "
              + fastexcel.rows());
    }
    return new Result(lianxi, fastexcel);
  }

  private static Run lianxi(List<BenchFile> files) {
    long started = System.nanoTime();
    long rows = 0;
    for (BenchFile file : files) {
      try (Submission submission = Submissions.open(file.path(), file.name())) {
        for (Optional<SheetCursor> sheet = submission.nextSheet();
            sheet.isPresent();
            sheet = submission.nextSheet()) {
          for (Optional<RawRow> row = sheet.get().next();
              row.isPresent();
              row = sheet.get().next()) {
            rows++;
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (UnreadableFileException e) {
        throw new IllegalStateException(file.path() + ": " + e.getMessage(), e);
      }
    }
    return new Run(rows, System.nanoTime() - started);
  }

  /** The reference reader over the same files (testkit). */
  private static Run fastexcel(List<BenchFile> files) {
    long started = System.nanoTime();
    long rows = 0;
    for (BenchFile file : files) {
      rows += FastexcelRows.count(file.path());
    }
    return new Run(rows, System.nanoTime() - started);
  }
}
