package org.lianxi.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lianxi.app.ConsoleCounty.row;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lianxi.ledger.accounts.Role;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The console at the HTTP level against the real embedded database: accounts made with {@code user
 * add} (their one-time passwords read from its output), files taken in with {@code ingest} and
 * judged with {@code reconcile}, then the console started as {@code serve} starts it, on a free
 * port, once for the class, and driven by a plain HTTP client with a cookie jar.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleTest {

  private static final Pattern CSRF = ConsoleBrowser.CSRF;
  private static final String UPLOAD_LIMIT = ConsoleCounty.UPLOAD_LIMIT;

  private ConsoleCounty county;
  private LianxiRuntime runtime;
  private long ownFile;
  private long otherFile;

  @BeforeAll
  void aCountyWithFilesAccountsAndTheConsole() throws Exception {
    county = ConsoleCounty.in("console-test");

    CommandRun none = run("user", "list");
    assertThat(none.exit()).as(none.err()).isZero();
    assertThat(none.out()).contains("No account exists");

    // 县市场监管局 sent 岳阳镇 a referral in March that 岳阳镇 never reports receiving: overdue.
    assertThat(
            ingest(
                    "D02",
                    "2026-03-20T09:00",
                    "案件移送_D02.csv",
                    "移送文号,移送方向,移送单位,接收单位,当事人,违法事项,发现日期,移送时间\n"
                        + "古市监移〔2026〕30号,移出,县市场监管局,岳阳镇,某商店,无照经营,2026/3/2,2026-03-09 10:00\n")
                .exit())
        .isZero();
    // 岳阳镇 reports this week: one row taken, one refused; a phone number in the file's name.
    Path own = county.work().resolve("案件移送_岳阳镇_13912345678.csv");
    Files.writeString(
        own,
        "移送文号,移送方向,移送单位,接收单位,当事人,违法事项,发现日期,移送时间\n"
            + "古市监移〔2026〕12号,移入,县市场监管局,岳阳镇,某商店,无照经营,2026/3/2,2026-03-04 14:30\n"
            + "古市监移〔2026〕13号,移入,县市场监管局,北平镇,某公司,超范围经营,2026/3/5,2026-03-06 09:15\n");
    assertThat(run("ingest", "--from", "T01", own.toString()).exit()).isEqualTo(ExitCode.ATTENTION);
    assertThat(run("reconcile").exit()).isIn(ExitCode.OK, ExitCode.ATTENTION);

    // a routine meeting whose topics were due on 18 November; 北平镇 proposed one in time
    CommandRun meeting =
        ingest(
            "O01",
            "2026-11-02T09:00",
            "联席会议_LX-2026-2.csv",
            "会议编号,会议类型,会议日期,议题截止日期\nLX-2026-2,例行,2026-11-20,2026-11-18\n");
    assertThat(meeting.exit()).as(meeting.out() + meeting.err()).isZero();
    CommandRun topics =
        ingest(
            "T02",
            "2026-11-10T09:00",
            "会议议题_T02.csv",
            "议题编号,会议编号,提出单位,议题名称,提交日期\nYT-1,LX-2026-2,古县北平镇人民政府,乡镇执法装备配备不足,2026/11/10\n");
    assertThat(topics.exit()).as(topics.out() + topics.err()).isZero();
    // its resolutions, as the office recorded them: 旧县镇's overdue, 石壁乡's done in time
    CommandRun resolutions =
        ingest(
            "O01",
            "2026-11-26T09:00",
            "议定事项_LX-2026-2.csv",
            "事项编号,会议日期,承办单位,事项内容,办理时限,办理情况,办结日期\n"
                + "YD-2026-21,2026-11-20,旧县镇,整改执法装备台账,2026-11-27,办理中,\n"
                + "YD-2026-22,2026-11-20,石壁乡,报送联络员名单,2026-11-27,已办结,2026-11-25\n");
    assertThat(resolutions.exit()).as(resolutions.out() + resolutions.err()).isZero();
    assertThat(run("reconcile", "--full").exit()).isIn(ExitCode.OK, ExitCode.ATTENTION);

    CommandRun added = county.addByCommand("liaison", "岳阳镇", "联络员");
    assertThat(added.out()).contains("Added the account liaison: 古县岳阳镇人民政府 (T01), 联络员.");

    runtime = county.open().runtime();
    // the others as the command makes them, without a command's start-up each
    county.add("other", "D02", Role.UNIT);
    county.add("office", "O01", Role.OFFICE);
    county.add("auditor", "O01", Role.AUDITOR);
    county.add("locked", "T02", Role.UNIT);
    county.add("newcomer", "T01", Role.UNIT);
    county.add("spare", "T03", Role.UNIT);
    county.add("leaver", "T04", Role.UNIT);
    county.add("uploader", "T01", Role.UNIT);
    county.add("clerk", "O01", Role.OFFICE);
    county.add("chair", "O01", Role.OFFICE);
    county.add("proposer", "T01", Role.UNIT);
    county.add("scheduler", "O01", Role.OFFICE);
    county.add("bystander", "T01", Role.UNIT);
    county.add("matrix-office", "O01", Role.OFFICE);
    county.add("matrix-unit", "T01", Role.UNIT);
    county.add("matrix-audit", "O01", Role.AUDITOR);
    county.add("watcher", "O01", Role.OFFICE);
    county.add("sender", "T06", Role.UNIT);
    JdbcClient jdbc = county.jdbc();
    ownFile =
        jdbc.sql("SELECT id FROM received_file WHERE sender_unit = 'T01'")
            .query(Long.class)
            .single();
    otherFile =
        jdbc.sql("SELECT id FROM received_file WHERE sender_unit = 'D02'")
            .query(Long.class)
            .single();
    System.setProperty(UPLOAD_LIMIT, "1MB"); // a small limit, so that exceeding it is cheap
    county.serve();
  }

  @AfterAll
  void stop() {
    System.clearProperty(UPLOAD_LIMIT);
    if (county != null) {
      county.close();
    }
  }

  private Path data() {
    return county.data();
  }

  private CommandRun run(String... args) {
    return county.run(args);
  }

  private CommandRun ingest(String unit, String at, String name, String csv) throws Exception {
    return county.ingest(unit, at, name, csv);
  }

  private List<Map<String, Object>> audit(String actor) {
    return county.audit(actor);
  }

  @Test
  void theSameFailurePageForAnUnknownNameAndAWrongPasswordAndNothingWithoutSigningIn()
      throws Exception {
    ConsoleBrowser stranger = new ConsoleBrowser(county);
    HttpResponse<String> home = stranger.get("/");
    assertThat(home.statusCode()).isEqualTo(302);
    assertThat(home.headers().firstValue("Location").orElseThrow()).endsWith("/signin");
    assertThat(stranger.get("/receipts/" + ownFile).statusCode()).isEqualTo(302);

    String unknown = stranger.signIn("nobody", "whatever-it-is");
    String failurePage = stranger.get("/signin?error").body().replaceAll(CSRF.pattern(), "");
    ConsoleBrowser typo = new ConsoleBrowser(county);
    String wrong = typo.signIn("auditor", "not-the-password");
    String wrongPage = typo.get("/signin?error").body().replaceAll(CSRF.pattern(), "");
    assertThat(unknown).isEqualTo(wrong).endsWith("/signin?error");
    assertThat(failurePage).isEqualTo(wrongPage).contains("登录失败：用户名或密码不正确");
    assertThat(audit("nobody")).extracting(r -> r.get("action")).containsExactly("SIGN_IN_FAILED");
    assertThat(audit("nobody").get(0).get("remote")).isEqualTo("127.0.0.1");
  }

  @Test
  void fiveFailuresLockTheAccountForTenMinutesAndAResetUnlocksIt() throws Exception {
    ConsoleBrowser browser = new ConsoleBrowser(county);
    for (int i = 0; i < 5; i++) {
      assertThat(browser.signIn("locked", "wrong-" + i)).endsWith("/signin?error");
    }
    assertThat(browser.signIn("locked", county.password("locked")))
        .as("locked: the right password is refused too, on the same page")
        .endsWith("/signin?error");
    assertThat(audit("locked"))
        .extracting(r -> r.get("action"))
        .containsExactly(
            "SIGN_IN_FAILED",
            "SIGN_IN_FAILED",
            "SIGN_IN_FAILED",
            "SIGN_IN_FAILED",
            "SIGN_IN_FAILED",
            "LOCKED",
            "SIGN_IN_FAILED");
    assertThat(audit("locked").get(5).get("detail").toString()).startsWith("连续5次登录失败，锁定至");
    CommandRun list = run("user", "list");
    assertThat(list.out()).containsPattern("locked +T02 古县北平镇人民政府 +联络员 +until 20");

    CommandRun reset = run("user", "reset", "locked");
    assertThat(reset.exit()).isZero();
    assertThat(reset.out()).contains("Reset the account locked; it is unlocked.");
    county.password("locked", ConsoleCounty.oneTimePassword(reset));
    assertThat(browser.signIn("locked", county.password("locked"))).endsWith("/password");
  }

  @Test
  void aOneTimePasswordMustBeChangedBeforeAnythingElseToAGoodOne() throws Exception {
    ConsoleBrowser browser = new ConsoleBrowser(county);
    String oneTime = county.password("newcomer");
    assertThat(browser.signIn("newcomer", oneTime)).endsWith("/password");
    HttpResponse<String> home = browser.get("/");
    assertThat(home.statusCode()).isEqualTo(302);
    assertThat(home.headers().firstValue("Location").orElseThrow()).endsWith("/password");
    assertThat(browser.get("/receipts").headers().firstValue("Location").orElseThrow())
        .endsWith("/password");

    HttpResponse<String> form = browser.get("/password");
    assertThat(form.body()).contains("这是一次性密码");
    HttpResponse<String> tooShort =
        browser.post(
            "/password", Map.of("current", oneTime, "chosen", "短密码", "repeated", "短密码"), true);
    assertThat(tooShort.statusCode()).isEqualTo(200);
    assertThat(tooShort.body()).contains("新密码至少10个字符。");
    HttpResponse<String> same =
        browser.post(
            "/password", Map.of("current", oneTime, "chosen", oneTime, "repeated", oneTime), true);
    assertThat(same.body()).contains("新密码不能与原密码相同。");
    HttpResponse<String> wrongCurrent =
        browser.post(
            "/password",
            Map.of("current", "not-it-at-all", "chosen", "一个足够长的新密码", "repeated", "一个足够长的新密码"),
            true);
    assertThat(wrongCurrent.body()).contains("原密码不正确。");

    HttpResponse<String> good =
        browser.post(
            "/password",
            Map.of("current", oneTime, "chosen", "岳阳镇联络员的新密码啊", "repeated", "岳阳镇联络员的新密码啊"),
            true);
    assertThat(good.statusCode()).isEqualTo(302);
    assertThat(browser.get("/").statusCode()).isEqualTo(200);
    assertThat(audit("newcomer"))
        .extracting(r -> r.get("action"))
        .containsExactly("SIGN_IN", "PASSWORD_CHANGED");
    ConsoleBrowser later = new ConsoleBrowser(county);
    assertThat(later.signIn("newcomer", oneTime)).endsWith("/signin?error");
    assertThat(later.signIn("newcomer", "岳阳镇联络员的新密码啊")).endsWith("/");
    CommandRun list = run("user", "list");
    assertThat(list.out()).containsPattern("newcomer +T01 古县岳阳镇人民政府 +联络员 +no +no ");
  }

  @Test
  void everyPageAnswersEachRoleAsTheRoleTableSays() throws Exception {
    // page: office, liaison, auditor (302: the auditor's home is the audit log)
    Map<String, List<Integer>> expected = new LinkedHashMap<>();
    expected.put("/", List.of(200, 200, 302));
    expected.put("/upload", List.of(200, 200, 403));
    expected.put("/upload/template", List.of(200, 200, 403));
    expected.put("/receipts", List.of(200, 200, 403));
    expected.put("/ledger", List.of(200, 200, 403));
    expected.put("/chase", List.of(200, 200, 403));
    expected.put("/meetings", List.of(200, 200, 403));
    expected.put("/reports", List.of(200, 403, 403));
    expected.put("/runs", List.of(200, 403, 403));
    expected.put("/quarantine", List.of(200, 403, 403));
    expected.put("/audit", List.of(200, 403, 200));
    expected.put("/password", List.of(200, 200, 200));
    expected.put("/no-such-page", List.of(404, 404, 404));
    List<String> accounts = List.of("matrix-office", "matrix-unit", "matrix-audit");
    for (int who = 0; who < accounts.size(); who++) {
      ConsoleBrowser browser = new ConsoleBrowser(county);
      browser.signInAndChoose(accounts.get(who));
      for (Map.Entry<String, List<Integer>> page : expected.entrySet()) {
        HttpResponse<byte[]> answer = browser.bytes(page.getKey());
        assertThat(answer.statusCode())
            .as(accounts.get(who) + " " + page.getKey())
            .isEqualTo(page.getValue().get(who));
        if (answer.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
          // every page, the error pages too, in Chinese and said to be
          assertThat(answer.headers().firstValue("Content-Language"))
              .as(page.getKey())
              .hasValue("zh-CN");
          assertThat(new String(answer.body(), StandardCharsets.UTF_8))
              .as(page.getKey())
              .doesNotContain("Exception", "Whitelabel", "Forbidden");
        }
      }
    }
  }

  @Test
  void aFormPostedWithoutItsTokenIsRefused() throws Exception {
    ConsoleBrowser browser = new ConsoleBrowser(county);
    browser.get("/signin");
    HttpResponse<String> noToken =
        browser.post(
            "/signin", Map.of("username", "office", "password", county.password("office")), false);
    assertThat(noToken.statusCode()).isEqualTo(403);
    assertThat(noToken.body()).contains("无权访问");
    browser.signInAndChoose("other");
    HttpResponse<String> change =
        browser.post(
            "/password",
            Map.of(
                "current",
                county.password("other"),
                "chosen",
                "x".repeat(12),
                "repeated",
                "x".repeat(12)),
            false);
    assertThat(change.statusCode()).isEqualTo(403);
    HttpResponse<String> signOut = browser.post("/signout", Map.of(), false);
    assertThat(signOut.statusCode()).isEqualTo(403);
    assertThat(browser.get("/").statusCode()).as("still signed in").isEqualTo(200);
  }

  @Test
  void theOfficeSeesEveryUnitsSubmissionsDutiesAndTheLastExchange() throws Exception {
    ConsoleBrowser office = new ConsoleBrowser(county);
    office.signInAndChoose("office");
    HttpResponse<String> home = office.get("/");
    assertThat(home.statusCode()).isEqualTo(200);
    String page = home.body();
    assertThat(page).contains("报送情况", "最近一次夜间交换", "全量比对");
    // of the townships and departments, only 岳阳镇 has reported this week
    long submitting =
        runtime.county().units().stream()
            .filter(u -> org.lianxi.ledger.reconcile.JudgedLedger.SUBMITTING.contains(u.type()))
            .count();
    assertThat(submitting).isEqualTo(16);
    assertThat(page).contains("<span id=\"missing\">" + (submitting - 1) + "</span>个报送单位");
    assertThat(row(page, "submissions", "古县岳阳镇人民政府")).contains("已报送").doesNotContain("missing");
    assertThat(row(page, "submissions", "古县北平镇人民政府")).contains("class=\"missing\"", "未报送");
    assertThat(row(page, "owing", "古县岳阳镇人民政府")).contains("<td class=\"late\">1</td>");
    assertThat(page).contains("案件移送_岳阳镇_139****5678.csv").doesNotContain("13912345678");
    assertThat(row(page, "by-rule", "报送移入情况（回执）")).contains("<td class=\"late\">1</td>");
    // 县市场监管局 found both matters on Mon 2 Mar; guxian's referral.send is 3 working days, so
    // due Thu 5 Mar: 12号 sent Wed 4 Mar on time, 30号 sent Mon 9 Mar late. 岳阳镇 never received
    // 30号 (overdue): 0.0 %, lowest, first.
    String onTime = page.substring(page.indexOf("id=\"on-time\""));
    assertThat(row(page, "on-time", "古县市场监督管理局"))
        .contains("<td>1</td>\n        <td>1</td>\n        <td>0</td>", "50.0%");
    assertThat(row(page, "on-time", "古县岳阳镇人民政府")).contains("<td class=\"late\">1</td>", "0.0%");
    assertThat(onTime.indexOf("古县岳阳镇人民政府")).isLessThan(onTime.indexOf("古县市场监督管理局"));
    assertThat(home.headers().firstValue("Content-Language")).hasValue("zh-CN");
    // the last reconcile job (the full one of the fixture) and what it left
    assertThat(page).containsPattern("id=\"last-job\">20\\d\\d-\\d\\d-\\d\\d \\d\\d:\\d\\d 开始，成功<");
    // the chart's library and script, from the application itself
    assertThat(page).contains("<script src=\"/webjars/chart.js/4.5.1/dist/chart.umd.min.js\">");
    HttpResponse<byte[]> chart = office.bytes("/webjars/chart.js/4.5.1/dist/chart.umd.min.js");
    assertThat(chart.statusCode()).isEqualTo(200);
    assertThat(new String(chart.body(), StandardCharsets.UTF_8)).contains("Chart.js v4.5.1");
    assertThat(office.bytes("/js/dashboard.js").statusCode()).isEqualTo(200);

    HttpResponse<String> others = office.get("/receipts/" + otherFile);
    assertThat(others.statusCode()).isEqualTo(200);
    assertThat(others.body()).contains("古县市场监督管理局（D02）");
    assertThat(office.get("/audit").statusCode()).isEqualTo(200);
  }

  @Test
  void aLiaisonSeesItsOwnDutiesAndReceiptsAndAnotherUnitsReceiptIsNotFound() throws Exception {
    ConsoleBrowser liaison = new ConsoleBrowser(county);
    liaison.signInAndChoose("liaison");
    String home = liaison.get("/").body();
    assertThat(home).contains("古县岳阳镇人民政府的待办事项", "逾期<span id=\"overdue-count\">1</span>项");
    assertThat(row(home, "overdue", "古市监移〔2026〕30号")).contains("古县市场监督管理局");
    assertThat(home).doesNotContain("报送情况");

    String list = liaison.get("/receipts").body();
    assertThat(list).contains("案件移送_岳阳镇_139****5678.csv").doesNotContain("案件移送_D02.csv");
    HttpResponse<String> receipt = liaison.get("/receipts/" + ownFile);
    assertThat(receipt.statusCode()).isEqualTo(200);
    assertThat(receipt.body())
        .contains("已接收，部分行未通过校验（见问题明细），其余各行已导入")
        .doesNotContain("13912345678");
    assertThat(row(receipt.body(), "sheets", "案件移送"))
        .contains("<td>1</td>", "<td class=\"late\">1</td>");
    assertThat(row(receipt.body(), "problems", "不能代其他单位报送"))
        .contains("<td>案件移送</td>", "<td>3</td>", "<td>接收单位</td>", "<td>古县北平镇人民政府</td>");

    HttpResponse<String> others = liaison.get("/receipts/" + otherFile);
    HttpResponse<String> nothing = liaison.get("/receipts/" + (otherFile + ownFile + 1000));
    assertThat(others.statusCode()).isEqualTo(404);
    assertThat(nothing.statusCode()).isEqualTo(404);
    assertThat(others.body()).isEqualTo(nothing.body()).contains("未找到");
    assertThat(liaison.bytes("/receipts/" + otherFile + "/xlsx").statusCode()).isEqualTo(404);
    assertThat(liaison.get("/audit").statusCode()).isEqualTo(403);

    HttpResponse<byte[]> xlsx = liaison.bytes("/receipts/" + ownFile + "/xlsx");
    assertThat(xlsx.statusCode()).isEqualTo(200);
    assertThat(xlsx.headers().firstValue("Content-Disposition").orElseThrow()).contains(".xlsx");
    try (var workbook =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(
            new java.io.ByteArrayInputStream(xlsx.body()))) {
      assertThat(workbook.getSheet("问题明细").getRow(1).getCell(2).getStringCellValue())
          .isEqualTo("接收单位");
    }
    assertThat(audit("liaison")).extracting(r -> r.get("action")).contains("RECEIPT_DOWNLOADED");
  }

  @Test
  void theAuditorSeesTheAuditLogOnly() throws Exception {
    ConsoleBrowser auditor = new ConsoleBrowser(county);
    auditor.signInAndChoose("auditor");
    HttpResponse<String> home = auditor.get("/");
    assertThat(home.statusCode()).isEqualTo(302);
    assertThat(home.headers().firstValue("Location").orElseThrow()).endsWith("/audit");
    HttpResponse<String> log = auditor.get("/audit");
    assertThat(log.statusCode()).isEqualTo(200);
    assertThat(log.body()).contains("审计日志", "新建账户", "命令行", "修改密码");
    assertThat(auditor.get("/receipts").statusCode()).isEqualTo(403);
    assertThat(auditor.get("/receipts/" + ownFile).statusCode()).isEqualTo(403);
    assertThat(auditor.bytes("/receipts/" + ownFile + "/xlsx").statusCode()).isEqualTo(403);
  }

  @Test
  void everyPageCarriesTheSecurityHeadersAndSigningOutEndsTheSession() throws Exception {
    ConsoleBrowser browser = new ConsoleBrowser(county);
    HttpResponse<String> page = browser.get("/signin");
    var headers = page.headers();
    assertThat(headers.firstValue("Content-Security-Policy").orElseThrow())
        .contains("default-src 'self'", "frame-ancestors 'none'");
    assertThat(headers.firstValue("X-Frame-Options")).contains("DENY");
    assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(headers.firstValue("Referrer-Policy")).contains("same-origin");
    assertThat(headers.firstValue("Set-Cookie").orElseThrow())
        .startsWith("LIANXI_SESSION=")
        .contains("HttpOnly", "SameSite=Strict");
    assertThat(page.body()).contains("<link rel=\"stylesheet\" href=\"/css/console.css\">");
    assertThat(browser.get("/css/console.css").statusCode()).isEqualTo(200);
    assertThat(headers.firstValue("Content-Language")).hasValue("zh-CN");
    // the reports' font, for a browser without a Chinese font of its own: the sign-in page too
    HttpResponse<byte[]> font = browser.bytes("/fonts/DroidSansFallbackFull.ttf");
    assertThat(font.statusCode()).isEqualTo(200);
    assertThat(font.body().length).isGreaterThan(1_000_000);
    assertThat(browser.bytes("/fonts/../application.properties").statusCode()).isNotEqualTo(200);

    browser.signInAndChoose("spare");
    assertThat(browser.get("/").statusCode()).isEqualTo(200);
    HttpResponse<String> out = browser.post("/signout", Map.of(), true);
    assertThat(out.statusCode()).isEqualTo(302);
    assertThat(out.headers().firstValue("Location").orElseThrow()).endsWith("/signin?out");
    assertThat(browser.get("/").statusCode()).isEqualTo(302);
    assertThat(audit("spare"))
        .extracting(r -> r.get("action"))
        .containsExactly("SIGN_IN", "PASSWORD_CHANGED", "SIGN_OUT");
  }

  @Test
  void theUserCommandsRefuseAnUnknownUnitRoleOrNameWithTwoAndLockSignsOut() throws Exception {
    CommandRun unit = run("user", "add", "--unit", "县教育局", "--role", "联络员", "someone");
    assertThat(unit.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(unit.err()).contains("--unit 县教育局: no such unit");
    CommandRun role = run("user", "add", "--unit", "T01", "--role", "局长", "someone");
    assertThat(role.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(role.err()).contains("--role 局长: 联络员, 办公室 or 审计");
    CommandRun twice = run("user", "add", "--unit", "T01", "--role", "联络员", "liaison");
    assertThat(twice.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(twice.err()).contains("an account named liaison exists already");
    assertThat(run("user", "lock", "nobody-at-all").exit()).isEqualTo(ExitCode.USAGE);
    assertThat(run("user", "reset", "nobody-at-all").err())
        .contains("no account named nobody-at-all");
    ConsoleBrowser browser = new ConsoleBrowser(county);
    browser.signInAndChoose("leaver");
    assertThat(browser.get("/").statusCode()).isEqualTo(200);
    CommandRun lock = run("user", "lock", "leaver");
    assertThat(lock.exit()).isZero();
    assertThat(lock.out()).contains("Locked the account leaver until it is reset");
    assertThat(browser.get("/").headers().firstValue("Location").orElseThrow())
        .as("signed out at once")
        .endsWith("/signin");
    assertThat(browser.signIn("leaver", county.password("leaver"))).endsWith("/signin?error");
    CommandRun list = run("user", "list");
    assertThat(list.exit()).isZero();
    assertThat(list.out())
        .containsPattern("leaver +T04 \\S+ +联络员 +yes, until reset")
        .contains("name", "must change")
        .doesNotContain("someone", "{bcrypt}", county.password("leaver"));
    assertThat(
            JdbcClient.create(runtime.database().dataSource())
                .sql("SELECT detail FROM console_audit WHERE action = 'ACCOUNT_LOCKED'")
                .query(String.class)
                .list())
        .contains("leaver");
  }

  /** The dashboard's intake and 台账's count are kept between visits, never past a new file. */
  @Test
  void theDashboardAndTheLedgerCountAFileTheMomentItIsLoaded() throws Exception {
    ConsoleBrowser office = new ConsoleBrowser(county);
    office.signInAndChoose("watcher");
    ConsoleBrowser liaison = new ConsoleBrowser(county);
    liaison.signInAndChoose("sender");
    long[] before = intake(office.get("/").body());
    assertThat(intake(office.get("/").body())).as("kept: the same figures").isEqualTo(before);
    long listed = referrals(office.get("/ledger").body());

    byte[] csv =
        ("移送文号,移送方向,移送单位,接收单位,当事人,违法事项,发现日期,移送时间\n"
                + "古市监移〔2026〕40号,移入,县市场监管局,永乐乡,某饭店,无照经营,2026/3/9,2026-03-10 10:00\n")
            .getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> sent = liaison.upload("/upload", Map.of(), "案件移送_永乐乡.csv", csv, true);
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);

    String home = office.get("/").body();
    // files, files rejected whole, rows taken, rows rejected
    assertThat(intake(home)).containsExactly(before[0] + 1, before[1], before[2] + 1, before[3]);
    assertThat(row(home, "recent", "案件移送_永乐乡.csv")).contains("古县永乐乡人民政府");
    assertThat(referrals(office.get("/ledger").body())).isEqualTo(listed + 1);
  }

  /** 已接收文件 on the dashboard: files, files rejected whole, rows taken, rows rejected. */
  private static long[] intake(String dashboard) {
    Matcher m =
        Pattern.compile("已接收文件</dt><dd>(\\d+)份（整份拒收(\\d+)份），导入(\\d+)行，未通过(\\d+)行")
            .matcher(dashboard);
    assertThat(m.find()).as("the intake's figures").isTrue();
    return new long[] {
      Long.parseLong(m.group(1)),
      Long.parseLong(m.group(2)),
      Long.parseLong(m.group(3)),
      Long.parseLong(m.group(4))
    };
  }

  /** 共N件 on 台账's first page (the referrals of every unit). */
  private static long referrals(String ledger) {
    Matcher m = Pattern.compile("共(\\d+)件，第1/").matcher(ledger);
    assertThat(m.find()).as("the ledger's count").isTrue();
    return Long.parseLong(m.group(1));
  }

  @Test
  void aLiaisonUploadsAFileAsItsOwnUnitAndReadsEveryRejectedRowOnItsReceipt() throws Exception {
    JdbcClient jdbc = JdbcClient.create(runtime.database().dataSource());
    ConsoleBrowser liaison = new ConsoleBrowser(county);
    liaison.signInAndChoose("uploader");
    HttpResponse<String> form = liaison.get("/upload");
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body()).contains("报送信息共享表", "古县岳阳镇人民政府", "1MB").doesNotContain("name=\"unit\"");
    HttpResponse<byte[]> template = liaison.bytes("/upload/template");
    assertThat(template.statusCode()).isEqualTo(200);
    try (var workbook =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(
            new java.io.ByteArrayInputStream(template.body()))) {
      assertThat(workbook.getSheet("案件移送")).isNotNull();
    }

    byte[] csv =
        ("移送文号,移送方向,移送单位,接收单位,当事人,违法事项,发现日期,移送时间\n"
                + "古市监移〔2026〕14号,移入,县市场监管局,岳阳镇,某超市,无照经营,2026/3/3,2026-03-05 10:00\n"
                + "古市监移〔2026〕15号,移入,县市场监管局,北平镇,某工厂,超范围经营,2026/3/5,2026-03-06 09:15\n")
            .getBytes(StandardCharsets.UTF_8);
    // the unit field is the office's; a liaison's is ignored: it sends as its own unit
    HttpResponse<String> sent =
        liaison.upload("/upload", Map.of("unit", "D02"), "案件移送_岳阳镇_本周.csv", csv, true);
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
    String at = URI.create(sent.headers().firstValue("Location").orElseThrow()).getPath();
    assertThat(at).matches(".*/receipts/\\d+");
    long id = Long.parseLong(at.substring(at.lastIndexOf('/') + 1));
    assertThat(
            jdbc.sql(
                    "SELECT CONCAT(sender_unit, ' ', channel, ' ', original_name) FROM received_file WHERE id = ?")
                .param(id)
                .query(String.class)
                .single())
        .isEqualTo("T01 console 案件移送_岳阳镇_本周.csv");
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM referral_report WHERE file_id = ? AND is_current = 1")
                .param(id)
                .query(Integer.class)
                .single())
        .isEqualTo(1);
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM received_file WHERE sender_unit = 'D02' AND channel = 'console'")
                .query(Integer.class)
                .single())
        .isZero();

    HttpResponse<String> receipt = liaison.get(at);
    assertThat(receipt.statusCode()).isEqualTo(200);
    assertThat(receipt.body())
        .contains("古县岳阳镇人民政府（T01）", "案件移送_岳阳镇_本周.csv", "已接收，部分行未通过校验（见问题明细），其余各行已导入");
    assertThat(row(receipt.body(), "sheets", "案件移送"))
        .contains("<td>1</td>", "<td class=\"late\">1</td>");
    assertThat(row(receipt.body(), "problems", "不能代其他单位报送"))
        .contains("<td>案件移送</td>", "<td>3</td>", "<td>接收单位</td>", "<td>古县北平镇人民政府</td>");
    try (var left = Files.list(data().resolve("work").resolve("console"))) {
      assertThat(left)
          .as("the temporary file is removed")
          .containsExactly(data().resolve("work").resolve("console").resolve("parts"));
    }
    assertThat(audit("uploader"))
        .extracting(r -> r.get("action"))
        .contains("TEMPLATE_DOWNLOADED", "FILE_UPLOADED");
    assertThat(
            audit("uploader").stream()
                .filter(r -> "FILE_UPLOADED".equals(r.get("action")))
                .map(r -> r.get("detail").toString()))
        .containsExactly("报送 案件移送_岳阳镇_本周.csv（T01），回执 " + id);
  }

  @Test
  void anUploadWithoutItsTokenIsRefusedAndAnOversizedOneGetsAPageThatSaysWhy() throws Exception {
    JdbcClient jdbc = JdbcClient.create(runtime.database().dataSource());
    String files = "SELECT COUNT(*) FROM received_file";
    int before = jdbc.sql(files).query(Integer.class).single();
    ConsoleBrowser browser = new ConsoleBrowser(county);
    browser.signInAndChoose("clerk");
    browser.get("/upload");
    byte[] csv = "移送文号,移送方向\n".getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> noToken =
        browser.upload("/upload", Map.of("unit", "T01"), "案件移送.csv", csv, false);
    assertThat(noToken.statusCode()).isEqualTo(403);
    assertThat(noToken.body()).contains("无权访问");

    byte[] big = new byte[1024 * 1024 + 1];
    java.util.Arrays.fill(big, (byte) 'a');
    HttpResponse<String> tooBig =
        browser.upload("/upload", Map.of("unit", "T01"), "案件移送.csv", big, true);
    assertThat(tooBig.statusCode()).isEqualTo(413);
    assertThat(tooBig.body())
        .contains("文件太大", "单个文件不能超过<span>1MB</span>，文件未被接收")
        .doesNotContain("Exception");
    assertThat(jdbc.sql(files).query(Integer.class).single()).isEqualTo(before);
    assertThat(browser.get("/").statusCode()).as("still signed in").isEqualTo(200);

    // the office hands a file in for a unit it picks, and must pick one
    HttpResponse<String> noUnit = browser.upload("/upload", Map.of(), "案件移送.csv", csv, true);
    assertThat(noUnit.statusCode()).isEqualTo(200);
    assertThat(noUnit.body()).contains("请选择报送单位。");
    byte[] zero = "移送文号,移送方向,移送单位,接收单位,当事人,违法事项,发现日期,移送时间\n".getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> forUnit =
        browser.upload("/upload", Map.of("unit", "T01"), "案件移送_代报.csv", zero, true);
    assertThat(forUnit.statusCode()).as(forUnit.body()).isEqualTo(302);
    String at = URI.create(forUnit.headers().firstValue("Location").orElseThrow()).getPath();
    assertThat(browser.get(at).body()).contains("古县岳阳镇人民政府（T01）", "案件移送_代报.csv");
    assertThat(row(browser.get("/receipts?unit=T01").body(), "files", "案件移送_代报.csv"))
        .contains("联席工作台上传");
  }

  @Test
  void theOfficeRecordsItsDecisionOnATopicAndThePageShowsIt() throws Exception {
    ConsoleBrowser office = new ConsoleBrowser(county);
    office.signInAndChoose("chair");
    String page = office.get("/meetings").body();
    assertThat(page).contains("LX-2026-2", "例行会议，2026-11-20", "2026-11-18", "未发出");
    assertThat(row(page, "topics-LX-2026-2", "YT-1"))
        .contains("古县北平镇人民政府", "乡镇执法装备配备不足", "待审定", "name=\"verdict\"")
        .doesNotContain("逾期");
    HttpResponse<String> decided = decide(office, "T02", "SETTLED");
    assertThat(decided.statusCode()).as(decided.body()).isEqualTo(302);
    assertThat(row(office.get("/meetings").body(), "topics-LX-2026-2", "YT-1"))
        .contains("<td>会前协调解决</td>");
    assertThat(topicRows("O01", "f.sender_unit, ' ', f.channel, ' ', t.verdict"))
        .containsExactly("O01 console SETTLED");
    HttpResponse<String> unknown = decide(office, "T01", "SETTLED");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(audit("chair")).extracting(r -> r.get("action")).contains("TOPIC_DECIDED");

    HttpResponse<byte[]> minutes = office.bytes("/meetings/LX-2026-2/minutes/0");
    assertThat(minutes.statusCode()).isEqualTo(200);
    assertThat(minutes.headers().firstValue("Content-Disposition").orElseThrow()).contains(".docx");
    assertThat(new String(minutes.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
    assertThat(data().resolve("reports").resolve("会议纪要（草稿）_LX-2026-2.docx")).isRegularFile();
    assertThat(office.bytes("/meetings/LX-2026-2/minutes/7").statusCode()).isEqualTo(404);
  }

  @Test
  void theOfficeSchedulesAMeetingAndReadsItsResolutionsWithTheirDeadlines() throws Exception {
    ConsoleBrowser office = new ConsoleBrowser(county);
    office.signInAndChoose("scheduler");
    String page = office.get("/meetings").body();
    assertThat(page).contains("id=\"schedule\"");
    // YD-2026-21 was due Fri 27 Nov and is still 办理中; YD-2026-22 was done on Wed 25 Nov
    assertThat(row(page, "resolutions-LX-2026-2", "YD-2026-21"))
        .contains("古县旧县镇人民政府", "2026-11-27", "<td>办理中</td>", "class=\"late\"", "逾期", "个工作日");
    assertThat(row(page, "resolutions-LX-2026-2", "YD-2026-22"))
        .contains("古县石壁乡人民政府", "<td>已办结</td>", "2026-11-25", "按时办结");

    // a special meeting on Tue 15 Dec: no call for topics; topics due 2 working days before, Fri 11
    HttpResponse<String> scheduled =
        office.post("/meetings", Map.of("date", "2026-12-15", "type", "专题", "number", ""), true);
    assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(302);
    String after = office.get("/meetings").body();
    assertThat(after)
        .contains("已安排会议 ZT-20261215（2026-12-15），议题截止日期 2026-12-11。")
        .contains("id=\"meeting-ZT-20261215\"", "专题会议，2026-12-15");
    assertThat(
            county
                .jdbc()
                .sql(
                    "SELECT CONCAT(f.sender_unit, ' ', f.channel, ' ', m.kind, ' ', m.meeting_on)"
                        + " FROM meeting_report m JOIN received_file f ON f.id = m.file_id"
                        + " WHERE m.meeting_no = 'ZT-20261215' AND m.is_current = 1")
                .query(String.class)
                .single())
        .isEqualTo("O01 hand SPECIAL 2026-12-15");
    assertThat(audit("scheduler"))
        .filteredOn(r -> r.get("action").equals("MEETING_SCHEDULED"))
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.get("detail").toString()).startsWith("会议 ZT-20261215（专题，2026-12-15）"));

    HttpResponse<String> badDate =
        office.post("/meetings", Map.of("date", "12月15日", "type", "专题"), true);
    assertThat(badDate.statusCode()).isEqualTo(302);
    assertThat(office.get("/meetings").body()).contains("会议日期应写作 2026-06-23 的形式。");
    office.post("/meetings", Map.of("date", "2026-12-16", "type", "专题", "number", "../x"), true);
    assertThat(office.get("/meetings").body()).contains("会议编号只能由文字、数字和连字符组成");
    assertThat(
            office
                .post("/meetings", Map.of("date", "2026-12-16", "type", "专题"), false)
                .statusCode())
        .isEqualTo(403);

    ConsoleBrowser liaison = new ConsoleBrowser(county);
    liaison.signInAndChoose("bystander");
    HttpResponse<String> refused =
        liaison.post("/meetings", Map.of("date", "2026-12-17", "type", "专题"), true);
    assertThat(refused.statusCode()).isEqualTo(403);
    // 岳阳镇 carries out none of LX-2026-2's resolutions: it sees none
    assertThat(liaison.get("/meetings").body())
        .doesNotContain("YD-2026-21", "YD-2026-22", "id=\"schedule\"", "ZT-20261216");
  }

  @Test
  void aLiaisonProposesATopicAsItsUnitMarkedLateAndCannotDecide() throws Exception {
    ConsoleBrowser liaison = new ConsoleBrowser(county);
    liaison.signInAndChoose("proposer");
    String page = liaison.get("/meetings").body();
    assertThat(page)
        .contains("LX-2026-2", "提出议题")
        .doesNotContain("name=\"verdict\"", "乡镇执法装备配备不足"); // 北平镇's topic is not its
    HttpResponse<String> proposed =
        liaison.post("/meetings/LX-2026-2/topics", Map.of("title", "联合执法经费保障"), true);
    assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(302);
    String after = liaison.get("/meetings").body();
    assertThat(row(after, "topics-LX-2026-2", "联合执法经费保障"))
        .contains("古县岳阳镇人民政府", "（逾期）", "class=\"late\"", "待审定");
    assertThat(topicRows("T01", "t.proposer_unit, ' ', f.channel")).containsExactly("T01 console");
    HttpResponse<String> decide = decide(liaison, "T01", "TO_MEETING");
    assertThat(decide.statusCode()).isEqualTo(403);
    assertThat(liaison.bytes("/meetings/LX-2026-2/minutes/0").statusCode()).isEqualTo(403);
    assertThat(
            liaison.post("/meetings/LX-9999-1/topics", Map.of("title", "某议题"), true).statusCode())
        .isEqualTo(404);
  }

  /** The decision on topic YT-1 of LX-2026-2 as the unit proposed it, posted by this browser. */
  private static HttpResponse<String> decide(
      ConsoleBrowser browser, String proposer, String verdict) throws Exception {
    return browser.post(
        "/meetings/LX-2026-2/decisions",
        Map.of("proposer", proposer, "topic", "YT-1", "verdict", verdict),
        true);
  }

  /** A unit's current 会议议题 rows, each as {@code CONCAT(what)} of its row t and its file f. */
  private List<String> topicRows(String unit, String what) {
    return JdbcClient.create(runtime.database().dataSource())
        .sql(
            "SELECT CONCAT("
                + what
                + ") FROM topic_report t JOIN received_file f ON f.id = t.file_id"
                + " WHERE t.is_current = 1 AND t.reporting_unit = ?")
        .param(unit)
        .query(String.class)
        .list();
  }

  /** The table row of {@code table} holding {@code text}. */
}
