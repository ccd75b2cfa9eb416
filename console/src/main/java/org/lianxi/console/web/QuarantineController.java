package org.lianxi.console.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lianxi.console.security.ConsoleUser;
import org.lianxi.ledger.Masking;
import org.lianxi.ledger.accounts.AuditLog;
import org.lianxi.ledger.county.CountyConfig;
import org.lianxi.ledger.county.Unit;
import org.lianxi.ledger.files.Channel;
import org.lianxi.ledger.files.Quarantine;
import org.lianxi.ledger.files.QuarantinedMails;
import org.lianxi.ledger.files.QuarantinedMails.Headers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * 隔离区 (office only): the mails the mailbox would not load, with why, what they say about themselves
 * and what they carry; the office releases a mail's files to a unit it picks (each file handed to
 * the desk as that unit's, channel {@code mail}, exactly as a mail from that unit) or discards it,
 * with a reason, both audited. An item id from the browser is only matched against the listing. The
 * mails are read by the routes' {@link QuarantinedMails}, registered by {@code serve}; without it
 * the reasons are still listed and mails may be discarded, not released.
 */
@Controller
class QuarantineController {

  private static final Logger log = LoggerFactory.getLogger(QuarantineController.class);

  private final CountyConfig county;
  private final AuditLog audit;
  private final ConsoleDesk desk;
  private final ObjectProvider<QuarantinedMails> mails;
  private final Quarantine quarantine;
  private final Path work;

  QuarantineController(
      CountyConfig county,
      AuditLog audit,
      ConsoleDesk desk,
      ObjectProvider<QuarantinedMails> mails,
      @Value("${lianxi.data:data}") String data) {
    this.county = county;
    this.audit = audit;
    this.desk = desk;
    this.mails = mails;
    this.quarantine = new Quarantine(Path.of(data));
    this.work = Path.of(data).resolve("work").resolve("console");
  }

  /** An item as the page shows it: its headers and attachments as far as they could be read. */
  record Shown(
      Quarantine.Item item,
      Headers headers,
      List<QuarantinedMails.Attached> attachments,
      Optional<String> unreadable,
      Optional<Unit> unit) {

    /** A size as people read it. */
    public String size(long bytes) {
      return FolderFiles.size(bytes);
    }
  }

  @GetMapping("/quarantine")
  String list(@RequestParam(defaultValue = "") String done, Model model) {
    return page(model, Optional.empty(), done);
  }

  @PostMapping("/quarantine/{id}/release")
  synchronized String release(
      @AuthenticationPrincipal ConsoleUser me,
      @PathVariable String id,
      @RequestParam(defaultValue = "") String unit,
      @RequestParam(defaultValue = "") String reason,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model)
      throws IOException {
    Quarantine.Item item = waiting(id);
    QuarantinedMails reader = mails.getIfAvailable();
    Optional<Unit> to = county.unit(unit.strip());
    Optional<String> refused = whyNotReleased(item, reader, to, reason);
    if (refused.isPresent()) {
      return refused(response, model, refused.get());
    }
    Path folder = work.resolve("quarantine-" + UUID.randomUUID());
    try {
      List<QuarantinedMails.Saved> files;
      try {
        files = reader.unpack(item.message().orElseThrow(), folder);
      } catch (QuarantinedMails.Unusable e) {
        return refused(response, model, "这封邮件不能放行：" + e.getMessage());
      }
      String account = me.getUsername();
      LocalDateTime now = LocalDateTime.now();
      // Recorded before the hand-in: after a crash the retry must be for the same unit, and the
      // desk takes identical bytes from that unit once, so nothing is loaded twice.
      quarantine.begin(
          item, handling(Quarantine.Outcome.RELEASED, to, account, now, reason, List.of()));
      List<Long> receipts = new ArrayList<>();
      for (QuarantinedMails.Saved file : files) {
        // Received when the mail arrived (its quarantine time), not when the office got to it: the
        // unit sent it then, so its dates and on-time counting are judged as of that day.
        receipts.add(
            desk.take(
                to.get().code(), Channel.MAIL, file.name(), file.file(), item.quarantinedAt()));
      }
      quarantine.finish(
          item, handling(Quarantine.Outcome.RELEASED, to, account, now, reason, receipts));
      audit.record(
          account,
          request.getRemoteAddr(),
          AuditLog.Action.QUARANTINE_RELEASED,
          "隔离邮件 "
              + item.id()
              + " 放行给 "
              + to.get().code()
              + "，原因："
              + Masking.inText(reason.strip())
              + "，回执 "
              + receipts);
      log.info("Quarantined mail {} released to {} by {}", item.id(), to.get().code(), account);
      return "redirect:/quarantine?done=" + item.id();
    } finally {
      deleteAll(folder);
    }
  }

