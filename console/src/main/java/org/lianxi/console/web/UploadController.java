package org.lianxi.console.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Optional;
import org.lianxi.console.security.ConsoleUser;
import org.lianxi.ledger.Checksums;
import org.lianxi.ledger.Masking;
import org.lianxi.ledger.accounts.AuditLog;
import org.lianxi.ledger.county.CountyConfig;
import org.lianxi.ledger.county.Unit;
import org.lianxi.ledger.files.Channel;
import org.lianxi.ledger.files.FileOutcomes;
import org.lianxi.ledger.files.SubmissionDesk;
import org.lianxi.reports.workbook.TemplateWorkbook;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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

  private static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  private static final int NAME = 200;

  private final SubmissionDesk desk;
  private final FileOutcomes outcomes;
  private final CountyConfig county;
  private final AuditLog audit;
  private final Path work;

  UploadController(
      SubmissionDesk desk,
      FileOutcomes outcomes,
      CountyConfig county,
      AuditLog audit,
      @Value("${lianxi.data:data}") String data) {
    this.desk = desk;
    this.outcomes = outcomes;
    this.county = county;
    this.audit = audit;
    this.work = Path.of(data).resolve("work").resolve("console");
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
    String originalName = originalName(file.getOriginalFilename());
    Files.createDirectories(work);
    Path temp = Files.createTempFile(work, "upload-", ".part");
    try {
      String checksum = copy(file, temp);
      LocalDateTime now = LocalDateTime.now();
      desk.take(sender.get().code(), Channel.CONSOLE, originalName, temp, now);
      long id =
          outcomes
              .idOf(sender.get().code(), checksum)
              .orElseThrow(() -> new IllegalStateException("the upload was not registered"));
      audit.record(
          me.getUsername(),
          request.getRemoteAddr(),
          AuditLog.Action.FILE_UPLOADED,
          "报送 " + Masking.inText(originalName) + "（" + sender.get().code() + "），回执 " + id);
      return "redirect:/receipts/" + id;
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  @GetMapping("/upload/template")
  ResponseEntity<byte[]> template(
      @AuthenticationPrincipal ConsoleUser me, HttpServletRequest request) throws IOException {
    Files.createDirectories(work);
    Path temp = Files.createTempFile(work, "template-", ".xlsx");
    byte[] bytes;
    try {
      TemplateWorkbook.write(temp);
      bytes = Files.readAllBytes(temp);
    } finally {
      Files.deleteIfExists(temp);
    }
    audit.record(
        me.getUsername(), request.getRemoteAddr(), AuditLog.Action.TEMPLATE_DOWNLOADED, null);
    return ResponseEntity.ok()
        .contentType(XLSX)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("信息共享报送表模板.xlsx", StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(bytes);
  }

  private String refused(Model model, String why) {
    model.addAttribute("units", county.units());
    model.addAttribute("error", why);
    return "upload";
  }

  /** The bytes into {@code target}; their SHA-256. */
  private static String copy(MultipartFile file, Path target) throws IOException {
    MessageDigest sha = Checksums.sha256();
    try (InputStream in = new DigestInputStream(file.getInputStream(), sha);
        OutputStream out = Files.newOutputStream(target)) {
      in.transferTo(out);
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  /** The name the browser gave, without any folder it may name, for the receipt only. */
  static String originalName(String given) {
    String name = given == null ? "" : given;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = name.replaceAll("\\p{Cntrl}", "").strip();
    if (name.isEmpty()) {
      name = "上传文件";
    }
    return name.length() <= NAME ? name : name.substring(name.length() - NAME);
  }
}
