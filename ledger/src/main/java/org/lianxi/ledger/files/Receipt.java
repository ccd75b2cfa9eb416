package org.lianxi.ledger.files;

import java.util.List;
import org.lianxi.ledger.standard.Problem;

/**
 * What the receipt (回执) of one file says: the file, accepted or rejected (and why), per sheet the
 * rows loaded, replaced, unchanged and rejected, and every problem.
 *
 * @param duplicate the same bytes had been received before: nothing was loaded again
 */
public record Receipt(
    ReceivedFile file,
    String senderName,
    boolean duplicate,
    String reason,
    boolean zeroReport,
    List<SheetCounts> sheets,
    List<String> ignoredSheets,
    List<Problem> problems) {

  /** One recognised sheet's counts. */
  public record SheetCounts(String sheet, int loaded, int replaced, int unchanged, int rejected) {}

  public boolean rejected() {
    return file.rejected();
  }

  public int rowsRejected() {
    return sheets.stream().mapToInt(SheetCounts::rejected).sum();
  }

  public int rowsAccepted() {
    return sheets.stream().mapToInt(s -> s.loaded() + s.replaced() + s.unchanged()).sum();
  }

  /** Whether the sender must look at something: the file or a row was rejected. */
  public boolean needsAttention() {
    return rejected() || rowsRejected() > 0 || !problems.isEmpty();
  }
}