  @PostMapping("/quarantine/{id}/discard")
  synchronized String discard(
      @AuthenticationPrincipal ConsoleUser me,
      @PathVariable String id,
      @RequestParam(defaultValue = "") String reason,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    Quarantine.Item item = waiting(id);
    if (item.handling().isPresent()) {
      return refused(response, model, "这封邮件已开始放行，只能继续放行，不能删除。");
    }
    if (reason.isBlank()) {
      return refused(response, model, "请填写删除原因。");
    }
    quarantine.finish(
        item,
        handling(
            Quarantine.Outcome.DISCARDED,
            Optional.empty(),
            me.getUsername(),
            LocalDateTime.now(),
            reason,
            List.of()));
    audit.record(
        me.getUsername(),
        request.getRemoteAddr(),
        AuditLog.Action.QUARANTINE_DISCARDED,
        "隔离邮件 " + item.id() + " 删除，原因：" + Masking.inText(reason.strip()));
    log.info("Quarantined mail {} discarded by {}", item.id(), me.getUsername());
    return "redirect:/quarantine?done=" + item.id();
  }

  /** Why this release cannot be done, in Chinese; none when it can. */
  private static Optional<String> whyNotReleased(
      Quarantine.Item item, QuarantinedMails reader, Optional<Unit> to, String reason) {
    if (item.oversized()) {
      return Optional.of("这封邮件过大，仅保留了邮件头，没有可放行的附件，只能删除。");
    }
    if (reader == null) {
      return Optional.of("邮件读取组件未启用（请在 serve 中使用工作台），暂不能放行。");
    }
    if (to.isEmpty()) {
      return Optional.of("请选择要放行给的单位（未知单位）。");
    }
    if (reason.isBlank()) {
      return Optional.of("请填写放行原因。");
    }
    Optional<String> begunFor = item.handling().flatMap(Quarantine.Handling::unit);
    if (begunFor.isPresent() && !begunFor.get().equals(to.get().code())) {
      return Optional.of("这封邮件已开始放行给 " + begunFor.get() + "，只能继续放行给该单位。");
    }
    return Optional.empty();
  }

  /** A waiting item by an id matched only against the listing; anything else is not found. */
  private Quarantine.Item waiting(String id) {
    return quarantine
        .waiting(id)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  private static Quarantine.Handling handling(
      Quarantine.Outcome outcome,
      Optional<Unit> unit,
      String account,
      LocalDateTime at,
      String reason,
      List<Long> receipts) {
    return new Quarantine.Handling(
        outcome, unit.map(Unit::code), account, at.withNano(0), reason.strip(), receipts);
  }

  private String refused(HttpServletResponse response, Model model, String why) {
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    return page(model, Optional.of(why), "");
  }

  private String page(Model model, Optional<String> error, String done) {
    QuarantinedMails reader = mails.getIfAvailable();
    model.addAttribute(
        "waiting", quarantine.waiting().stream().map(i -> shown(i, reader)).toList());
    model.addAttribute(
        "handled", quarantine.handled().stream().map(i -> shown(i, reader)).toList());
    model.addAttribute("units", county.units());
    model.addAttribute("readable", reader != null);
    model.addAttribute("done", done);
    error.ifPresent(e -> model.addAttribute("error", e));
    return "quarantine";
  }

  private Shown shown(Quarantine.Item item, QuarantinedMails reader) {
    Optional<Unit> unit = item.handling().flatMap(Quarantine.Handling::unit).flatMap(county::unit);
    Headers none = new Headers(Optional.empty(), Optional.empty(), Optional.empty());
    if (reader == null) {
      return new Shown(item, none, List.of(), Optional.of("邮件读取组件未启用"), unit);
    }
    try {
      if (item.message().isPresent()) {
        QuarantinedMails.Mail mail = reader.read(item.message().get());
        return new Shown(item, mail.headers(), mail.attachments(), Optional.empty(), unit);
      }
      Headers headers = item.headers().isPresent() ? reader.headers(item.headers().get()) : none;
      return new Shown(item, headers, List.of(), Optional.empty(), unit);
    } catch (IOException | RuntimeException e) {
      log.warn("Cannot read the quarantined mail {}", item.id(), e);
      return new Shown(item, none, List.of(), Optional.of("邮件无法读取"), unit);
    }
  }

  private static void deleteAll(Path folder) {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (var files = Files.list(folder)) {
      for (Path file : files.toList()) {
        Files.deleteIfExists(file);
      }
      Files.deleteIfExists(folder);
    } catch (IOException e) {
      log.debug("cannot delete {}", folder, e);
    }
  }
}
