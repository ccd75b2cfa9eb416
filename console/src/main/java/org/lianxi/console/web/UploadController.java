package org.lianxi.console.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.Optional;
import org.lianxi.console.security.ConsoleUser;
import org.lianxi.ledger.Masking;
import org.lianxi.ledger.accounts.AuditLog;
import org.lianxi.ledger.county.CountyConfig;
import org.lianxi.ledger.county.Unit;
import org.lianxi.ledger.files.ReceivedFiles;
import org.lianxi.reports.workbook.TemplateWorkbook;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * 报送: a unit uploads its workbook or CSV, handed to the {@link SubmissionDesk} by channel {@code
 * console} exactly as its SFTP folder hands it in, then its receipt is shown. A liaison always
 * sends as its own unit; the office picks the unit it hands a file in for. The bytes go to a
 * temporary file under {@code DATA/work/console/} (the browser's file name is kept only as the
 * original name), and the blank exchange template is downloadable.
 */
@Controller
class UploadController {

  private final ConsoleDesk intake;
  private final CountyConfig county;
  private final AuditLog audit;

  UploadController(ConsoleDesk intake, CountyConfig county, AuditLog audit) {
    this.intake = intake;
    this.county = county;
    this.audit = audit;
  }

  @GetMapping("/upload")
  String form(Model model) {
    model.addAttribute("units", county.units());
    return "upload";
  }

  @PostMapping("/upload")
  String upload(
      @AuthenticationPrincipal ConsoleUser me,
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "unit", required = false) String unit,
      HttpServletRequest request,
      Model model)
      throws IOException {
    Optional<Unit> sender =
        me.liaison() ? county.unit(me.unit()) : county.unit(unit == null ? "" : unit.trim());
    if (sender.isEmpty()) {
      return refused(model, "请选择报送单位。");
    }
    if (file == null || file.isEmpty()) {
      return refused(model, "请选择要报送的文件（不能是空文件）。");
    }
    String originalName =
        ReceivedFiles.displayName(Objects.toString(file.getOriginalFilename(), ""));
    long id =
        intake.take(
            sender.get().code(),
            originalName,
            target -> {
              try (InputStream in = file.getInputStream()) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
              }
            });
    audit.record(
        me.getUsername(),
        request.getRemoteAddr(),
        AuditLog.Action.FILE_UPLOADED,
        "报送 " + Masking.inText(originalName) + "（" + sender.get().code() + "），回执 " + id);
    return "redirect:/receipts/" + id;
  }

  @GetMapping("/upload/template")
  ResponseEntity<byte[]> template(
      @AuthenticationPrincipal ConsoleUser me, HttpServletRequest request) throws IOException {
    byte[] bytes = intake.written("template-", ".xlsx", TemplateWorkbook::write);
    audit.record(
        me.getUsername(), request.getRemoteAddr(), AuditLog.Action.TEMPLATE_DOWNLOADED, null);
    return Downloads.attachment("信息共享报送表模板.xlsx", bytes);
  }

  private String refused(Model model, String why) {
    model.addAttribute("units", county.units());
    model.addAttribute("error", why);
    return "upload";
  }
}
