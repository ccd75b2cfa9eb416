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
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lianxi.ledger.accounts.Role;
import org.lianxi.ledger.browse.LedgerBrowser;
import org.lianxi.ledger.browse.LedgerFilter;
import org.lianxi.ledger.browse.LedgerPage;
import org.lianxi.ledger.browse.RuleState;
import org.lianxi.ledger.browse.Scope;
import org.lianxi.ledger.county.Unit;
import org.lianxi.ledger.standard.RecordType;

/**
 * 台账 at the HTTP level against the real embedded database: referrals reported by both sides (one
 * side's row sent again, corrected), by one side only, and one whose receiving side is overdue; a
 * complaint with personal data; enough disputes for two pages; reconciled as of 2026-04-30.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleLedgerTest {

  /** Both sides; 岳阳镇's row sent twice (the second corrects it) and its 移送时间 disagrees. */
  static final String BOTH = "古市监移〔2026〕40号";

  /** Only the sender (县市场监管局) reported it; 北平镇's receipt is not yet due. */
  static final String ONE_SIDED = "古市监移〔2026〕41号";

  /** 古阳镇 sent it to 县自然资源局, which never reported it: its receipt is overdue. */
  static final String OVERDUE = "古阳移〔2026〕3号";

  static final String ID_NUMBER = "11010519491231002X";
  static final String PHONE = "13912345678";
  static final String COMPLAINANT_PHONE = "13987654321";

  static final String HEADER =
      "移送文号,移送方向,移送单位,接收单位,当事人,当事人证件号,违法事项,发现日期,移送时间,接收日期,受理情况,受理告知日期,备注\n";

  private ConsoleCounty county;

  @BeforeAll
  void aCountyWithReferralsReconciledAndTheConsole() throws Exception {
    county = ConsoleCounty.in("console-ledger-test");
    ok(
        county.ingest(
            "T03",
            "2026-04-02T09:00",
            "案件移送_T03.csv",
            HEADER + OVERDUE + ",移出,古阳镇,县自然资源局,某养殖场,,非法占用林地,2026/3/31,2026-04-01 10:00,,,,\n"));
    ok(
        county.ingest(
            "T01",
            "2026-04-10T09:00",
            "案件移送_岳阳镇.csv",
            HEADER + BOTH + ",移入,县市场监管局,岳阳镇,张某某,,无照经营,2026/4/2,2026-04-08 09:00,2026/4/8,,,\n"));
    ok(
        county.ingest(
            "T01",
            "2026-04-13T09:00",
            "案件移送_岳阳镇_更正.csv",
            HEADER
                + BOTH
                + ",移入,县市场监管局,岳阳镇,张某某,,无照经营,2026/4/2,2026-04-08 09:00,2026/4/8,受理,2026/4/10,\n"));
    ok(
        county.ingest(
            "T01",
            "2026-04-13T10:00",
            "投诉举报_岳阳镇.csv",
            "登记编号,首接单位,受理日期,投诉人,联系电话,事项摘要,办理单位,转办日期\n"
                + "TS-2026-001,岳阳镇,2026/4/8,王小明,"
                + COMPLAINANT_PHONE
                + ",反映某商店销售过期食品,县市场监管局,2026/4/9\n"));
    ok(
        county.ingest(
            "D02",
            "2026-04-29T09:00",
            "案件移送_D02.csv",
            HEADER
                + BOTH
                + ",移出,县市场监管局,岳阳镇,张某某,"
                + ID_NUMBER
                + ",无照经营,2026/4/2,2026-04-07 10:00,,,,当事人电话"
                + PHONE
                + "\n"
                + ONE_SIDED
                + ",移出,县市场监管局,北平镇,某公司,,超范围经营,2026/4/27,2026-04-28 10:00,,,,\n"));
    StringBuilder disputes = new StringBuilder("争议编号,提出单位,对方单位,争议事项,提出日期\n");
    for (int i = 1; i <= 52; i++) {
      disputes.append(String.format("ZY-2026-%03d,县交通运输局,县文旅局,景区道路管辖争议%d,2026/4/1%n", i, i));
    }
    ok(county.ingest("D04", "2026-04-20T09:00", "执法争议_D04.csv", disputes.toString()));
    CommandRun reconcile = county.run("reconcile", "--as-of", "2026-04-30");
    assertThat(reconcile.exit())
        .as(reconcile.out() + reconcile.err())
        .isIn(ExitCode.OK, ExitCode.ATTENTION);

    county.open();
    county.add("office", "O01", Role.OFFICE);
    county.add("yueyang", "T01", Role.UNIT);
    county.add("market", "D02", Role.UNIT);
    county.add("auditor", "O01", Role.AUDITOR);
    county.serve();
  }

  @AfterAll
  void stop() {
    if (county != null) {
      county.close();
    }
  }

  private static void ok(CommandRun run) {
    assertThat(run.exit()).as(run.out() + run.err()).isZero();
  }

  private static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private final java.util.Set<String> chosen = new java.util.HashSet<>();

  /** A browser signed in; the first time for the account, its own password chosen. */
  private ConsoleBrowser signedIn(String name) throws Exception {
    ConsoleBrowser browser = new ConsoleBrowser(county);
    if (chosen.add(name)) {
      browser.signInAndChoose(name);
    } else {
      assertThat(browser.signIn(name, county.password(name))).endsWith("/");
    }
    return browser;
  }

  /** The record numbers the list's table shows, in order (an empty list: no table). */
  private static List<String> listed(String page) {
    int start = page.indexOf("id=\"ledger\"");
    if (start < 0) {
      return List.of();
    }
    String table = page.substring(start, page.indexOf("</table>", start));
    List<String> numbers = new ArrayList<>();
    var m = java.util.regex.Pattern.compile("/record\\?key=[^\"]*\">([^<]+)</a>").matcher(table);
    while (m.find()) {
      numbers.add(m.group(1));
    }
    return numbers;
  }

  @Test
  void theOfficeFiltersTheReferralsByStateUnitPeriodAndText() throws Exception {
    ConsoleBrowser office = signedIn("office");
    HttpResponse<String> all = office.get("/ledger");
    assertThat(all.statusCode()).isEqualTo(200);
    assertThat(listed(all.body()))
        .as("案件移送 by default, the newest 移送时间 first")
        .containsExactly(ONE_SIDED, BOTH, OVERDUE);
    assertThat(all.body()).contains("共3件，第1/1页");
    assertThat(row(all.body(), "ledger", ONE_SIDED))
        .contains("古县市场监督管理局", "古县北平镇人民政府", "对方未报送", "办理中");
    assertThat(row(all.body(), "ledger", OVERDUE)).contains("对方未报送", "已超期");
    assertThat(row(all.body(), "ledger", BOTH)).contains("<td>有</td>").doesNotContain("未报送");

    assertThat(listed(office.get("/ledger?type=referral&state=OVERDUE").body()))
        .containsExactly(OVERDUE);
    assertThat(listed(office.get("/ledger?state=ON_TIME").body()))
        .as("each was sent in time (移送案件)")
        .containsExactly(ONE_SIDED, BOTH, OVERDUE);
    assertThat(listed(office.get("/ledger?state=LATE").body())).isEmpty();
    assertThat(listed(office.get("/ledger?state=OPEN").body())).contains(ONE_SIDED);
    assertThat(listed(office.get("/ledger?unit=T02").body())).containsExactly(ONE_SIDED);
    assertThat(listed(office.get("/ledger?unit=T01").body())).containsExactly(BOTH);
    assertThat(listed(office.get("/ledger?unit=D03").body()))
        .as("the receiving side that never reported, by its unit column")
        .containsExactly(OVERDUE);
    assertThat(listed(office.get("/ledger?from=2026-04-02&to=2026-04-07").body()))
        .containsExactly(BOTH);
    assertThat(listed(office.get("/ledger?to=2026-04-01").body())).containsExactly(OVERDUE);
    assertThat(listed(office.get("/ledger?q=" + enc("某公司")).body())).containsExactly(ONE_SIDED);
    assertThat(listed(office.get("/ledger?q=" + enc("古市监移[2026]第041号")).body()))
        .as("a document number typed another way, found by its canonical form")
        .containsExactly(ONE_SIDED);
    assertThat(listed(office.get("/ledger?q=" + enc("100%_")).body())).isEmpty();
    assertThat(office.get("/ledger?q=" + enc("100%_")).body()).contains("没有符合条件的记录");
    assertThat(listed(office.get("/ledger?type=complaint").body())).containsExactly("TS-2026-001");
    assertThat(office.get("/ledger?type=nothing").statusCode()).isEqualTo(404);
    assertThat(office.get("/ledger?state=SOMETHING").statusCode()).isEqualTo(400);
    assertThat(office.get("/ledger?from=yesterday").statusCode()).isEqualTo(400);
  }

  @Test
  void aLongListIsPagedWithItsTotal() throws Exception {
    ConsoleBrowser office = signedIn("office");
    String first = office.get("/ledger?type=dispute").body();
    assertThat(first).contains("共52件，第1/2页", "下一页");
    assertThat(listed(first)).hasSize(50);
    String second = office.get("/ledger?type=dispute&page=2").body();
    assertThat(second).contains("共52件，第2/2页", "上一页");
    List<String> rest = listed(second);
    assertThat(rest).hasSize(2).doesNotContainAnyElementsOf(listed(first));
    List<String> both = new ArrayList<>(listed(first));
    both.addAll(rest);
    assertThat(both).doesNotHaveDuplicates().hasSize(52);
    assertThat(office.get("/ledger?type=dispute&page=9").body()).contains("本页没有记录（共2页）");
  }

  @Test
  void aRecordShowsEveryVersionWhereItCameFromTheDiscrepancyAndTheJudgements() throws Exception {
    ConsoleBrowser office = signedIn("office");
    HttpResponse<String> page = office.get("/ledger/referral/record?key=" + enc(BOTH));
    assertThat(page.statusCode()).isEqualTo(200);
    String body = page.body();
    long first = fileId("案件移送_岳阳镇.csv");
    long corrected = fileId("案件移送_岳阳镇_更正.csv");
    long sender = fileId("案件移送_D02.csv");
    // 岳阳镇's two versions, the corrected one current; the sender's one version
    String v2 = row(body, "versions", "案件移送_岳阳镇_更正.csv");
    assertThat(v2)
        .contains("<td>2</td>", "<td>是</td>", "<td>案件移送</td>", "2026-04-13 09:00", "受理")
        .contains("/receipts/" + corrected);
    String v1 = row(body, "versions", "案件移送_岳阳镇.csv<");
    assertThat(v1)
        .contains("<td>1</td>", "<td>否</td>", "<td>2</td>", "2026-04-10 09:00")
        .contains("/receipts/" + first);
    assertThat(row(body, "versions", "案件移送_D02.csv")).contains("<td>1</td>", "/receipts/" + sender);
    assertThat(row(body, "current", "data-unit=\"T01\"")).contains("受理", "2026-04-10");
    assertThat(row(body, "current", "data-unit=\"D02\"")).contains("2026-04-07 10:00");
    assertThat(body).contains("双方均已报送");
    // the sender is the authority for 移送时间: its value stands, 岳阳镇's is kept beside it
    assertThat(row(body, "discrepancies", "移送时间"))
        .contains("古县市场监督管理局", "2026-04-07 10:00", "古县岳阳镇人民政府", "2026-04-08 09:00");
    // 移送案件, 3 working days from 发现日期 Thu 2026-04-02: Fri 04-03 is the first; Sat 04-04 to
    // Mon 04-06 are 清明节 and the weekend (off); Tue 04-07 the second, Wed 04-08 the third: due
    // at the end of Wed 2026-04-08. Sent Tue 04-07 10:00: on time.
    assertThat(row(body, "judgements", "移送案件"))
        .contains("3个工作日（3wd）", "2026-04-02 00:00", "2026-04-08 23:59", "2026-04-07 10:00", "按时")
        .contains("2026-04-30");
    // 报送移入情况（回执）, 5 working days from 移送时间 Tue 04-07 10:00: Wed 04-08, Thu 04-09,
    // Fri 04-10, Mon 04-13, Tue 04-14: due at the end of 2026-04-14; 岳阳镇 received it 04-08.
    assertThat(row(body, "judgements", "报送移入情况"))
        .contains("古县岳阳镇人民政府", "5个工作日（5wd）", "2026-04-14 23:59", "按时");

    // 5 working days from Wed 2026-04-01 10:00: Thu 04-02, Fri 04-03, (清明节 04-04 to 04-06),
    // Tue 04-07, Wed 04-08, Thu 04-09: due at the end of 2026-04-09, overdue on 2026-04-30.
    String overdue = office.get("/ledger/referral/record?key=" + enc(OVERDUE)).body();
    assertThat(row(overdue, "judgements", "报送移入情况"))
        .contains("古县自然资源局", "2026-04-09 23:59", "未办结", "已超期", "个工作日");
    assertThat(overdue).contains("对方未报送");
  }

  private long fileId(String name) {
    return county
        .jdbc()
        .sql("SELECT id FROM received_file WHERE original_name = ?")
        .param(name)
        .query(Long.class)
        .single();
  }

  @Test
  void personalDataIsMaskedOnTheListAndTheRecordPage() throws Exception {
    ConsoleBrowser office = signedIn("office");
    String record = office.get("/ledger/referral/record?key=" + enc(BOTH)).body();
    assertThat(record).contains("1101**********002X", "139****5678");
    String complaints = office.get("/ledger?type=complaint").body();
    String complaint = office.get("/ledger/complaint/record?key=" + enc(complaintKey())).body();
    for (String page : List.of(record, complaints, complaint)) {
      assertThat(page).doesNotContain(ID_NUMBER, PHONE, COMPLAINANT_PHONE, "王小明");
    }
    assertThat(complaint).contains("139****4321", "王*明");
    assertThat(office.get("/ledger?type=complaint&q=" + enc("王小明")).body())
        .as("personal columns are not searched either")
        .contains("没有符合条件的记录");
  }

  private String complaintKey() {
    return county
        .jdbc()
        .sql("SELECT record_key FROM complaint_report")
        .query(String.class)
        .single();
  }

  @Test
  void aLiaisonSeesOnlyTheRecordsItsUnitIsASideOf() throws Exception {
    ConsoleBrowser yueyang = signedIn("yueyang");
    String own = yueyang.get("/ledger").body();
    assertThat(listed(own)).containsExactly(BOTH);
    assertThat(own).contains("共1件").doesNotContain(ONE_SIDED, OVERDUE, "name=\"unit\"");
    assertThat(listed(yueyang.get("/ledger?unit=T02").body()))
        .as("a liaison's unit filter is ignored")
        .containsExactly(BOTH);
    assertThat(listed(yueyang.get("/ledger?type=dispute").body())).isEmpty();
    assertThat(listed(yueyang.get("/ledger?type=complaint").body())).containsExactly("TS-2026-001");

    HttpResponse<String> others = yueyang.get("/ledger/referral/record?key=" + enc(OVERDUE));
    HttpResponse<String> nothing =
        yueyang.get("/ledger/referral/record?key=" + enc("古市监移〔2026〕999号"));
    assertThat(others.statusCode()).isEqualTo(404);
    assertThat(nothing.statusCode()).isEqualTo(404);
    assertThat(others.body()).isEqualTo(nothing.body());
    assertThat(yueyang.bytes("/ledger/referral/record?key=" + enc(ONE_SIDED)).statusCode())
        .isEqualTo(404);
    HttpResponse<String> mine = yueyang.get("/ledger/referral/record?key=" + enc(BOTH));
    assertThat(mine.statusCode()).isEqualTo(200);
    // its own files link to their receipts; the other side's file is named, not linked
    assertThat(mine.body())
        .contains("/receipts/" + fileId("案件移送_岳阳镇_更正.csv"))
        .doesNotContain("/receipts/" + fileId("案件移送_D02.csv"));

    // the sender sees the referral it sent and the one-sided one, not 古阳镇's
    ConsoleBrowser market = signedIn("market");
    assertThat(listed(market.get("/ledger").body())).containsExactly(ONE_SIDED, BOTH);
    assertThat(market.get("/ledger/referral/record?key=" + enc(OVERDUE)).statusCode())
        .isEqualTo(404);
    assertThat(listed(market.get("/ledger?type=complaint").body()))
        .as("the handling unit of a transferred complaint is a side of it")
        .containsExactly("TS-2026-001");
  }

  @Test
  void theAuditorHasNoLedger() throws Exception {
    ConsoleBrowser auditor = signedIn("auditor");
    assertThat(auditor.get("/ledger").statusCode()).isEqualTo(403);
    assertThat(auditor.get("/ledger/referral/record?key=" + enc(BOTH)).statusCode()).isEqualTo(403);
    assertThat(auditor.bytes("/ledger/xlsx").statusCode()).isEqualTo(403);
    assertThat(auditor.get("/audit").body()).doesNotContain("/ledger\"");
  }

  @Test
  void theExportHoldsExactlyTheFilteredRecordsAndIsInTheAuditLog() throws Exception {
    ConsoleBrowser office = signedIn("office");
    HttpResponse<byte[]> xlsx = office.bytes("/ledger/xlsx?type=referral&unit=D02");
    assertThat(xlsx.statusCode()).isEqualTo(200);
    assertThat(xlsx.headers().firstValue("Content-Disposition").orElseThrow())
        .contains(enc("台账_案件移送_").replace("+", "%20"));
    List<List<String>> rows = sheet(xlsx.body(), "案件移送");
    List<String> header = rows.get(0);
    int number = header.indexOf("移送文号");
    int reporter = header.indexOf("报送单位");
    // each record's current rows: BOTH from both sides, ONE_SIDED from its sender
    assertThat(
            rows.subList(1, rows.size()).stream().map(r -> r.get(number) + "/" + r.get(reporter)))
        .containsExactlyInAnyOrder(
            BOTH + "/古县市场监督管理局", BOTH + "/古县岳阳镇人民政府", ONE_SIDED + "/古县市场监督管理局");
    assertThat(rows.toString()).doesNotContain(ID_NUMBER, PHONE).contains("1101**********002X");

    List<List<String>> overdue = sheet(office.bytes("/ledger/xlsx?state=OVERDUE").body(), "案件移送");
    assertThat(overdue).hasSize(2);
    assertThat(overdue.get(1).get(overdue.get(0).indexOf("移送文号"))).isEqualTo(OVERDUE);

    ConsoleBrowser yueyang = signedIn("yueyang");
    List<List<String>> own = sheet(yueyang.bytes("/ledger/xlsx?unit=D02").body(), "案件移送");
    assertThat(own.subList(1, own.size()))
        .as("a liaison's export is its own records, whatever unit it asks for")
        .allSatisfy(r -> assertThat(r.get(own.get(0).indexOf("移送文号"))).isEqualTo(BOTH))
        .hasSize(2);

    assertThat(county.audit("office"))
        .filteredOn(r -> "LEDGER_EXPORTED".equals(r.get("action")))
        .extracting(r -> r.get("detail"))
        .containsExactly("案件移送 3行（单位：古县市场监督管理局）", "案件移送 1行（状态：已超期）");
    assertThat(county.audit("yueyang"))
        .extracting(r -> r.get("action"))
        .contains("LEDGER_EXPORTED");
    assertThat(office.get("/audit").body()).contains("导出台账");
  }

  private static List<List<String>> sheet(byte[] xlsx, String name) throws Exception {
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = workbook.getSheet(name);
      assertThat(sheet).as(name).isNotNull();
      DataFormatter text = new DataFormatter();
      List<List<String>> rows = new ArrayList<>();
      for (Row r : sheet) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < r.getLastCellNum(); c++) {
          cells.add(r.getCell(c) == null ? "" : text.formatCellValue(r.getCell(c)));
        }
        rows.add(cells);
      }
      return rows;
    }
  }

  @Test
  void theLedgerBrowserAnswersWithoutTheWebLayer() {
    Map<String, String> names =
        county.runtime().county().units().stream()
            .collect(Collectors.toMap(Unit::code, Unit::name));
    LedgerBrowser browser =
        new LedgerBrowser(
            county.runtime().database().dataSource(),
            names,
            county.runtime().county().profile().catalogue());
    LedgerFilter referrals = LedgerFilter.of(RecordType.REFERRAL);
    LedgerPage page = browser.page(referrals, Scope.everyUnit());
    assertThat(page.total()).isEqualTo(3);
    assertThat(page.lines())
        .extracting(LedgerPage.Line::number)
        .containsExactly(ONE_SIDED, BOTH, OVERDUE);
    assertThat(browser.page(referrals.withState(RuleState.OVERDUE), Scope.everyUnit()).lines())
        .extracting(LedgerPage.Line::key)
        .containsExactly(OVERDUE);
    assertThat(browser.count(referrals, Scope.ofUnit("T01"))).isEqualTo(1);
    assertThat(browser.record(RecordType.REFERRAL, OVERDUE, Scope.ofUnit("T01"))).isEmpty();
    assertThat(browser.record(RecordType.REFERRAL, OVERDUE, Scope.ofUnit("D03"))).isPresent();
    assertThat(
            browser.record(RecordType.REFERRAL, BOTH, Scope.everyUnit()).orElseThrow().versions())
        .hasSize(3);
  }
}
