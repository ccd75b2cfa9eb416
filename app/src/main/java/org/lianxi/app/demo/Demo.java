package org.lianxi.app.demo;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.lianxi.app.GlobalOptions;
import org.lianxi.app.LianxiRuntime;
import org.lianxi.app.intake.Exchange;
import org.lianxi.app.intake.Intake;
import org.lianxi.app.intake.MeetingCalls;
import org.lianxi.app.intake.PeriodReports;
import org.lianxi.console.accounts.AccountAdmin;
import org.lianxi.ledger.accounts.Role;
import org.lianxi.ledger.calendar.CalendarStore;
import org.lianxi.ledger.county.CountyConfig;
import org.lianxi.ledger.county.Unit;
import org.lianxi.ledger.county.UnitType;
import org.lianxi.ledger.exchange.Table;
import org.lianxi.ledger.files.FileResults;
import org.lianxi.ledger.meeting.Meetings;
import org.lianxi.ledger.reconcile.ReconcileStore;
import org.lianxi.ledger.standard.RecordType;
import org.lianxi.reports.Reports;
import org.lianxi.reports.meeting.Minutes;
import org.lianxi.reports.meeting.MinutesDraft;
import org.lianxi.reports.period.Periods;
import org.lianxi.reports.period.ReportPeriod;
import org.lianxi.reports.workbook.TableWorkbook;
import org.lianxi.routes.Collector;
import org.lianxi.testkit.generate.CountyGenerator;
import org.lianxi.testkit.generate.Fault;
import org.lianxi.testkit.generate.GeneratedFile;
import org.lianxi.testkit.servers.LocalMailServer;
import org.lianxi.testkit.servers.LocalSftpServer;

/**
 * A half year of a generated county, run night by night as {@code serve} runs it: local SFTP and
 * mail servers on loopback ports, each unit's weekly files placed where that unit sends them (its
 * SFTP inbox, a mail from its address, now and then the office's drop folder), then every night
 * collect and send back, at each month's end the exchange (reconcile, chase lists, digests), and at
 * the end the briefing and the assessment. The folder it leaves is an ordinary lianxi data folder.
 */
public final class Demo {

