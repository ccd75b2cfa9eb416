package org.lianxi.console.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.lianxi.console.security.ConsoleUser;
import org.lianxi.ledger.accounts.AuditLog;
import org.lianxi.ledger.periods.FrozenPeriods;
import org.lianxi.reports.Reports;
import org.lianxi.reports.period.Periods;
import org.lianxi.reports.period.ReportPeriod;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 报告 (the office): the briefing of a half year, the assessment of a year and the accountability
 * list of either, written into {@code DATA/reports/} by the same calls the commands make (a period
 * due to close closes first, as there); the files there, downloadable; and closing and reopening a
 * period through {@link Periods}, each change with the account's name in its recorded reason.
 */
@Controller
class ReportController {

  /** What the page says a file is, by the start of its name. */
  private record Kind(String prefix, String label) {}

  private static final List<Kind> KINDS =
      List.of(
          new Kind("简报附表_", "工作简报附表"),
          new Kind("简报_", "工作简报"),
          new Kind("考核_", "年度目标考核"),
          new Kind("问责线索清单_", "问责线索清单"),
          new Kind("会议纪要", "会议纪要草稿"),
          new Kind("议定事项_", "议定事项表"));

  private final Reports reports;
  private final Periods periods;
  private final AuditLog audit;
  private final Path folder;

  ReportController(
      Reports reports, Periods periods, AuditLog audit, @Value("${lianxi.data:data}") String data) {
    this.reports = reports;
    this.periods = periods;
    this.audit = audit;
    this.folder = Path.of(data).resolve("reports");
  }

  /** A report file as the page lists it. */
  record ReportFile(FolderFiles.Listed file, String kind) {}

  /** A close or reopen as the page lists it. */
  record PeriodEvent(String period, String action, String by, String at, String reason) {}

