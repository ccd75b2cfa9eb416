package org.lianxi.app.demo;

import java.io.PrintWriter;
import java.time.LocalDate;
import org.lianxi.ledger.files.FileResults;

/** The demo's progress: one line rewritten in place on a terminal, plain lines otherwise. */
final class Progress {

  private final PrintWriter out;
  private final boolean terminal;

  Progress(PrintWriter out, boolean terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  void night(int night, int nights, LocalDate day, FileResults.Totals counts, long startedNanos) {
    long seconds = (System.nanoTime() - startedNanos) / 1_000_000_000L;
    String line =
        String.format(
            "Night %d/%d (%s): %d files, %d rows loaded, %d rows rejected, %d s",
            night, nights, day, counts.files(), counts.rows(), counts.rejectedRows(), seconds);
    if (terminal) {
      out.print("\r" + line + "   ");
    } else {
      out.println(line);
    }
    out.flush();
  }

  void done() {
    if (terminal) {
      out.println();
      out.flush();
    }
  }
}
