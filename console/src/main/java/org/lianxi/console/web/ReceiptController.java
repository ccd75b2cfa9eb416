package org.lianxi.console.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.lianxi.console.security.ConsoleUser;
import org.lianxi.ledger.accounts.AuditLog;
import org.lianxi.ledger.files.FileOutcomes;
import org.lianxi.ledger.files.Receipt;
import org.lianxi.ledger.files.Receipts;
import org.lianxi.reports.workbook.ReceiptWorkbook;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * 回执: a unit's files with their outcome, a receipt with its counts per sheet and every problem row,
 * and the receipt as XLSX. A liaison sees only its own unit's; another unit's receipt is "not
 * found" (404), exactly as a receipt that does not exist: nothing tells it is there.
 */
@Controller
class ReceiptController {

  static final int LISTED = 200;

  private final FileOutcomes outcomes;
  private final Receipts receipts;
  private final AuditLog audit;
  private final ConsoleDesk intake;

  ReceiptController(FileOutcomes outcomes, Receipts receipts, AuditLog audit, ConsoleDesk intake) {
    this.outcomes = outcomes;
    this.receipts = receipts;
    this.audit = audit;
    this.intake = intake;
  }

  @GetMapping("/receipts")
  String list(
      @AuthenticationPrincipal ConsoleUser me,
      @RequestParam(required = false) String unit,
      Model model) {
    String shown = me.liaison() ? me.unit() : unit;
    model.addAttribute(
        "files", shown == null ? outcomes.latest(LISTED) : outcomes.ofSender(shown, LISTED));
    model.addAttribute("listed", LISTED);
    return "receipts";
  }

  @GetMapping("/receipts/{id}")
  String receipt(@AuthenticationPrincipal ConsoleUser me, @PathVariable long id, Model model) {
    model.addAttribute("receipt", visible(me, id));
    return "receipt";
  }

  @GetMapping("/receipts/{id}/xlsx")
  ResponseEntity<byte[]> workbook(
      @AuthenticationPrincipal ConsoleUser me, @PathVariable long id, HttpServletRequest request)
      throws IOException {
    Receipt receipt = visible(me, id);
    byte[] bytes =
        intake.written("receipt-", ".xlsx", file -> ReceiptWorkbook.write(receipt, file));
    audit.record(
        me.getUsername(),
        request.getRemoteAddr(),
        AuditLog.Action.RECEIPT_DOWNLOADED,
        "回执 " + id + "（" + receipt.file().sender() + "）");
    return Downloads.attachment("回执_" + id + ".xlsx", bytes);
  }

  /** The receipt, when it exists and the signed-in account may see it; else 404. */
  private Receipt visible(ConsoleUser me, long id) {
    boolean mayRead =
        outcomes
            .senderOf(id)
            .filter(sender -> !me.liaison() || sender.equals(me.unit()))
            .isPresent();
    if (!mayRead) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    return receipts.of(id, false);
  }
}
