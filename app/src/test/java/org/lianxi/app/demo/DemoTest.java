package org.lianxi.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lianxi.app.GlobalOptions;
import org.lianxi.app.Lianxi;
import org.lianxi.app.LianxiRuntime;
import org.lianxi.ledger.county.CountyConfig;
import org.lianxi.ledger.reconcile.JudgedLedger;
import org.lianxi.reports.assessment.AssessmentCalculator;
import org.lianxi.reports.briefing.Briefing;
import org.lianxi.reports.briefing.BriefingBuilder;
import org.lianxi.reports.period.ReportPeriod;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo path on a small county (4 units, 6 weeks), run twice in the same folder through the
 * command line; then every figure the reports print is compared with the ledger, and every file
 * lianxi produced is scanned for personal data printed in full.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoTest {

  private static final Pattern PHONE = Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");

  /** A file's SHA-256 as receipts print it: its hex digits can run like a phone number. */
  private static final Pattern CHECKSUM = Pattern.compile("(?<![0-9a-f])[0-9a-f]{64}(?![0-9a-f])");

  private static final Pattern ID_NUMBER =
      Pattern.compile("(?<![0-9A-Za-z])\\d{17}[0-9Xx](?![0-9A-Za-z])");
  private static final List<String> COMPLAINANTS = List.of("张小明", "李红", "王建国", "赵敏");

  private Path folder;
  private String firstRun;
  private String secondRun;

  private static String run(String... args) {
    PrintStream out = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
      int exit = Lianxi.run(args);
      assertThat(exit).as(bytes.toString(StandardCharsets.UTF_8)).isZero();
      return bytes.toString(StandardCharsets.UTF_8);
    } finally {
      System.setOut(out);
    }
  }

  @BeforeAll
  void runTheDemoTwice() throws Exception {
    folder = Path.of("target", "demo-test").toAbsolutePath();
    if (Files.exists(folder)) {
      try (var files = Files.walk(folder)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    String[] demo = {"demo", "--units", "4", "--weeks", "6", "--out", folder.toString()};
    firstRun = run(demo);
    secondRun = run(demo);
  }

  private Path data() {
    return folder.resolve("data");
  }

  private <T> T withLedger(java.util.function.Function<JdbcClient, T> query) {
    return withRuntime(runtime -> query.apply(JdbcClient.create(runtime.database().dataSource())));
  }

  private <T> T withRuntime(java.util.function.Function<LianxiRuntime, T> work) {
    GlobalOptions options =
        org.lianxi.app.CommandRun.options(data(), Optional.of(folder.resolve("county.yaml")));
    try (LianxiRuntime runtime = LianxiRuntime.open(options)) {
      return work.apply(runtime);
    }
  }

  @Test
  void bothRunsEndWithTheSummaryAndTheOutputsItNames() throws Exception {
    for (String out : List.of(firstRun, secondRun)) {
      assertThat(out).contains("Done.", "files collected", "简报_2026H1.pdf", "考核_2026.xlsx");
      // The console's accounts, made by the first run and given new one-time passwords by the
      // second.
      assertThat(out)
          .containsPattern("\n  办公室 demo-office \\(O01\\): \\S{14}\n")
          .containsPattern("\n  联络员 demo-t01 \\(T01\\): \\S{14}\n")
          .contains("--config " + folder.resolve("console.yaml") + " --data " + data() + " serve");
    }
    // What the console is served with afterwards: the same county, nothing to poll.
    assertThat(Files.readString(folder.resolve("console.yaml")))
        .contains("code: O01", "code: T01")
        .doesNotContain("channels:");
    Path reports = data().resolve("reports");
    for (String name :
        List.of(
            "简报_2026H1.pdf",
            "简报_2026H1.docx",
            "简报附表_2026H1.xlsx",
            "考核_2026.pdf",
            "考核_2026.xlsx",
            "问责线索清单_2026H1.pdf",
            "问责线索清单_2026H1.xlsx")) {
      assertThat(reports.resolve(name)).isNotEmptyFile();
    }
    // The briefing for the routine meeting (the last week's Tuesday), printed on its topics
    // deadline
    // as of that day, as the summary says.
    var deadline =
        java.util.regex.Pattern.compile("the topics deadline (\\d{4})-(\\d{2})-(\\d{2})")
            .matcher(firstRun);
    assertThat(deadline.find()).as(firstRun).isTrue();
    String asOf =
        "数据截至"
            + deadline.group(1)
            + "年"
            + Integer.parseInt(deadline.group(2))
            + "月"
            + Integer.parseInt(deadline.group(3))
            + "日";
    assertThat(pdfText(reports.resolve("简报_2026H1.pdf")))
        .contains("联席会议工作简报", "2026年第1期", "一、总体情况", "七、建议议题", asOf);
    assertThat(pdfText(reports.resolve("会议纪要（草稿）_LX-2026-1.pdf")).replaceAll("\\s+", ""))
        .contains("古县综合行政执法联席会议纪要（草稿）", "各成员单位报送议题3项（其中逾期报送1项，已标注）");
    assertThat(pdfText(reports.resolve("问责线索清单_2026H1.pdf")).replaceAll("\\s+", ""))
        .contains("问责线索清单", "二、超时和逾期事项", "移送案件（3个工作日；紧急：24小时）", "依据：《古县乡镇综合行政执法协调联动机制》三(一)2");
    try (Workbook workbook = WorkbookFactory.create(reports.resolve("考核_2026.xlsx").toFile())) {
      assertThat(header(workbook.getSheet("考核明细")))
          .containsExactly("单位编码", "单位名称", "单位类型", "指标", "分子", "分母", "比率", "权重", "得分");
      assertThat(header(workbook.getSheet("考核汇总")))
          .containsExactly("单位编码", "单位名称", "单位类型", "总分", "排名");
    }
  }

  @Test
  void serveWritesTheReportsOfAPeriodJustEndedOnceEach() {
    List<List<Path>> nights =
        withRuntime(
            runtime -> {
              var reports = runtime.context().getBean(org.lianxi.app.intake.PeriodReports.class);
              return List.of(
                  reports.due(java.time.LocalDate.of(2026, 7, 2)),
                  reports.due(java.time.LocalDate.of(2026, 7, 3)));
            });
    // The demo printed the 2026H1 briefing and list already; the 2025 assessment is due, once.
    assertThat(nights.get(0))
        .extracting(p -> p.getFileName().toString())
        .containsExactly("考核_2025.pdf", "考核_2025.xlsx");
    assertThat(nights.get(1)).isEmpty();
  }

  @Test
  void theSecondRunLoadsNothingTwice() {
    int loaded =
        withLedger(
            jdbc -> jdbc.sql("SELECT COUNT(*) FROM received_file").query(Integer.class).single());
    int distinct =
        withLedger(
            jdbc ->
                jdbc.sql("SELECT COUNT(DISTINCT sender_unit, checksum) FROM received_file")
                    .query(Integer.class)
                    .single());
    assertThat(loaded).isEqualTo(distinct).isPositive();
    int rejected =
        withLedger(
            jdbc ->
                jdbc.sql("SELECT COUNT(*) FROM received_file WHERE status = 'rejected'")
                    .query(Integer.class)
                    .single());
    assertThat(rejected).as("the file cut off in transit").isEqualTo(1);
  }

  @Test
  void theFileSentByBothSftpAndMailIsLoadedOnceAndAnsweredAsADuplicate() throws Exception {
    List<Path> duplicates = new ArrayList<>();
    try (var files = Files.walk(data().resolve("out"))) {
      files.filter(f -> f.getFileName().toString().contains("_重复")).forEach(duplicates::add);
    }
    assertThat(duplicates).isNotEmpty();
    List<String> channels =
        withLedger(
            jdbc ->
                jdbc.sql("SELECT DISTINCT channel FROM received_file ORDER BY channel")
                    .query(String.class)
                    .list());
    assertThat(channels).contains("sftp", "mail", "drop");
  }

  @Test
  void theTimelinessTotalsOfTheBriefingAreTheLedgersJudgements() throws Exception {
    Map<String, Integer> ledger =
        withLedger(
            jdbc -> {
              Map<String, Integer> counts = new HashMap<>();
              jdbc.sql(
                      """
                      SELECT status, COUNT(*) AS n FROM judgement
                      WHERE due_at IS NOT NULL AND status IN ('ON_TIME', 'LATE', 'OVERDUE')
                        AND starts_at >= '2026-01-01' AND starts_at < '2026-07-01'
                      GROUP BY status""")
                  .query((rs, n) -> counts.put(rs.getString("status"), rs.getInt("n")))
                  .list();
              return counts;
            });
    int due = ledger.values().stream().mapToInt(Integer::intValue).sum();
    List<String> total = appendixRow(data().resolve("reports/简报附表_2026H1.xlsx"), "时效情况（分规则）", "合计");
    assertThat(total.subList(1, 5))
        .containsExactly(
            String.valueOf(due),
            String.valueOf(ledger.getOrDefault("ON_TIME", 0)),
            String.valueOf(ledger.getOrDefault("LATE", 0)),
            String.valueOf(ledger.getOrDefault("OVERDUE", 0)));
    assertThat(pdfText(data().resolve("reports/简报_2026H1.pdf")))
        .contains("本期应按时限办理的事项" + due + "项", "按时办理" + ledger.getOrDefault("ON_TIME", 0) + "项");
  }

  @Test
  void theReportsCountTheSameWhateverSizeOfPageTheLedgerIsReadIn() {
    ReportPeriod half = ReportPeriod.parse("2026H1");
    LocalDate asOf = half.end();
    LocalDate issuedOn = LocalDate.of(2026, 7, 3);
    withRuntime(
        runtime -> {
          CountyConfig county = runtime.county();
          DataSource dataSource = runtime.database().dataSource();
          JudgedLedger whole = JudgedLedger.judge(county, dataSource, asOf, Integer.MAX_VALUE);
          JudgedLedger paged = JudgedLedger.judge(county, dataSource, asOf, 3);
          List<JudgedLedger.Page> pages = new ArrayList<>();
          paged.forEachPage(pages::add);
          assertThat(pages)
              .hasSizeGreaterThan(10)
              .allSatisfy(
                  page ->
                      assertThat(page.reports().size() <= 3 || page.records() == 1)
                          .as("three reports a page, unless one record alone has more")
                          .isTrue());

          Briefing briefing = BriefingBuilder.build(county, whole, half, issuedOn);
          assertThat(BriefingBuilder.build(county, paged, half, issuedOn)).isEqualTo(briefing);
          assertThat(briefing.appendix())
              .as("the demo has late items, referrals without receipt and resolutions to list")
              .filteredOn(t -> List.of("超期事项清单", "移送未回执", "议定事项落实情况").contains(t.name()))
              .hasSize(3)
              .allSatisfy(t -> assertThat(t.rows()).isNotEmpty());
          ReportPeriod year = ReportPeriod.year(2026);
          assertThat(AssessmentCalculator.compute(county, paged, year))
              .isEqualTo(AssessmentCalculator.compute(county, whole, year));
          return null;
        });
  }

  @Test
  void theAssessmentFiguresAreTheLedgersAndThePdfPrintsTheSameTotals() throws Exception {
    Map<String, int[]> sends =
        withLedger(
            jdbc -> {
              Map<String, int[]> m = new HashMap<>();
              jdbc.sql(
                      """
                      SELECT owing_unit, SUM(status = 'ON_TIME') AS on_time, COUNT(*) AS due
                      FROM judgement
                      WHERE rule_name = 'referral.send' AND due_at IS NOT NULL
                        AND status IN ('ON_TIME', 'LATE', 'OVERDUE') AND YEAR(starts_at) = 2026
                      GROUP BY owing_unit""")
                  .query(
                      (rs, n) ->
                          m.put(
                              rs.getString("owing_unit"),
                              new int[] {rs.getInt("on_time"), rs.getInt("due")}))
                  .list();
              return m;
            });
    String pdf = pdfText(data().resolve("reports/考核_2026.pdf"));
    DataFormatter format = new DataFormatter();
    try (Workbook workbook =
        WorkbookFactory.create(data().resolve("reports/考核_2026.xlsx").toFile())) {
      int checked = 0;
      for (Row row : workbook.getSheet("考核明细")) {
        if (row.getRowNum() == 0 || !"按时移送率".equals(format.formatCellValue(row.getCell(3)))) {
          continue;
        }
        int[] expected =
            sends.getOrDefault(format.formatCellValue(row.getCell(0)), new int[] {0, 0});
        assertThat((int) row.getCell(4).getNumericCellValue()).isEqualTo(expected[0]);
        assertThat((int) row.getCell(5).getNumericCellValue()).isEqualTo(expected[1]);
        checked++;
      }
      assertThat(checked).isEqualTo(4);
      for (Row row : workbook.getSheet("考核汇总")) {
        if (row.getRowNum() > 0) {
          assertThat(pdf)
              .contains(
                  String.format(
                      java.util.Locale.ROOT, "%.2f", row.getCell(3).getNumericCellValue()));
        }
      }
    }
    assertThat(sends.values().stream().mapToInt(v -> v[1]).sum()).isPositive();
  }

  @Test
  void noProducedFilePrintsAPhoneNumberAnIdNumberOrAComplainantInFull() throws Exception {
    List<Path> produced = new ArrayList<>();
    for (Path root : List.of(data().resolve("reports"), data().resolve("out"))) {
      try (var files = Files.walk(root)) {
        files
            .filter(Files::isRegularFile)
            .filter(f -> f.toString().matches(".*\\.(pdf|docx|xlsx)$"))
            .forEach(produced::add);
      }
    }
    assertThat(produced).hasSizeGreaterThan(10);
    boolean complaintsShared = false;
    for (Path file : produced) {
      String text =
          CHECKSUM
              .matcher(file.toString().endsWith(".pdf") ? pdfText(file) : zipText(file))
              .replaceAll("");
      assertThat(PHONE.matcher(text).find()).as("a phone number in %s", file).isFalse();
      assertThat(ID_NUMBER.matcher(text).find()).as("an ID number in %s", file).isFalse();
      for (String name : COMPLAINANTS) {
        assertThat(text).as(file.toString()).doesNotContain(name);
      }
      complaintsShared |= text.contains("****");
    }
    assertThat(complaintsShared).as("masked values were printed somewhere").isTrue();
  }

  private static String pdfText(Path pdf) throws Exception {
    try (var document = Loader.loadPDF(pdf.toFile())) {
      return new PDFTextStripper().getText(document);
    }
  }

  /** Every XML part of an OOXML file, as text: sheets, shared strings, the document body. */
  private static String zipText(Path file) throws Exception {
    StringBuilder text = new StringBuilder();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      for (var entries = zip.entries(); entries.hasMoreElements(); ) {
        var entry = entries.nextElement();
        if (entry.getName().endsWith(".xml")) {
          text.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    }
    return text.toString();
  }

  private static List<String> header(Sheet sheet) {
    DataFormatter format = new DataFormatter();
    List<String> cells = new ArrayList<>();
    sheet.getRow(0).forEach(c -> cells.add(format.formatCellValue(c)));
    return cells;
  }

  private static List<String> appendixRow(Path xlsx, String sheet, String first) throws Exception {
    DataFormatter format = new DataFormatter();
    try (Workbook workbook = WorkbookFactory.create(xlsx.toFile())) {
      for (Row row : workbook.getSheet(sheet)) {
        if (first.equals(format.formatCellValue(row.getCell(0)))) {
          List<String> cells = new ArrayList<>();
          row.forEach(c -> cells.add(format.formatCellValue(c)));
          return cells;
        }
      }
    }
    throw new AssertionError("no row " + first + " in " + sheet);
  }
}
