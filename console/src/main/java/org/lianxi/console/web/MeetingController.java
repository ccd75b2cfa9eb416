package org.lianxi.console.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.lianxi.console.security.ConsoleUser;
import org.lianxi.ledger.accounts.AuditLog;
import org.lianxi.ledger.calendar.CalendarStore;
import org.lianxi.ledger.calendar.WorkingCalendar;
import org.lianxi.ledger.county.CountyConfig;
import org.lianxi.ledger.county.Unit;
import org.lianxi.ledger.county.UnitType;
import org.lianxi.ledger.exchange.Table;
import org.lianxi.ledger.meeting.MeetingDesk;
import org.lianxi.ledger.meeting.Meetings;
import org.lianxi.ledger.standard.Column;
import org.lianxi.ledger.standard.Fields.Resolution;
import org.lianxi.ledger.standard.Fields.Topic;
import org.lianxi.ledger.standard.RecordType;
import org.lianxi.reports.meeting.Minutes;
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
 * 会议: the joint meeting's schedule, each meeting with its deadlines, the day its call went, the
 * topics proposed (a late one marked 逾期; a liaison sees its own unit's) and the office's decision
 * on each. The office records a decision, and a liaison proposes a topic as its own unit, each as a
 * one-row 会议议题 sheet taken in through the {@link org.lianxi.ledger.files.SubmissionDesk} like every
 * file.
 */
@Controller
class MeetingController {

  /** The office's decisions, by their codes, in the order the form offers them. */
  static final List<String> VERDICTS = List.of("TO_MEETING", "SETTLED", "DECLINED");

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
  private static final int TITLE = 200;
  private static final int NUMBER = 50;
  private static final List<String> KINDS = List.of("例行", "专题");

  private final CountyConfig county;
  private final DataSource dataSource;
  private final Meetings meetings;
  private final ConsoleDesk intake;
  private final MeetingDesk desk;
  private final AuditLog audit;
  private final Path reports;

  MeetingController(
      CountyConfig county,
      DataSource dataSource,
      ConsoleDesk intake,
      MeetingDesk desk,
      AuditLog audit,
      @Value("${lianxi.data:data}") String data) {
    this.reports = Path.of(data).resolve("reports");
    this.county = county;
    this.dataSource = dataSource;
    this.meetings = new Meetings(dataSource);
    this.intake = intake;
    this.desk = desk;
    this.audit = audit;
  }

  /** A meeting as the page shows it. */
  record Shown(
      Meetings.Held meeting,
      Optional<LocalDate> callDue,
      LocalDate topicsDue,
      List<ShownTopic> topics,
      List<ShownResolution> resolutions) {}

  /** A resolution as the page shows it: its 承办单位 by name, its progress and judgement by label. */
  record ShownResolution(
      Meetings.Resolved resolution, String ownerName, String progress, String judged) {}

  /** A topic as the page shows it: its proposer by name, its decision by label. */
  record ShownTopic(Meetings.ProposedTopic topic, String proposerName, String decision) {}

  @GetMapping("/meetings")
  String meetings(@AuthenticationPrincipal ConsoleUser me, Model model) {
    WorkingCalendar calendar = new CalendarStore(dataSource).load();
    List<Shown> shown = new ArrayList<>();
    for (Meetings.Held m : meetings.all()) {
      LocalDate topicsDue = m.topicsDeadline(calendar);
      List<ShownTopic> topics =
          meetings.topics(m.number(), topicsDue).stream()
              // a liaison sees its own unit's topics only, like all its data
              .filter(t -> !me.liaison() || t.proposer().equals(me.unit()))
              .map(
                  t ->
                      new ShownTopic(
                          t,
                          name(t.proposer()),
                          t.verdict().map(Topic.VERDICT::labelOf).orElse("待审定")))
              .toList();
      List<ShownResolution> resolutions =
          meetings.resolutionsOf(m.on()).stream()
              // a liaison sees the resolutions its unit carries out
              .filter(r -> !me.liaison() || r.ownerUnit().equals(me.unit()))
              .map(
                  r ->
                      new ShownResolution(
                          r,
                          name(r.ownerUnit()),
                          Resolution.PROGRESS.labelOf(r.progress()),
                          judged(r)))
              .toList();
      Optional<LocalDate> callDue =
          Meetings.deadlines(county.profile(), calendar, m.on(), m.routine()).callDue();
      shown.add(new Shown(m, callDue, topicsDue, topics, resolutions));
    }
    model.addAttribute("meetings", shown);
    model.addAttribute("minutesNames", List.of("会议纪要草稿（DOCX）", "会议纪要草稿（PDF）", "议定事项表（XLSX）"));
    model.addAttribute(
        "verdicts",
        VERDICTS.stream().map(code -> List.of(code, Topic.VERDICT.labelOf(code))).toList());
    return "meetings";
  }

  /**
   * The office schedules a meeting (or moves one, by its number): the office's 联席会议 record, taken
   * in like any file; a call for topics already due goes at once.
   */
  @PostMapping("/meetings")
  String schedule(
      @AuthenticationPrincipal ConsoleUser me,
      @RequestParam String date,
      @RequestParam String type,
      @RequestParam(required = false) String number,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    LocalDate on;
    try {
      on = LocalDate.parse(date.strip());
    } catch (DateTimeParseException e) {
      redirect.addFlashAttribute("error", "会议日期应写作 2026-06-23 的形式。");
      return "redirect:/meetings";
    }
    if (!KINDS.contains(type)) {
      redirect.addFlashAttribute("error", "会议类型只能是例行或专题。");
      return "redirect:/meetings";
    }
    String no = number == null || number.isBlank() ? null : number.strip();
    if (no != null && (no.length() > NUMBER || !no.matches("[\\p{L}\\p{N}-]+"))) {
      redirect.addFlashAttribute("error", "会议编号只能由文字、数字和连字符组成，且不超过" + NUMBER + "个字符。");
      return "redirect:/meetings";
    }
    MeetingDesk.Scheduled scheduled = desk.schedule(no, type.equals("例行"), on, LocalDateTime.now());
    audit.record(
        me.getUsername(),
        request.getRemoteAddr(),
        AuditLog.Action.MEETING_SCHEDULED,
        "会议 "
            + scheduled.number()
            + "（"
            + type
            + "，"
            + on
            + "），回执 "
            + scheduled.receipt().file().id());
    if (!scheduled.recorded()) {
      redirect.addFlashAttribute(
          "error",
          "会议未能登记："
              + scheduled.receipt().problems().stream()
                  .map(p -> p.column() + " " + p.reason())
                  .collect(Collectors.joining("；")));
      return "redirect:/meetings";
    }
    StringBuilder notice =
        new StringBuilder("已安排会议 ")
            .append(scheduled.number())
            .append("（")
            .append(on)
            .append("），议题截止日期 ")
            .append(scheduled.deadlines().topicsDue())
            .append("。");
    scheduled
        .deadlines()
        .callDue()
        .ifPresent(due -> notice.append("议题征集通知期限 ").append(due).append("。"));
    if (scheduled.callLate()) {
      notice.append("征集通知已逾期。");
    }
    if (scheduled.callsSent() > 0) {
      notice.append("征集通知已即时发给").append(scheduled.callsSent()).append("个成员单位。");
    }
    redirect.addFlashAttribute("notice", notice.toString());
    return "redirect:/meetings";
  }

  /** A liaison proposes a topic for a meeting, its own unit the proposer. */
  @PostMapping("/meetings/{no}/topics")
  String propose(
      @AuthenticationPrincipal ConsoleUser me,
      @PathVariable String no,
      @RequestParam String title,
      HttpServletRequest request,
      RedirectAttributes redirect)
      throws IOException {
    Meetings.Held meeting = meetings.find(no).orElseThrow(MeetingController::notFound);
    Unit proposer = county.unit(me.unit()).orElseThrow(MeetingController::notFound);
    String clean = title.replaceAll("\\p{Cntrl}", " ").strip();
    if (clean.isEmpty() || clean.length() > TITLE) {
      redirect.addFlashAttribute("error", "议题名称不能为空，且不超过" + TITLE + "个字。");
      return "redirect:/meetings";
    }
    LocalDateTime now = LocalDateTime.now();
    String topicNo = "YT-" + proposer.code() + "-" + STAMP.format(now);
    long id =
        take(
            proposer,
            "会议议题_" + topicNo + ".xlsx",
            topicNo,
            meeting.number(),
            proposer,
            clean,
            now.toLocalDate(),
            null);
    audit.record(
        me.getUsername(),
        request.getRemoteAddr(),
        AuditLog.Action.TOPIC_PROPOSED,
        "会议 " + meeting.number() + " 议题 " + topicNo + "，回执 " + id);
    return "redirect:/meetings";
  }

  /** The office records its decision (审定结果) on a topic. */
  @PostMapping("/meetings/{no}/decisions")
  String decide(
      @AuthenticationPrincipal ConsoleUser me,
      @PathVariable String no,
      @RequestParam String proposer,
      @RequestParam String topic,
      @RequestParam String verdict,
      HttpServletRequest request)
      throws IOException {
    if (me.liaison()) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
    Meetings.Held meeting = meetings.find(no).orElseThrow(MeetingController::notFound);
    if (!VERDICTS.contains(verdict)) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
    }
    WorkingCalendar calendar = new CalendarStore(dataSource).load();
    Meetings.ProposedTopic proposed =
        meetings.topics(no, meeting.topicsDeadline(calendar)).stream()
            .filter(t -> t.proposer().equals(proposer) && t.number().equals(topic))
            .findFirst()
            .orElseThrow(MeetingController::notFound);
    Unit office =
        county.units().stream()
            .filter(u -> u.type() == UnitType.OFFICE)
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no OFFICE unit"));
    Unit by = county.unit(proposed.proposer()).orElseThrow(MeetingController::notFound);
    long id =
        take(
            office,
            "会议议题_" + proposed.number() + "_审定.xlsx",
            proposed.number(),
            no,
            by,
            proposed.title(),
            proposed.submittedOn(),
            Topic.VERDICT.labelOf(verdict));
    audit.record(
        me.getUsername(),
        request.getRemoteAddr(),
        AuditLog.Action.TOPIC_DECIDED,
        "会议 "
            + no
            + " 议题 "
            + proposed.number()
            + "："
            + Topic.VERDICT.labelOf(verdict)
            + "，回执 "
            + id);
    return "redirect:/meetings";
  }

  /**
   * A file of a meeting's minutes draft (0: DOCX, 1: PDF, 2: the 议定事项 workbook), as {@code meeting
   * minutes} left it in {@code DATA/reports/}, else written there now. Named by the meeting, never
   * by the browser.
   */
  @GetMapping("/meetings/{no}/minutes/{file}")
  ResponseEntity<byte[]> minutes(
      @AuthenticationPrincipal ConsoleUser me,
      @PathVariable String no,
      @PathVariable int file,
      HttpServletRequest request)
      throws IOException {
    Meetings.Held meeting = meetings.find(no).orElseThrow(MeetingController::notFound);
    List<String> names = Minutes.fileNames(meeting.number());
    if (file < 0 || file >= names.size()) {
      throw notFound();
    }
    Path target = reports.resolve(names.get(file));
    if (!Files.isRegularFile(target)) {
      Minutes minutes = new Minutes(county, dataSource);
      minutes.write(minutes.draft(meeting, LocalDate.now()), Files.createDirectories(reports));
    }
    audit.record(
        me.getUsername(),
        request.getRemoteAddr(),
        AuditLog.Action.MINUTES_DOWNLOADED,
        "会议 " + meeting.number() + "：" + names.get(file));
    return Downloads.attachment(names.get(file), Files.readAllBytes(target));
  }

  /** One 会议议题 row, as {@code sender}'s file; the received file's id. */
  private long take(
      Unit sender,
      String fileName,
      String topicNo,
      String meetingNo,
      Unit proposer,
      String title,
      LocalDate submittedOn,
      String verdict)
      throws IOException {
    List<String> headers = new ArrayList<>();
    List<String> row = new ArrayList<>();
    cell(headers, row, Topic.TOPIC_NO, topicNo);
    cell(headers, row, Topic.MEETING_NO, meetingNo);
    cell(headers, row, Topic.PROPOSER_UNIT, proposer.name());
    cell(headers, row, Topic.TITLE, title);
    cell(headers, row, Topic.SUBMITTED_ON, submittedOn.toString());
    if (verdict != null) {
      cell(headers, row, Topic.VERDICT, verdict);
    }
    return intake.takeSheet(
        sender.code(), fileName, new Table(RecordType.TOPIC.sheet(), headers, List.of(row)));
  }

  private static void cell(List<String> headers, List<String> row, Column column, String value) {
    headers.add(column.header());
    row.add(value);
  }

  private String name(String unit) {
    return county.unit(unit).map(Unit::name).orElse(unit);
  }

  /** How the last reconcile judged a resolution's deadline, as the page says it. */
  private static String judged(Meetings.Resolved r) {
    String late = r.lateBy().map(days -> days + "个工作日").orElse("");
    return r.status()
        .map(
            status ->
                switch (status) {
                  case ON_TIME -> "按时办结";
                  case LATE -> "逾期办结" + late;
                  case OVERDUE -> "逾期" + late;
                  case OPEN -> "未到期";
                  case DONE -> "已办结";
                })
        .orElse("未设时限");
  }

  private static ResponseStatusException notFound() {
    return new ResponseStatusException(HttpStatus.NOT_FOUND);
  }
}
