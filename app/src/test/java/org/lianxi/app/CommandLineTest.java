package org.lianxi.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lianxi.ledger.db.EmbeddedMariaDb;
import org.lianxi.ledger.standard.RecordType;

/**
 * The command line, run in this JVM against the embedded database of a fresh data folder. The test
 * holds each folder's server for the whole class, so every command joins it (as commands started
 * beside {@code serve} do) instead of starting and stopping a server of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommandLineTest {

  private Path work;
  private final List<EmbeddedMariaDb> held = new ArrayList<>();

  @BeforeAll
  void freshFolder() throws Exception {
    work = Files.createDirectories(Path.of("target", "cli-test").toAbsolutePath());
    try (var files = Files.walk(work)) {
      files
          .sorted(java.util.Comparator.reverseOrder())
          .filter(p -> !p.equals(work))
          .forEach(p -> p.toFile().delete());
    }
    held("data");
  }

  @AfterAll
  void leaveTheServers() {
    held.forEach(EmbeddedMariaDb::close);
  }

  /** A data folder whose embedded server this test holds until the class is done. */
  private String held(String folder) {
    Path data = work.resolve(folder);
    held.add(EmbeddedMariaDb.start(data.resolve("db")));
    return data.toString();
  }

  private static CommandRun run(String... args) {
    return CommandRun.of(args);
  }

  private String data() {
    return work.resolve("data").toString();
  }

  @Test
  void helpListsEveryCommand() {
    CommandRun help = run("--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out())
        .contains(
            "demo",
            "serve",
            "collect",
            "ingest",
            "reconcile",
            "briefing",
            "assessment",
            "accountability",
            "ledger",
            "template",
            "calendar",
            "status",
            "--config",
            "--data",
            "--db");
  }

  @Test
  void statusShowsTheConfiguredUnitsAndCalendarImportAddsAYear() throws Exception {
    CommandRun status = run("--data", data(), "status");
    assertThat(status.exit()).as(status.err()).isZero();
    assertThat(status.out())
        .contains("古县 - profile guxian - embedded MariaDB 11.4.5")
        .contains("D02   古县市场监督管理局")
        .contains("T07   古县南垣乡人民政府")
        .contains("never");
    assertThat(status.out().lines().filter(l -> l.matches("^[A-Z]\\d\\d .*"))).hasSize(19);

    Path year = work.resolve("2027.json");
    Files.writeString(
        year,
        "{\"year\": 2027, \"days\": [{\"name\": \"元旦\", \"date\": \"2027-01-01\", \"isOffDay\": true}]}");
    CommandRun added = run("--data", data(), "calendar", "import", year.toString());
    assertThat(added.exit()).as(added.err()).isZero();
    assertThat(added.out())
        .contains("Added the calendar of 2027: 1 holidays, 0 make-up working days");
    CommandRun replaced = run("--data", data(), "calendar", "import", year.toString());
    assertThat(replaced.out()).contains("Replaced the calendar of 2027");
  }

  @Test
  void aBadCountyConfigurationExitsWithTwoNamingTheLineAndChangesNothing() throws Exception {
    Path bad = work.resolve("bad-county.yaml");
    Files.writeString(bad, "county:\n  name: 古县\n  profile: guxian\n  overides: {}\nunits: []\n");
    Path untouched = work.resolve("untouched");
    CommandRun run = run("--config", bad.toString(), "--data", untouched.toString(), "status");
    assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("line 4", "unknown key 'overides'");
    assertThat(untouched).doesNotExist();
  }

  @Test
  void aMalformedCalendarFileExitsWithTwo() throws Exception {
    Path bad = work.resolve("bad.json");
    Files.writeString(bad, "{\"year\": \"soon\"}");
    CommandRun run =
        run("--data", work.resolve("untouched2").toString(), "calendar", "import", bad.toString());
    assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("bad.json needs a numeric \"year\"");
  }

  @Test
  void badCommandLinesExitWithTwo() {
    assertThat(run("--bogus", "status").exit()).isEqualTo(ExitCode.USAGE);
    assertThat(run("--db", "jdbc:postgresql://localhost/x", "status").exit())
        .isEqualTo(ExitCode.USAGE);
    // Report options are checked before anything is opened or changed.
    CommandRun year = run("briefing", "--half", "2026");
    assertThat(year.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(year.err()).contains("--half 2026: write the half year as 2026H1 or 2026H2");
    CommandRun format = run("briefing", "--half", "2026H1", "--format", "pdf,ppt");
    assertThat(format.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(format.err()).contains("--format pdf,ppt: choose from [pdf, docx, xlsx]");
    assertThat(run("assessment", "--year", "2026H1").exit()).isEqualTo(ExitCode.USAGE);
    CommandRun neither = run("accountability");
    assertThat(neither.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(neither.err()).contains("give the period: --half 2026H1 or --year 2026");
    assertThat(run("accountability", "--half", "2026H1", "--year", "2026").exit())
        .isEqualTo(ExitCode.USAGE);
    assertThat(run("accountability", "--year", "2026H1").exit()).isEqualTo(ExitCode.USAGE);
    assertThat(run("accountability", "--half", "2026H1", "--format", "docx").exit())
        .isEqualTo(ExitCode.USAGE);
    assertThat(run("period", "reopen", "2026").exit()).isEqualTo(ExitCode.USAGE); // no --reason
    assertThat(run("demo", "--units", "2").exit()).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void theAccountabilityListNamesAReferralSentLateAndItsReceiptOverdueWithWhereTheyCameFrom()
      throws Exception {
    String data = held("accountability");
    Path csv = work.resolve("案件移送_20260320.csv");
    // Found Mon 2 Mar, due in 3 working days (Thu 5 Mar), sent Mon 9 Mar: 2 working days late.
    // 岳阳镇 never reports receiving it: due Mon 16 Mar, overdue on 30 June.
    Files.writeString(
        csv,
        "移送文号,移送方向,移送单位,接收单位,当事人,违法事项,发现日期,移送时间\n"
            + "古市监移〔2026〕30号,移出,县市场监管局,岳阳镇,某商店,无照经营（店主电话13912345678）,2026/3/2,2026-03-09 10:00\n");
    assertThat(
            run(
                    "--data",
                    data,
                    "ingest",
                    "--from",
                    "D02",
                    "--received",
                    "2026-03-20T09:00",
                    csv.toString())
                .exit())
        .isZero();
    Path out = work.resolve("问责");
    CommandRun list =
        run(
            "--data",
            data,
            "accountability",
            "--half",
            "2026H1",
            "--as-of",
            "2026-06-30",
            "--out",
            out.toString());
    assertThat(list.exit()).as(list.err()).isZero();
    assertThat(list.out())
        .contains(
            "Accountability list 2026H1 (as of 2026-06-30): 2 duties late beyond the thresholds, 0"
                + " units late repeatedly on one rule",
            out.resolve("问责线索清单_2026H1.pdf").toString(),
            out.resolve("问责线索清单_2026H1.xlsx").toString());
    String text;
    try (var document =
        org.apache.pdfbox.Loader.loadPDF(out.resolve("问责线索清单_2026H1.pdf").toFile())) {
      text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", "");
    }
    assertThat(text)
        .contains(
            "古县市场监督管理局",
            "古市监移〔2026〕30号",
            "超时办结2个工作日",
            "逾期未办",
            "案件移送_20260320.csv案件移送第2行",
            "店主电话139****5678")
        .doesNotContain("13912345678");
  }

  @Test
  void theTemplateReadsBackAsAZeroReportAndABadRowGivesExitOneAndAReceipt() throws Exception {
    Path template = work.resolve("模板.xlsx");
    assertThat(run("template", "--out", template.toString()).exit()).isZero();

    CommandRun zero =
        run(
            "--data",
            data(),
            "ingest",
            "--from",
            "岳阳镇",
            "--received",
            "2026-03-20T09:00",
            template.toString());
    assertThat(zero.exit()).as(zero.err()).isZero();
    assertThat(zero.out())
        .contains("模板.xlsx: 0 rows accepted, 0 rejected (zero report)", "ignored sheets: 填表说明");

    Path csv = work.resolve("案件移送_20260320.csv");
    Files.writeString(
        csv,
        "移送文号,移送方向,移送单位,接收单位,当事人,违法事项,发现日期,移送时间\n"
            + "古市监移〔2026〕12号,移入,县市场监管局,岳阳镇,某商店,无照经营,2026/3/2,2026-03-04 14:30\n"
            + "古市监移〔2026〕13号,移入,县市场监管局,北平镇,某公司,超范围经营,2026/3/5,2026-03-06 09:15\n");
    CommandRun bad =
        run(
            "--data",
            data(),
            "ingest",
            "--from",
            "T01",
            "--received",
            "2026-03-20T09:00",
            csv.toString());
    assertThat(bad.exit()).isEqualTo(ExitCode.ATTENTION);
    assertThat(bad.out())
        .contains("1 rows accepted, 1 rejected", "案件移送 row 3 接收单位: 不能代其他单位报送：移入的案件，接收单位应为本单位");
    Path receipt =
        Path.of(
            bad.out()
                .lines()
                .filter(l -> l.contains("receipt: "))
                .findFirst()
                .orElseThrow()
                .split("receipt: ")[1]);
    assertThat(receipt.getParent()).endsWith(Path.of("out", "T01"));
    try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(receipt.toFile())) {
      var details = workbook.getSheet("问题明细");
      assertThat(details.getRow(1).getCell(0).getStringCellValue()).isEqualTo("案件移送");
      assertThat(details.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(3);
      assertThat(details.getRow(1).getCell(2).getStringCellValue()).isEqualTo("接收单位");
      assertThat(workbook.getSheet("回执").getRow(7).getCell(1).getStringCellValue())
          .isEqualTo("已接收，部分行未通过校验（见问题明细），其余各行已导入");
    }
    CommandRun reconcile = run("--data", data(), "reconcile", "--as-of", "2026-03-31");
    assertThat(reconcile.exit()).as(reconcile.err()).isZero();
    assertThat(reconcile.out())
        .contains("1 two-sided records, 1 one-sided", "19 chase lists and 1 shared digests");
    Path digest = Path.of(data(), "out", "D02", "共享信息_2026-03-31_1.xlsx");
    try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(digest.toFile())) {
      var referrals = workbook.getSheet("案件移送");
      assertThat(referrals.getRow(1).getCell(0).getStringCellValue()).isEqualTo("古市监移〔2026〕12号");
      assertThat(referrals.getRow(1).getCell(1).getStringCellValue()).isEqualTo("移入");
      // After the standard's columns, the digest names the unit that reported the row.
      int reporter = RecordType.REFERRAL.columns().size();
      assertThat(referrals.getRow(0).getCell(reporter).getStringCellValue()).isEqualTo("报送单位");
      assertThat(referrals.getRow(1).getCell(reporter).getStringCellValue()).isEqualTo("古县岳阳镇人民政府");
    }
    assertThat(Path.of(data(), "out", "T01", "催办单_2026-03-31.xlsx")).isRegularFile();
    CommandRun again = run("--data", data(), "reconcile", "--as-of", "2026-03-31");
    assertThat(again.out()).contains("19 chase lists and 0 shared digests");

    CommandRun unknownUnit = run("--data", data(), "ingest", "--from", "县教育局", csv.toString());
    assertThat(unknownUnit.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(unknownUnit.err()).contains("--from 县教育局: no such unit");
  }

  @Test
  void aDatabaseThatDoesNotAnswerIsNamedAsSuchWithExitThree() throws Exception {
    int closed;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    CommandRun run =
        run(
            "--db",
            "jdbc:mysql://127.0.0.1:" + closed + "/lianxi",
            "--data",
            work.resolve("data-no-db").toString(),
            "status");
    assertThat(run.exit()).isEqualTo(ExitCode.FAILURE);
    assertThat(run.err())
        .contains("lianxi: failed: the database does not answer")
        .doesNotContain("SELECT");
  }

  @Test
  void collectExitsWithThreeNamingTheChannelItCouldNotPoll() throws Exception {
    int closed;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      closed = socket.getLocalPort(); // nothing listens there once the socket is closed
    }
    Path key = Files.writeString(work.resolve("id_unused"), "no server answers to use it");
    Path known = Files.writeString(work.resolve("known_hosts_unused"), "");
    Path county = work.resolve("unreachable.yaml");
    Files.writeString(
        county,
        """
        county: {name: 古县, profile: guxian}
        units:
          - {code: T01, name: 古县岳阳镇人民政府, type: TOWNSHIP, sftp-folder: t01}
          - {code: D02, name: 古县市场监督管理局, type: DEPARTMENT}
        channels:
          sftp: {host: 127.0.0.1, port: %d, user: lianxi, private-key: %s, known-hosts: %s}
        """
            .formatted(closed, key, known));
    CommandRun run =
        run(
            "--config",
            county.toString(),
            "--data",
            work.resolve("data-unreachable").toString(),
            "collect");
    assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.FAILURE);
    assertThat(run.out()).contains("Collected 0 files");
    assertThat(run.err()).contains("lianxi: could not poll the sftp inbox of T01: ");
  }

  @Test
  void aBacklogOfCorrectionsInTheDropFolderLeavesTheLastOneCurrent() throws Exception {
    String own = held("backlog-data");
    Path drop = Files.createDirectories(Path.of(own, "inbox", "D02"));
    java.time.Instant monday = java.time.Instant.parse("2026-03-09T00:30:00Z");
    int corrections = 20;
    for (int i = 1; i <= corrections; i++) {
      // Names sort against the order written: 更正20 was written first, 更正01 last.
      Path file = drop.resolve(String.format("referral-更正%02d.csv", corrections + 1 - i));
      Files.writeString(
          file,
          "移送文号,移送方向,移送单位,接收单位,当事人,违法事项,发现日期,移送时间\n"
              + "古市监移[2026]77号,移出,县市场监管局,岳阳镇,第"
              + i
              + "次更正的商店,无照经营（店主电话13912345678）,2026-03-02,2026-03-04 10:00\n");
      Files.setLastModifiedTime(
          file, java.nio.file.attribute.FileTime.from(monday.plusSeconds(60L * i)));
    }
    CommandRun collect = run("--data", own, "collect");
    assertThat(collect.exit()).as(collect.err()).isZero();
    assertThat(collect.out()).contains("Collected " + corrections + " files");

    Path export = work.resolve("backlog.xlsx");
    CommandRun exported =
        run("--data", own, "ledger", "export", "--type", "referral", "--out", export.toString());
    assertThat(exported.exit()).as(exported.err()).isZero();
    try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(export.toFile())) {
      var sheet = workbook.getSheetAt(0);
      var header = sheet.getRow(0);
      int party = -1;
      int version = -1;
      for (int c = 0; c < header.getLastCellNum(); c++) {
        String name = header.getCell(c).getStringCellValue();
        party = name.equals("当事人") ? c : party;
        version = name.equals("版本") ? c : version;
      }
      assertThat(sheet.getLastRowNum()).as("one record, one side").isEqualTo(1);
      assertThat(sheet.getRow(1).getCell(party).toString()).isEqualTo("第20次更正的商店");
      assertThat(sheet.getRow(1).getCell(version).toString()).startsWith("20");
      assertThat(cellUnder(sheet, "违法事项")).isEqualTo("无照经营（店主电话139****5678）");
    }
    // The office's own copy, asked for on purpose: in full, and logged.
    Path full = work.resolve("backlog-unmasked.xlsx");
    CommandRun unmasked =
        run(
            "--data",
            own,
            "ledger",
            "export",
            "--type",
            "referral",
            "--unmasked",
            "--out",
            full.toString());
    assertThat(unmasked.exit()).as(unmasked.err()).isZero();
    assertThat(unmasked.out() + unmasked.err()) // the log's console is the test's
        .contains("Ledger export with personal data unmasked to " + full);
    try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(full.toFile())) {
      assertThat(cellUnder(workbook.getSheetAt(0), "违法事项")).isEqualTo("无照经营（店主电话13912345678）");
    }
  }

  /** The first data row's cell under a header. */
  private static String cellUnder(org.apache.poi.ss.usermodel.Sheet sheet, String header) {
    var headers = sheet.getRow(0);
    for (int c = 0; c < headers.getLastCellNum(); c++) {
      if (header.equals(headers.getCell(c).getStringCellValue())) {
        return sheet.getRow(1).getCell(c).toString();
      }
    }
    throw new AssertionError("no column " + header);
  }

  @Test
  void collectTakesTheDropFolderAsTheUnitsSubmissions() throws Exception {
    String own = held("collect-data"); // its notice is shared with everyone
    Path drop = Files.createDirectories(Path.of(own, "inbox", "D05"));
    Files.writeString(
        drop.resolve("信息通报_0320.csv"), "通报编号,类别,标题,形成日期,共享对象\nWL-1,行政许可,文旅行业许可名单,2026-03-02,全体\n");
    CommandRun collect = run("--data", own, "collect");
    assertThat(collect.exit()).as(collect.err()).isZero();
    assertThat(collect.out()).contains("Collected 1 files");
    assertThat(drop.resolve(".done").resolve("信息通报_0320.csv")).isRegularFile();
    try (var files = Files.list(Path.of(own, "out", "D05"))) {
      assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("回执_"));
    }
  }

  @Test
  void theOfficeSchedulesAMeetingAndIsToldItsDeadlinesWorkedFromTheCalendar() throws Exception {
    String data = held("meeting-data");
    // Mon 12 Oct 2026, after the National Day week (guxian: the call 5 working days before). Back
    // from it: the make-up Sat 10 (1), Fri 9 (2), Thu 8 (3), 1-7 Oct off, Wed 30 Sep (4), Tue 29
    // Sep (5); topics 2 working days before: Sat 10 (1), Fri 9 Oct (2). The call is long past.
    CommandRun routine = run("--data", data, "meeting", "schedule", "--date", "2026-10-12");
    assertThat(routine.exit()).as(routine.err()).isEqualTo(ExitCode.ATTENTION);
    assertThat(routine.out())
        .contains("Scheduled the routine meeting LX-2026-2 on 2026-10-12")
        .contains("call for topics due 2026-09-29 (meeting.topics-call: 5wd before)")
        .contains("topics due 2026-10-09")
        .contains("The call for topics is late: it was due 2026-09-29");
    // A special meeting owes no call; topics 2 working days before Mon 21 Dec: Thu 17 Dec.
    CommandRun special =
        run("--data", data, "meeting", "schedule", "--date", "2026-12-21", "--type", "专题");
    assertThat(special.exit()).as(special.err()).isZero();
    assertThat(special.out())
        .contains("Scheduled the special meeting ZT-20261221 on 2026-12-21")
        .contains("no call for topics is due (a special meeting)")
        .contains("topics due 2026-12-17");
    // The same number again is the same record: it moves to Tue 13 Oct (call due Wed 30 Sep,
    // topics Mon 12 (1), the make-up Sat 10 Oct (2)).
    run("--data", data, "meeting", "schedule", "--date", "2026-10-13", "--number", "LX-2026-2");
    CommandRun list = run("--data", data, "meeting", "list");
    assertThat(list.exit()).as(list.err()).isZero();
    assertThat(list.out().lines().skip(1).map(l -> l.replaceAll(" +", " ")))
        .containsExactly(
            "LX-2026-2 routine 2026-10-13 2026-09-30 - 2026-10-10 0",
            "ZT-20261221 special 2026-12-21 - - 2026-12-17 0");

    // A routine meeting still to come: the next exchange sends every member unit the call, with a
    // blank 会议议题 sheet, and records the day it went on the meeting. (2030 has no calendar yet:
    // Monday to Friday, provisional.) Meetings already past get no call.
    CommandRun future = run("--data", data, "meeting", "schedule", "--date", "2030-01-14");
    assertThat(future.out()).contains("The next exchange sends the call to every member unit.");
    CommandRun exchange = run("--data", data, "reconcile");
    assertThat(exchange.exit()).as(exchange.err()).isIn(ExitCode.OK, ExitCode.ATTENTION);
    Path out = Path.of(data, "out");
    try (var calls = Files.walk(out)) {
      assertThat(calls.filter(p -> p.getFileName().toString().startsWith("议题征集通知_")))
          .hasSize(18) // every unit of the example county but the office
          .allMatch(p -> p.getFileName().toString().equals("议题征集通知_LX-2030-1.xlsx"));
    }
    try (var workbook =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(
            out.resolve("T01").resolve("议题征集通知_LX-2030-1.xlsx").toFile())) {
      assertThat(workbook.getSheet("征集通知").getRow(1).getCell(0).getStringCellValue())
          .isEqualTo("定于2030年1月14日召开联席会议例行会议（会议编号LX-2030-1），现征集会议议题。");
      assertThat(workbook.getSheet("会议议题").getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("议题编号");
    }
    assertThat(
            run("--data", data, "meeting", "list").out().lines().map(l -> l.replaceAll(" +", " ")))
        .contains(
            "LX-2030-1 routine 2030-01-14 2030-01-07 "
                + java.time.LocalDate.now()
                + " 2030-01-10 0");
    // The call went in time, so the office owes nothing for LX-2030-1; LX-2026-2's call, never
    // sent, is overdue in its chase list.
    assertThat(chaseRows(out.resolve("O01").resolve("催办单_" + java.time.LocalDate.now() + ".xlsx")))
        .noneMatch(r -> r.startsWith("征集会议议题|LX-2030-1|"))
        .anyMatch(r -> r.startsWith("征集会议议题|LX-2026-2|"));
    // Sent once: a second exchange sends nothing again.
    run("--data", data, "reconcile");
    try (var calls = Files.walk(out)) {
      assertThat(calls.filter(p -> p.getFileName().toString().startsWith("议题征集通知_"))).hasSize(18);
    }
  }

  @Test
  void theMeetingCycleFromAMissedCallToTheResolutionsOfTheMinutes() throws Exception {
    String data = held("cycle-data");
    Path in = Files.createDirectories(work.resolve("cycle-files"));
    // A township's first file in March: the ledger starts in 2026H1.
    Path notice = in.resolve("信息通报_0302.csv");
    Files.writeString(notice, "通报编号,类别,标题,形成日期,共享对象\nCY-1,行政许可,许可名单,2026-03-02,全体\n");
    ingest(data, "T01", "2026-03-02T10:00", notice);
    // As of Mon 3 Aug no routine meeting is dated in 2026H1 (guxian 第六条: every half year): the
    // office's chase list says so, overdue by July's 23 working days and Mon 3 Aug; 2026H2 is due
    // by its last day.
    run("--data", data, "reconcile", "--as-of", "2026-08-03");
    Path officeOut = Path.of(data, "out", "O01");
    assertThat(chaseRows(officeOut.resolve("催办单_2026-08-03.xlsx")))
        .contains("召开联席会议例行会议（每半年一次）|2026年上半年|24个工作日", "召开联席会议例行会议（每半年一次）|2026年下半年|");

    // The half year's briefing says so too, citing the clause.
    Path briefings = Files.createDirectories(work.resolve("cycle-briefing"));
    run(
        "--data",
        data,
        "briefing",
        "--half",
        "2026H1",
        "--format",
        "pdf",
        "--out",
        briefings.toString());
    try (var pdf = org.apache.pdfbox.Loader.loadPDF(briefings.resolve("简报_2026H1.pdf").toFile())) {
      assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", ""))
          .contains("本半年度账内没有例行会议（联席会议制度第六条：“例行会议每半年召开一次”），请联席会议办公室安排。");
    }

    // The office records the half's meeting itself, for Mon 29 Jun, and never called for topics:
    // due 5 working days before, Mon 22 Jun (the Dragon Boat days 19-21 Jun lie before it).
    Path meeting = in.resolve("联席会议_0601.csv");
    Files.writeString(meeting, "会议编号,会议类型,会议日期,召集人\nLX-2026-1,例行,2026-06-29,县政府分管副县长\n");
    ingest(data, "O01", "2026-06-01T09:00", meeting);
    // Topics are due 2 working days before, Thu 25 Jun: one arrives on the 24th, one on the 26th.
    Path early = in.resolve("会议议题_0624.csv");
    Files.writeString(
        early, "议题编号,会议编号,提出单位,议题名称,提交日期\nYT-1,LX-2026-1,岳阳镇,乡镇执法装备配备不足,2026-06-24\n");
    ingest(data, "T01", "2026-06-24T09:00", early);
    Path late = in.resolve("会议议题_0626.csv");
    Files.writeString(late, "议题编号,会议编号,提出单位,议题名称,提交日期\nYT-7,LX-2026-1,北平镇,移送案件材料不全问题,2026-06-26\n");
    ingest(data, "T02", "2026-06-26T16:00", late);

    // The call, never sent, is overdue as of Tue 4 Aug: 23-30 Jun (6), July (23), 3-4 Aug (2).
    run("--data", data, "reconcile", "--as-of", "2026-08-04");
    assertThat(chaseRows(officeOut.resolve("催办单_2026-08-04.xlsx")))
        .contains("征集会议议题|LX-2026-1|31个工作日")
        .noneMatch(r -> r.contains("2026年上半年"))
        .contains("召开联席会议例行会议（每半年一次）|2026年下半年|");
    CommandRun list = run("--data", data, "meeting", "list");
    assertThat(list.out().lines().map(l -> l.replaceAll(" +", " ")))
        .contains(
            "LX-2026-1 routine 2026-06-29 2026-06-22 - 2026-06-25 2",
            "YT-1 古县岳阳镇人民政府 乡镇执法装备配备不足 2026-06-24 2026-06-24 -",
            "YT-7 古县北平镇人民政府 移送案件材料不全问题 2026-06-26 2026-06-26 LATE -");

    // The minutes draft: every part, the late topic marked, the resolutions table blank.
    Path drafts = Files.createDirectories(work.resolve("cycle-minutes"));
    CommandRun minutes =
        run("--data", data, "meeting", "minutes", "LX-2026-1", "--out", drafts.toString());
    assertThat(minutes.exit()).as(minutes.err()).isZero();
    try (var doc =
        new org.apache.poi.xwpf.usermodel.XWPFDocument(
            Files.newInputStream(drafts.resolve("会议纪要（草稿）_LX-2026-1.docx")))) {
      String text =
          doc.getParagraphs().stream()
              .map(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText)
              .collect(java.util.stream.Collectors.joining("\n"));
      assertThat(text)
          .contains("古县综合行政执法联席会议纪要（草稿）")
          .contains("会议编号：LX-2026-1　会议类型：例行会议　会议日期：2026年6月29日　召集人：县政府分管副县长")
          .contains("一、参会成员单位", "古县岳阳镇人民政府、古县北平镇人民政府", "古县司法局")
          .contains("二、会议议题", "各成员单位报送议题2项（其中逾期报送1项，已标注），审定情况：待审定2项。")
          .contains("三、工作简报主要数据", "2026年上半年，各成员单位共移送案件0件")
          .contains("四、以往会议议定事项落实情况", "账内没有以往会议的议定事项。")
          .contains("五、会议议定事项", "《议定事项_LX-2026-1.xlsx》");
      var tables = org.lianxi.reports.meeting.MinutesDocument.tables(doc);
      assertThat(tables.get(0).rows())
          .containsExactly(
              List.of("YT-1", "古县岳阳镇人民政府", "乡镇执法装备配备不足", "", "待审定", "2026年6月24日"),
              List.of("YT-7", "古县北平镇人民政府", "移送案件材料不全问题", "", "待审定", "2026年6月26日（逾期）"));
      assertThat(tables.get(1).headers())
          .containsExactly("事项编号", "会议日期", "承办单位", "事项内容", "办理时限", "办理情况", "办结日期");
      assertThat(tables.get(1).rows()).hasSize(5).allMatch(r -> r.get(1).equals("2026-06-29"));
    }
    assertThat(drafts.resolve("会议纪要（草稿）_LX-2026-1.pdf")).isNotEmptyFile();

    // The office fills the workbook and sends it back: its rows are the meeting's resolutions,
    // chased from their 承办单位 (due Fri 31 Jul: overdue as of Tue 4 Aug by Mon 3 and Tue 4).
    Path filled = drafts.resolve("议定事项_LX-2026-1.xlsx");
    try (var workbook =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(filled))) {
      var sheet = workbook.getSheet("议定事项");
      var row = sheet.createRow(1);
      String[] cells = {"YD-2026-1", "2026-06-29", "岳阳镇", "配齐乡镇执法记录仪", "2026-07-31", "办理中", ""};
      for (int c = 0; c < cells.length; c++) {
        row.createCell(c).setCellValue(cells[c]);
      }
      try (var os = Files.newOutputStream(in.resolve("议定事项_LX-2026-1.xlsx"))) {
        workbook.write(os);
      }
    }
    CommandRun back = ingest(data, "O01", "2026-07-01T10:00", in.resolve("议定事项_LX-2026-1.xlsx"));
    assertThat(back.exit()).as(back.out() + back.err()).isZero();
    run("--data", data, "reconcile", "--as-of", "2026-08-04");
    assertThat(chaseRows(Path.of(data, "out", "T01").resolve("催办单_2026-08-04.xlsx")))
        .contains("办结议定事项|YD-2026-1|2个工作日");
  }

  /** Takes a file in as a unit's, received when it says. */
  private CommandRun ingest(String data, String unit, String received, Path file) {
    return run("--data", data, "ingest", "--from", unit, "--received", received, file.toString());
  }

  /** A chase list's duties (from its fifth row): 应办事项, 文号/编号 and 超期, joined by bars. */
  private static List<String> chaseRows(Path chaseList) throws Exception {
    try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(chaseList.toFile())) {
      var sheet = workbook.getSheet("催办单");
      assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("应办事项");
      List<String> rows = new java.util.ArrayList<>();
      for (int r = 4; r <= sheet.getLastRowNum(); r++) {
        var row = sheet.getRow(r);
        rows.add(row.getCell(1) + "|" + row.getCell(2) + "|" + row.getCell(7));
      }
      return rows;
    }
  }
}
