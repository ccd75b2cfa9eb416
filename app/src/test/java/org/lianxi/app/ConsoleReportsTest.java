package org.lianxi.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lianxi.app.ConsoleCounty.row;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lianxi.ledger.accounts.Role;
import org.lianxi.routes.Collector;

/**
 * The console's 报告, 运行 and 催办/共享 pages at the HTTP level against the real embedded database:
 * reports written and downloaded as the commands write them, periods closed and reopened, the
 * Spring Batch runs of the fixture's own ingests and reconcile, and the units' chase lists with
 * each liaison held to its own unit's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleReportsTest {

  private static final String REFERRAL = "古市监移〔2026〕30号";

  private ConsoleCounty county;
  private ConsoleBrowser office;
  private ConsoleBrowser liaison;
  private Collector collector;

  @BeforeAll
  void aCountyWithARunAndAccounts() throws Exception {
    county = ConsoleCounty.in("console-reports-test");
    // 县市场监管局 sent 岳阳镇 a referral in March that 岳阳镇 never reports receiving: overdue.
    CommandRun sent =
        county.ingest(
            "D02",
            "2026-03-10T09:00",
            "案件移送_D02.csv",
            "移送文号,移送方向,移送单位,接收单位,当事人,违法事项,发现日期,移送时间\n"
                + REFERRAL
                + ",移出,县市场监管局,岳阳镇,某商店,无照经营,2026/3/2,2026-03-09 10:00\n");
    assertThat(sent.exit()).as(sent.out() + sent.err()).isZero();
    CommandRun own =
        county.ingest(
            "T01",
            "2026-03-11T09:00",
            "案件移送_T01.csv",
            "移送文号,移送方向,移送单位,接收单位,当事人,违法事项,发现日期,移送时间\n"
                + "古市监移〔2026〕12号,移入,县市场监管局,岳阳镇,某商店,无照经营,2026/3/2,2026-03-04 14:30\n");
    assertThat(own.exit()).as(own.out() + own.err()).isIn(ExitCode.OK, ExitCode.ATTENTION);
    CommandRun reconciled = county.run("reconcile", "--as-of", "2026-03-20");
    assertThat(reconciled.exit()).as(reconciled.err()).isIn(ExitCode.OK, ExitCode.ATTENTION);

    county.open();
    // the channels' polls in the context as serve puts them there: here the units' drop folders
    collector = county.runtime().collector();
    assertThat(collector.collectOnce().failures()).isEmpty();
    county
        .runtime()
        .context()
        .getBeanFactory()
        .registerSingleton("channelPolls", collector.channelPolls());
    county.add("office", "O01", Role.OFFICE);
    county.add("liaison", "T01", Role.UNIT);
    county.add("other", "D02", Role.UNIT);
    county.serve();
    office = new ConsoleBrowser(county);
    office.signInAndChoose("office");
    liaison = new ConsoleBrowser(county);
    liaison.signInAndChoose("liaison");
  }

  @AfterAll
  void stop() {
    if (collector != null) {
      collector.close();
    }
    if (county != null) {
      county.close();
    }
  }

  private static String q(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static String pdfText(byte[] pdf) throws Exception {
    try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", "");
    }
  }

  private HttpResponse<byte[]> reportFile(String name) throws Exception {
    return office.bytes("/reports/file?name=" + q(name));
  }

  private List<String> actions(String actor) {
    return county.audit(actor).stream().map(r -> (String) r.get("action")).toList();
  }

  @Test
  void theOfficeWritesTheBriefingAsOfADayAndDownloadsEachFormat() throws Exception {
    office.get("/reports");
    HttpResponse<String> made =
        office.post("/reports/briefing", Map.of("period", "2026H1", "asOf", "2026-06-30"), true);
    assertThat(made.statusCode()).as(made.body()).isEqualTo(302);
    String page = office.get("/reports").body();
    assertThat(page).contains("已生成工作简报 2026H1");
    assertThat(row(page, "report-files", "简报_2026H1.pdf")).contains("工作简报");
    assertThat(row(page, "report-files", "简报附表_2026H1.xlsx")).contains("工作简报附表");
    assertThat(county.data().resolve("reports").resolve("简报_2026H1.docx")).isRegularFile();

    HttpResponse<byte[]> pdf = reportFile("简报_2026H1.pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).contains("pdf");
    assertThat(pdfText(pdf.body())).contains("2026年上半年", REFERRAL);

    HttpResponse<byte[]> docx = reportFile("简报_2026H1.docx");
    assertThat(docx.statusCode()).isEqualTo(200);
    try (var document = new XWPFDocument(new ByteArrayInputStream(docx.body()));
        var text = new XWPFWordExtractor(document)) {
      assertThat(text.getText()).contains("2026年上半年");
    }
    HttpResponse<byte[]> xlsx = reportFile("简报附表_2026H1.xlsx");
    assertThat(xlsx.statusCode()).isEqualTo(200);
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      assertThat(workbook.getNumberOfSheets()).isPositive();
    }

    // a name from the browser is only looked up in the listing, never a path
    assertThat(reportFile("../db/x.pdf").statusCode()).isEqualTo(404);
    assertThat(reportFile("简报_2099H1.pdf").statusCode()).isEqualTo(404);
    assertThat(actions("office")).contains("REPORT_GENERATED", "REPORT_DOWNLOADED");
    assertThat(county.audit("office"))
        .anySatisfy(
            r ->
                assertThat((String) r.get("detail"))
                    .contains("工作简报 2026H1（截至2026-06-30）", "简报_2026H1.pdf"));
  }

  @Test
  void theAssessmentAndTheAccountabilityListAsPdf() throws Exception {
    office.get("/reports");
    assertThat(
            office
                .post("/reports/assessment", Map.of("period", "2026", "asOf", "2026-06-30"), true)
                .statusCode())
        .isEqualTo(302);
    HttpResponse<byte[]> assessment = reportFile("考核_2026.pdf");
    assertThat(assessment.statusCode()).isEqualTo(200);
    assertThat(pdfText(assessment.body())).contains("古县岳阳镇人民政府");
    assertThat(reportFile("考核_2026.xlsx").statusCode()).isEqualTo(200);

    assertThat(
            office
                .post("/reports/accountability", Map.of("period", "2026H1", "asOf", ""), true)
                .statusCode())
        .isEqualTo(302);
    HttpResponse<byte[]> list = reportFile("问责线索清单_2026H1.pdf");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(pdfText(list.body())).contains(REFERRAL);
  }

  @Test
  void badInputIsSaidOnThePageInChinese() throws Exception {
    office.get("/reports");
    HttpResponse<String> half = office.post("/reports/briefing", Map.of("period", "2026H3"), true);
    assertThat(half.statusCode()).isEqualTo(400);
    assertThat(half.body()).contains("期间应写作 2026H1", "2026H3").doesNotContain("Exception");
    HttpResponse<String> year = office.post("/reports/assessment", Map.of("period", "二〇二六"), true);
    assertThat(year.statusCode()).isEqualTo(400);
    assertThat(year.body()).contains("期间应写作").doesNotContain("Exception");
    HttpResponse<String> asOf =
        office.post("/reports/briefing", Map.of("period", "2026H1", "asOf", "6月30日"), true);
    assertThat(asOf.statusCode()).isEqualTo(400);
    assertThat(asOf.body()).contains("判定日期应写作 2026-06-30");
    HttpResponse<String> yearAsHalf =
        office.post("/reports/assessment", Map.of("period", "2026H1"), true);
    assertThat(yearAsHalf.body()).contains("年度目标考核按年生成");
    HttpResponse<String> notOver =
        office.post("/reports/periods/close", Map.of("period", "2099H1"), true);
    assertThat(notOver.statusCode()).isEqualTo(400);
    assertThat(notOver.body()).contains("尚未结束");
  }

  @Test
  void theOfficeClosesAPeriodAndReopensItOnlyWithAReason() throws Exception {
    office.get("/reports");
    HttpResponse<String> closed =
        office.post("/reports/periods/close", Map.of("period", "2025H2", "reason", "年终核定"), true);
    assertThat(closed.statusCode()).as(closed.body()).isEqualTo(302);
    assertThat(office.post("/reports/periods/close", Map.of("period", "2025H2"), true).body())
        .contains("已经关闭");

    HttpResponse<String> noReason =
        office.post("/reports/periods/reopen", Map.of("period", "2025H2", "reason", "  "), true);
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(noReason.body()).contains("重新开放期间必须说明原因");
    HttpResponse<String> reopened =
        office.post(
            "/reports/periods/reopen", Map.of("period", "2025H2", "reason", "补报12月数据"), true);
    assertThat(reopened.statusCode()).isEqualTo(302);

    List<String> events = new ArrayList<>();
    county
        .jdbc()
        .sql(
            "SELECT action, automatic, reason FROM period_event WHERE period = '2025H2' ORDER BY id")
        .query(
            rs -> {
              events.add(
                  rs.getString("action")
                      + "|"
                      + rs.getBoolean("automatic")
                      + "|"
                      + rs.getString("reason"));
            });
    assertThat(events)
        .containsExactly("CLOSE|false|年终核定（office，工作台）", "REOPEN|false|补报12月数据（office，工作台）");
    String page = office.get("/reports").body();
    assertThat(row(page, "period-events", "补报12月数据")).contains("2025H2", "重新开放", "办公室");
    assertThat(row(page, "period-events", "年终核定")).contains("关闭");
    assertThat(actions("office")).contains("PERIOD_CLOSED", "PERIOD_REOPENED");
  }

  @Test
  void theRunsPageListsTheFixturesIngestsAndItsReconcile() throws Exception {
    int ingests =
        county
            .jdbc()
            .sql(
                "SELECT COUNT(*) FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i"
                    + " ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE i.JOB_NAME = 'ingest'")
            .query(Integer.class)
            .single();
    assertThat(ingests).isGreaterThanOrEqualTo(2); // one pass per ingest command at least
    String page = office.get("/runs").body();
    String jobs = page.substring(page.indexOf("id=\"job-runs\""), page.indexOf("</table>"));
    assertThat(jobs.split("<td>导入</td>", -1)).hasSize(ingests + 1);
    assertThat(jobs.split("<td>比对</td>", -1)).hasSize(2);
    // files and rows: each fixture file had one row, and each was loaded
    long files = 0;
    long rows = 0;
    long refused = 0;
    for (String tr : jobs.split("<tr")) {
      List<String> cells = new ArrayList<>();
      Matcher td = Pattern.compile("<td[^>]*>([^<]*)</td>").matcher(tr);
      while (td.find()) {
        cells.add(td.group(1));
      }
      if (cells.size() > 10 && cells.get(1).equals("导入")) {
        assertThat(cells.get(5)).isEqualTo("完成");
        files += Long.parseLong(cells.get(6));
        rows += Long.parseLong(cells.get(9));
        refused += Long.parseLong(cells.get(10));
      }
    }
    assertThat(files).isEqualTo(2);
    assertThat(rows).isEqualTo(2);
    assertThat(refused).isZero();
    assertThat(row(page, "job-runs", "比对")).contains("完成");
    int records =
        county.jdbc().sql("SELECT records FROM reconcile_run").query(Integer.class).single();
    assertThat(row(page, "reconcile-runs", "2026-03-20")).contains("<td>" + records + "</td>");
    // every unit's drop folder was polled once, found empty, and never failed
    assertThat(row(page, "channel-polls", "inbox/T01")).contains("T01", "<td>0</td>", "<td>无</td>");
    assertThat(page).doesNotContain("本实例未配置接收渠道");
  }

  @Test
  void aLiaisonDownloadsItsOwnChaseListAndNeverAnotherUnits() throws Exception {
    String name = "催办单_2026-03-20.xlsx";
    String own = liaison.get("/chase").body();
    assertThat(row(own, "out-files", name)).contains("催办单", "待送达");
    assertThat(own).doesNotContain("县市场监督管理局");
    // the unit is forced to its own on the server, whatever the address says
    assertThat(liaison.get("/chase?unit=D02").body()).doesNotContain("县市场监督管理局");

    HttpResponse<byte[]> file = liaison.bytes("/chase/file?unit=T01&sent=false&name=" + q(name));
    assertThat(file.statusCode()).isEqualTo(200);
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
      var sheet = workbook.getSheet("催办单");
      List<String> rows = new ArrayList<>();
      for (int r = 4; r <= sheet.getLastRowNum(); r++) {
        var row = sheet.getRow(r);
        rows.add(row.getCell(2) + "|" + row.getCell(6));
      }
      assertThat(rows).contains(REFERRAL + "|已超期");
    }
    assertThat(liaison.bytes("/chase/file?unit=D02&sent=false&name=" + q(name)).statusCode())
        .isEqualTo(404);
    assertThat(
            liaison
                .bytes("/chase/file?unit=T01&sent=false&name=" + q("../D02/" + name))
                .statusCode())
        .isEqualTo(404);
    assertThat(actions("liaison")).contains("CHASE_DOWNLOADED");

    String all = office.get("/chase").body();
    assertThat(all)
        .contains(
            "/chase/file?unit=T01&amp;name=" + q(name), "/chase/file?unit=D02&amp;name=" + q(name));
    assertThat(row(own, "out-files", "共享信息_2026-03-20_")).contains("共享信息");
    assertThat(office.bytes("/chase/file?unit=D02&sent=false&name=" + q(name)).statusCode())
        .isEqualTo(200);
    String filtered = office.get("/chase?unit=D02").body();
    assertThat(filtered).contains("古县市场监督管理局").doesNotContain("<td>古县岳阳镇人民政府</td>");
  }

  @Test
  void onlyTheOfficeReachesReportsAndRunsAndEveryFormNeedsItsToken() throws Exception {
    assertThat(liaison.get("/reports").statusCode()).isEqualTo(403);
    assertThat(liaison.get("/runs").statusCode()).isEqualTo(403);
    assertThat(liaison.bytes("/reports/file?name=" + q("简报_2026H1.pdf")).statusCode())
        .isEqualTo(403);
    liaison.get("/chase");
    assertThat(liaison.post("/reports/briefing", Map.of("period", "2026H1"), true).statusCode())
        .isEqualTo(403);
    assertThat(liaison.get("/").body()).contains("催办共享").doesNotContain(">报告<", ">运行<");
    assertThat(office.get("/").body()).contains("催办共享", ">报告<", ">运行<");
    office.get("/reports");
    assertThat(office.post("/reports/briefing", Map.of("period", "2026H1"), false).statusCode())
        .isEqualTo(403);
    assertThat(
            office
                .post("/reports/periods/reopen", Map.of("period", "2025H1", "reason", "x"), false)
                .statusCode())
        .isEqualTo(403);
  }
}