  /** The first Monday of the demo's half year, and its length. */
  static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 1, 5);

  static final int WEEKS = 25;
  static final String PASSWORD = "demo-only";

  /** Beside county.yaml: the same county without channels, for serving the console afterwards. */
  public static final String CONSOLE_CONFIG = "console.yaml";

  /**
   * @param units submitting units (townships and departments), 4 or more; 0: all of the example
   */
  public record Options(String profile, int units, Path folder, int weeks) {}

  /** What the demo did and where everything is. */
  public record Summary(
      int files,
      int duplicates,
      int rejectedFiles,
      long rows,
      long rejectedRows,
      int overdue,
      int quarantined,
      Path data,
      Path config,
      Path sftpRoot,
      List<Path> reports,
      List<String> meeting,
      List<AccountAdmin.Made> accounts) {}

  private final PrintWriter out;
  private final Progress progress;

  public Demo(PrintWriter out, boolean terminal) {
    this.out = out;
    this.progress = new Progress(out, terminal);
  }

  public Summary run(Options options) throws Exception {
    Path folder = Files.createDirectories(options.folder().toAbsolutePath().normalize());
    Path data = folder.resolve("data");
    try (LocalSftpServer sftp =
            new LocalSftpServer(Files.createDirectories(folder.resolve("sftp")));
        LocalMailServer mail = new LocalMailServer()) {
      Path config = folder.resolve("county.yaml");
      Files.writeString(
          config,
          DemoCounty.yaml(options.profile(), options.units(), sftp, mail),
          StandardCharsets.UTF_8);
      Files.writeString(
          folder.resolve(CONSOLE_CONFIG),
          "# The demo county without its channels, to serve the console on the demo's data once"
              + " the demo's servers are gone.\n"
              + DemoCounty.withoutChannels(options.profile(), options.units()),
          StandardCharsets.UTF_8);
      out.printf(
          "Demo county written to %s; SFTP on 127.0.0.1:%d, mail (IMAP) on 127.0.0.1:%d%n",
          config, sftp.port(), mail.imapPort());
      out.flush();
      GlobalOptions global = GlobalOptions.ownFolder(config, data);
      try (LianxiRuntime runtime = LianxiRuntime.open(global)) {
        return run(options, runtime, sftp, mail, config);
      }
    }
  }

  private Summary run(
      Options options,
      LianxiRuntime runtime,
      LocalSftpServer sftp,
      LocalMailServer mail,
      Path config)
      throws Exception {
    CountyConfig county = runtime.county();
    for (Unit unit : county.units()) {
      mail.addMailbox(
          unit.emails().isEmpty() ? unit.code() + "@demo" : unit.emails().get(0), PASSWORD);
      if (unit.sftpFolder().isPresent()) {
        sftp.folder(unit.sftpFolder().get(), "inbox");
        sftp.folder(unit.sftpFolder().get(), "outbox");
      }
    }
    mail.addMailbox(DemoCounty.MAILBOX, PASSWORD);
    var calendar = new CalendarStore(runtime.database().dataSource()).load();
    CountyGenerator.Result generated =
        new CountyGenerator(county, calendar)
            .generate(
                new CountyGenerator.Plan(
                    FIRST_MONDAY, options.weeks(), 6, EnumSet.allOf(Fault.class), 2026, true));
    // The half year's routine meeting: the office schedules it some five weeks ahead, lianxi calls
    // for topics, prints the briefing on the topics deadline and the minutes draft after it.
    Meetings.Held meeting = generated.meeting().orElseThrow();
    MeetingCalls calls = runtime.context().getBean(MeetingCalls.class);
    PeriodReports periodReports = runtime.context().getBean(PeriodReports.class);
    List<Path> written = new ArrayList<>();
    boolean scheduled = false;
    DemoClock clock = new DemoClock(FIRST_MONDAY.atStartOfDay());
    Exchange exchange = runtime.context().getBean(Exchange.class);
    Placement placement = new Placement(county, sftp, mail, runtime.data());
    List<GeneratedFile> files = new ArrayList<>(generated.files());
    long started = System.nanoTime();
    try (Collector collector =
        new Collector(
            county,
            runtime.data(),
            runtime.database().dataSource(),
            runtime.context().getBean(Intake.class),
            name -> name.equals(DemoCounty.PASSWORD_ENV) ? PASSWORD : null,
            clock)) {
      placement.strangerMail(); // mail from an address no unit registered: quarantined
      for (int week = 0; week < options.weeks(); week++) {
        LocalDateTime night = FIRST_MONDAY.plusWeeks(week).plusDays(6).atTime(23, 0);
        for (var it = files.iterator(); it.hasNext(); ) {
          GeneratedFile file = it.next();
          if (!file.arrival().isAfter(night)) {
            placement.place(file);
            it.remove();
          }
        }
        clock.set(night);
        collector.collectOnce();
        boolean monthEnd =
            night.toLocalDate().plusWeeks(1).getMonthValue() != night.getMonthValue()
                || week == options.weeks() - 1;
        boolean schedulesTonight =
            !scheduled && !night.toLocalDate().plusWeeks(5).isBefore(meeting.on());
        if (schedulesTonight) {
          calls.record(meeting, night); // as `meeting schedule` would
          scheduled = true;
        }
        if (monthEnd || schedulesTonight) {
          exchange.run(night.toLocalDate(), false, night);
        }
        written.addAll(periodReports.forMeetings(night.toLocalDate()));
        if (week == options.weeks() - 1) {
          // The office returns the minutes' resolutions filled in, by its drop folder.
          returnResolutions(county, meeting, runtime.data(), night);
          clock.set(night.plusMinutes(30));
          collector.collectOnce();
          exchange.run(night.toLocalDate(), false, night);
        }
        collector.sendOnce();
        progress.night(week + 1, options.weeks(), night.toLocalDate(), counts(runtime), started);
      }
    }
    progress.done();
    LocalDate lastNight = FIRST_MONDAY.plusWeeks(options.weeks()).minusDays(1);
    LocalDate today =
        lastNight.with(java.time.temporal.TemporalAdjusters.next(DayOfWeek.WEDNESDAY));
    Reports reports = new Reports(county, runtime.database().dataSource());
    Path folder = runtime.data().resolve("reports");
    ReportPeriod half =
        ReportPeriod.half(lastNight.getYear(), lastNight.getMonthValue() <= 6 ? 1 : 2);
    out.println(
        "Printing the accountability list for "
            + half
            + " and the assessment for "
            + half.year()
            + " ...");
    out.flush();
    Periods periods = runtime.context().getBean(Periods.class);
    periods.closeIfDue(half, today);
    periods.closeIfDue(ReportPeriod.year(half.year()), today);
    written.addAll(
        reports.printAssessment(
            ReportPeriod.year(half.year()), Optional.of(lastNight), today, folder));
    written.addAll(reports.printAccountability(half, Optional.of(lastNight), today, folder));
    // Run again in the same folder, the meeting's outputs are there from the first run.
    List<String> meetingOutputs =
        new ArrayList<>(
            List.of("简报_" + half + ".pdf", "简报_" + half + ".docx", "简报附表_" + half + ".xlsx"));
    meetingOutputs.addAll(Minutes.fileNames(meeting.number()));
    List<Path> outputs = new ArrayList<>();
    for (String name : meetingOutputs) {
      Path file = folder.resolve(name);
      if (Files.exists(file) && !written.contains(file)) {
        outputs.add(file);
      }
    }
    outputs.addAll(written);
    FileResults.Totals c = counts(runtime);
    int overdue = new ReconcileStore(runtime.database().dataSource()).summary(today).overdue();
    int quarantined;
    Path quarantine = runtime.data().resolve("quarantine");
    try (var q =
        Files.exists(quarantine) ? Files.list(quarantine) : java.util.stream.Stream.<Path>empty()) {
      quarantined = (int) q.count();
    }
    return new Summary(
        c.files(),
        placement.duplicates,
        c.rejectedFiles(),
        c.rows(),
        c.rejectedRows(),
        overdue,
        quarantined,
        runtime.data(),
        config,
        sftpRootOf(runtime),
        outputs,
        cycle(runtime, meeting),
        consoleAccounts(runtime, county));
  }

  /**
   * The office's filled resolutions table, as it sends it back after the meeting: the draft's 议定事项
   * workbook with a resolution for a township and one for a department, each with its 办理时限.
   */
  private static void returnResolutions(
      CountyConfig county, Meetings.Held meeting, Path data, LocalDateTime night)
      throws IOException {
    Unit office =
        county.units().stream().filter(u -> u.type() == UnitType.OFFICE).findFirst().get();
    Unit township =
        county.units().stream().filter(u -> u.type() == UnitType.TOWNSHIP).findFirst().get();
    Unit department =
        county.units().stream().filter(u -> u.type() == UnitType.DEPARTMENT).findFirst().get();
    String on = meeting.on().toString();
    List<List<String>> rows =
        List.of(
            List.of(
                meeting.number() + "-1",
                on,
                township.name(),
                "配齐乡镇执法记录仪",
                meeting.on().plusMonths(2).toString(),
                "未启动",
                ""),
            List.of(
                meeting.number() + "-2",
                on,
                department.name(),
                "统一案件移送文书格式",
                meeting.on().plusMonths(1).toString(),
                "未启动",
                ""));
    Path folder = Files.createDirectories(data.resolve("inbox").resolve(office.code()));
    Path file = folder.resolve(Minutes.fileNames(meeting.number()).get(2));
    TableWorkbook.write(
        List.of(new Table(RecordType.RESOLUTION.sheet(), MinutesDraft.resolutionHeaders(), rows)),
        file);
    Files.setLastModifiedTime(
        file, FileTime.from(night.plusMinutes(10).atZone(ZoneId.systemDefault()).toInstant()));
  }

  /**
   * An office account and a township liaison's, to open the console on the demo's data; made again
   * (a new one-time password) when the demo runs again in the same folder.
   */
  private static List<AccountAdmin.Made> consoleAccounts(
      LianxiRuntime runtime, CountyConfig county) {
    AccountAdmin admin = new AccountAdmin(runtime.database().dataSource(), "demo");
    Unit office =
        county.units().stream().filter(u -> u.type() == UnitType.OFFICE).findFirst().get();
    Unit township =
        county.units().stream().filter(u -> u.type() == UnitType.TOWNSHIP).findFirst().get();
    List<AccountAdmin.Made> made = new ArrayList<>();
    for (var account :
        List.of(
            java.util.Map.entry("demo-office", java.util.Map.entry(office, Role.OFFICE)),
            java.util.Map.entry(
                "demo-" + township.code().toLowerCase(java.util.Locale.ROOT),
                java.util.Map.entry(township, Role.UNIT)))) {
      String name = account.getKey();
      var existing = admin.list().stream().filter(a -> a.name().equals(name)).findFirst();
      made.add(
          existing.isPresent()
              ? new AccountAdmin.Made(existing.get(), admin.reset(name).orElseThrow())
              : admin.add(name, account.getValue().getKey().code(), account.getValue().getValue()));
    }
    return made;
  }

  /** What the meeting's cycle did, as the summary says it. */
  private static List<String> cycle(LianxiRuntime runtime, Meetings.Held planned) {
    Meetings meetings = new Meetings(runtime.database().dataSource());
    Meetings.Held held = meetings.find(planned.number()).orElseThrow();
    var topics = meetings.topics(held.number(), planned.topicsDue().orElseThrow());
    int resolutions = meetings.resolutions(held.on());
    return List.of(
        "routine meeting "
            + held.number()
            + " on "
            + held.on()
            + ": scheduled ahead, the call for topics sent "
            + held.calledOn().map(LocalDate::toString).orElse("(not sent)")
            + " to every member unit",
        topics.size()
            + " topics received ("
            + topics.stream().filter(Meetings.ProposedTopic::late).count()
            + " late, marked), the briefing printed on the topics deadline "
            + held.topicsDue().orElseThrow()
            + ", the minutes draft the night after",
        resolutions
            + " resolutions loaded from the office's filled table, chased from their units");
  }

  private static Path sftpRootOf(LianxiRuntime runtime) {
    return runtime.data().getParent().resolve("sftp").resolve("sftp-root");
  }

  /** What the ledger holds so far. */
  static FileResults.Totals counts(LianxiRuntime runtime) {
    return new FileResults(runtime.database().dataSource()).totals();
  }

  /** Where each unit's file goes: its SFTP inbox, a mail from its address, or the drop folder. */
  private static final class Placement {
    private final CountyConfig county;
    private final LocalSftpServer sftp;
    private final LocalMailServer mail;
    private final Path data;
    private int placed;
    int duplicates;

    Placement(CountyConfig county, LocalSftpServer sftp, LocalMailServer mail, Path data) {
      this.county = county;
      this.sftp = sftp;
      this.mail = mail;
      this.data = data;
    }

    void place(GeneratedFile file) throws Exception {
      Unit unit = county.unit(file.unit()).orElseThrow();
      int index = county.units().indexOf(unit);
      placed++;
      if (placed % 7 == 0) {
        drop(unit, file);
      } else if (index % 3 == 1 || unit.sftpFolder().isEmpty()) {
        mail(unit.emails().get(0), file.name(), file.content());
      } else {
        upload(unit, file);
        if (placed == 3) {
          // The same file uploaded and mailed: loaded once, the second copy answered as 重复.
          mail(unit.emails().get(0), file.name(), file.content());
          duplicates++;
        }
      }
      duplicates += file.duplicate() ? 1 : 0;
      if (placed == 20 && unit.sftpFolder().isPresent()) {
        // A file cut off in transit: rejected as a whole, with the reason in its receipt.
        byte[] half = java.util.Arrays.copyOf(file.content(), file.content().length / 2);
        upload(unit, file.name().replace(".xlsx", "_补报.xlsx"), half, file.arrival());
      }
    }

    private void upload(Unit unit, GeneratedFile file) throws IOException {
      upload(unit, file.name(), file.content(), file.arrival());
    }

    private void upload(Unit unit, String name, byte[] content, LocalDateTime arrival)
        throws IOException {
      arrive(sftp.folder(unit.sftpFolder().get(), "inbox").resolve(name), content, arrival);
    }

    /** A file as the unit left it: its bytes, dated when it arrived. */
    private static void arrive(Path target, byte[] content, LocalDateTime arrival)
        throws IOException {
      Files.write(target, content);
      Files.setLastModifiedTime(
          target, FileTime.from(arrival.atZone(ZoneId.systemDefault()).toInstant()));
    }

    private void drop(Unit unit, GeneratedFile file) throws IOException {
      Path folder = Files.createDirectories(data.resolve("inbox").resolve(unit.code()));
      arrive(folder.resolve(file.name()), file.content(), file.arrival());
    }

    void strangerMail() throws Exception {
      mail("someone@unknown.example", "报送表.xlsx", "不是成员单位的文件".getBytes(StandardCharsets.UTF_8));
    }

    private void mail(String from, String name, byte[] content) throws Exception {
      MimeMessage message = new MimeMessage(mail.session());
      message.setFrom(new InternetAddress(from));
      message.setRecipients(Message.RecipientType.TO, DemoCounty.MAILBOX);
      message.setSubject("信息共享报送：" + name, "UTF-8");
      MimeMultipart parts = new MimeMultipart();
      MimeBodyPart text = new MimeBodyPart();
      text.setText("请查收本周信息共享报送表。", "UTF-8");
      parts.addBodyPart(text);
      MimeBodyPart attachment = new MimeBodyPart();
      attachment.setDataHandler(
          new DataHandler(new ByteArrayDataSource(content, "application/octet-stream")));
      attachment.setFileName(MimeUtility.encodeText(name, "UTF-8", "B"));
      parts.addBodyPart(attachment);
      message.setContent(parts);
      mail.send(message);
    }
  }
}