  /** Bad input from the form: said on the page, in Chinese. */
  private static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message, null, false, false);
    }
  }

  @GetMapping("/reports")
  String page(Model model) {
    model.addAttribute("files", files().stream().map(ReportController::shown).toList());
    List<FrozenPeriods.Event> events = new ArrayList<>(periods.events());
    Collections.reverse(events); // newest first
    model.addAttribute(
        "events",
        events.stream()
            .map(
                e ->
                    new PeriodEvent(
                        e.period(),
                        "CLOSE".equals(e.action()) ? "关闭" : "重新开放",
                        e.automatic() ? "自动" : "办公室",
                        e.at().toString().replace('T', ' '),
                        reason(e)))
            .toList());
    return "reports";
  }

  /** Writes one report of a period into a folder, as serve's nights and the commands write it. */
  private interface Printing {
    List<Path> print(ReportPeriod period, Optional<LocalDate> asOf, LocalDate today, Path folder)
        throws IOException;
  }

  /**
   * Writes a report ({@code briefing}, {@code assessment} or {@code accountability}) in every
   * format it has, after closing its period when it is due to close, as the briefing and assessment
   * commands do (the accountability list, like its command, closes none); the page again, with the
   * reason, on bad input.
   */
  @PostMapping("/reports/{report}")
  String generate(
      @AuthenticationPrincipal ConsoleUser me,
      @PathVariable String report,
      @RequestParam(defaultValue = "") String period,
      @RequestParam(name = "asOf", defaultValue = "") String asOf,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      RedirectAttributes redirect)
      throws IOException {
    String what;
    ReportPeriod p;
    Printing printing;
    try {
      switch (report) {
        case "briefing" -> {
          what = "工作简报";
          p = half(period);
          printing = reports::printBriefing;
        }
        case "assessment" -> {
          what = "年度目标考核";
          p = year(period);
          printing = reports::printAssessment;
        }
        case "accountability" -> {
          what = "问责线索清单";
          p = period(period);
          printing = reports::printAccountability;
        }
        default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
      }
      Optional<LocalDate> day = asOf(asOf);
      LocalDate today = LocalDate.now();
      if (!report.equals("accountability")) {
        periods.closeIfDue(p, today);
      }
      List<Path> written = printing.print(p, day, today, Files.createDirectories(folder));
      String names =
          written.stream().map(f -> f.getFileName().toString()).collect(Collectors.joining("、"));
      audit.record(
          me.getUsername(),
          request.getRemoteAddr(),
          AuditLog.Action.REPORT_GENERATED,
          what + " " + p + day.map(d -> "（截至" + d + "）").orElse("") + "：" + names);
      redirect.addFlashAttribute("notice", "已生成" + what + " " + p + "：" + names);
      return "redirect:/reports";
    } catch (Refused e) {
      return refused(e, response, model);
    }
  }

  /**
   * Closes ({@code close}) or reopens ({@code reopen}, a reason required) a period through {@link
   * Periods}, the account's name in the reason recorded.
   */
  @PostMapping("/reports/periods/{change}")
  String change(
      @AuthenticationPrincipal ConsoleUser me,
      @PathVariable String change,
      @RequestParam(defaultValue = "") String period,
      @RequestParam(defaultValue = "") String reason,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      RedirectAttributes redirect) {
    boolean close = change.equals("close");
    if (!close && !change.equals("reopen")) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    try {
      ReportPeriod p = period(period);
      String why = clean(reason);
      if (close) {
        LocalDate today = LocalDate.now();
        if (!today.isAfter(p.end())) {
          throw new Refused(p.label() + "尚未结束（" + p.end() + "结束），不能关闭。");
        }
        if (periods.closed(p)) {
          throw new Refused(p.label() + "已经关闭。");
        }
        periods.close(p, today, signed(why.isEmpty() ? "办公室关闭" : why, me));
      } else {
        if (why.isEmpty()) {
          throw new Refused("重新开放期间必须说明原因。");
        }
        if (!periods.reopen(p, signed(why, me))) {
          throw new Refused(p.label() + "未关闭，无需重新开放。");
        }
      }
      audit.record(
          me.getUsername(),
          request.getRemoteAddr(),
          close ? AuditLog.Action.PERIOD_CLOSED : AuditLog.Action.PERIOD_REOPENED,
          p + "：" + why);
      redirect.addFlashAttribute("notice", p.label() + (close ? "已关闭，其数字已冻结。" : "已重新开放，其数字将重新计算。"));
      return "redirect:/reports";
    } catch (Refused e) {
      return refused(e, response, model);
    }
  }

  /** A file of {@code DATA/reports/}, by a name matched only against the listing. */
  @GetMapping("/reports/file")
  ResponseEntity<byte[]> download(
      @AuthenticationPrincipal ConsoleUser me,
      @RequestParam(defaultValue = "") String name,
      HttpServletRequest request)
      throws IOException {
    FolderFiles.Listed file =
        FolderFiles.named(files(), name)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    byte[] bytes = Files.readAllBytes(file.path());
    audit.record(
        me.getUsername(), request.getRemoteAddr(), AuditLog.Action.REPORT_DOWNLOADED, file.name());
    return Downloads.attachment(file.name(), bytes);
  }

  /** The recorded reason; the command line's own words said in Chinese. */
  private static String reason(FrozenPeriods.Event e) {
    if (e.automatic()) {
      return "期间结束后按设定天数自动关闭";
    }
    if (e.reason() == null || e.reason().equals(Periods.CLOSED_BY_COMMAND)) {
      return "办公室在命令行关闭";
    }
    return e.reason();
  }

  private List<FolderFiles.Listed> files() {
    return FolderFiles.list(
            folder, n -> n.endsWith(".pdf") || n.endsWith(".docx") || n.endsWith(".xlsx"))
        .stream()
        .sorted(FolderFiles.NEWEST_FIRST)
        .toList();
  }

  private static ReportFile shown(FolderFiles.Listed file) {
    String kind =
        KINDS.stream()
            .filter(k -> file.name().startsWith(k.prefix()))
            .map(Kind::label)
            .findFirst()
            .orElse("其他");
    return new ReportFile(file, kind);
  }

  private String refused(Refused e, HttpServletResponse response, Model model) {
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    model.addAttribute("error", e.getMessage());
    return page(model);
  }

  private static ReportPeriod period(String text) {
    try {
      return ReportPeriod.parse(text);
    } catch (IllegalArgumentException e) {
      throw new Refused("期间应写作 2026H1（上半年）、2026H2（下半年）或 2026（全年），而不是“" + clean(text) + "”。");
    }
  }

  private static ReportPeriod half(String text) {
    ReportPeriod period = period(text);
    if (period.isYear()) {
      throw new Refused("工作简报按半年生成：请写作 2026H1 或 2026H2。");
    }
    return period;
  }

  private static ReportPeriod year(String text) {
    ReportPeriod period = period(text);
    if (!period.isYear()) {
      throw new Refused("年度目标考核按年生成：请写作 2026。");
    }
    return period;
  }

  private static Optional<LocalDate> asOf(String text) {
    String day = text.strip();
    try {
      return day.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(day));
    } catch (DateTimeParseException e) {
      throw new Refused("判定日期应写作 2026-06-30，而不是“" + clean(text) + "”。");
    }
  }

  /** One line of at most 200 characters, without control characters. */
  private static String clean(String text) {
    String line = text.replaceAll("\\p{Cntrl}", " ").strip();
    return line.length() > 200 ? line.substring(0, 200) : line;
  }

  /** The reason as recorded in period_event: who changed the period, and where. */
  private static String signed(String reason, ConsoleUser me) {
    return reason + "（" + me.getUsername() + "，工作台）";
  }
}
