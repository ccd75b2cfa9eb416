package org.lianxi.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lianxi.app.ConsoleCounty.row;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.lianxi.ledger.accounts.Role;
import org.lianxi.routes.Collector;

/**
 * The console's 隔离区 at the HTTP level against the real embedded database: mails quarantined in the
 * mailbox's own layout (the routes' CollectorMailTest checks that the mailbox writes what this page
 * reads), released to a unit the office picks and loaded as that unit's mail, discarded, and
 * refused when the office's input is wrong or the item cannot be released.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleQuarantineTest {

  /** Quarantined in March, so that the rows' March dates are not later than the mail's arrival. */
  private static final String RELEASED = "20260312-093000-0a1b2c3d";

  private static final String DISCARDED = "20260313-101500-1b2c3d4e";
  private static final String OVERSIZED = "20260314-080000-2c3d4e5f";
  private static final String UNKNOWN = "发件地址未登记为任何成员单位：someone@else.example";
  private static final String REFERRALS =
      "SELECT COUNT(*) FROM referral_report r JOIN received_file f ON f.id = r.file_id"
          + " WHERE r.reporting_unit = 'T01' AND f.channel = 'mail'";

  private ConsoleCounty county;
  private ConsoleBrowser office;

  @BeforeAll
  void aCountyWithQuarantinedMails() throws Exception {
    county = ConsoleCounty.in("console-quarantine-test");
    quarantined(
        RELEASED,
        UNKNOWN,
        "案件移送_岳阳镇.csv",
        "移送文号,移送方向,移送单位,接收单位,当事人,违法事项,发现日期,移送时间\n"
            + "古市监移〔2026〕12号,移入,县市场监管局,岳阳镇,某商店,无照经营,2026/3/2,2026-03-04 14:30\n"
            + "古市监移〔2026〕30号,移入,县市场监管局,岳阳镇,某商店,无照经营,2026/3/2,2026-03-10 09:00\n");
    quarantined(
        DISCARDED,
        UNKNOWN,
        "案件移送_广告.csv",
        "移送文号,移送方向,移送单位,接收单位,当事人,违法事项,发现日期,移送时间\n"
            + "古市监移〔2026〕99号,移入,县市场监管局,岳阳镇,某商店,无照经营,2026/3/2,2026-03-04 14:30\n");
    Path big = Files.createDirectories(county.data().resolve("quarantine").resolve(OVERSIZED));
    Files.writeString(
        big.resolve("headers.txt"),
        "From: big@else.example\nSubject: =?UTF-8?B?"
            + java.util.Base64.getEncoder().encodeToString("全年台账".getBytes(StandardCharsets.UTF_8))
            + "?=\nDate: Sat, 14 Mar 2026 08:00:00 +0800\n");
    Files.writeString(big.resolve("reason.txt"), "隔离原因：邮件过大（超过80MB）\n");

    county.open();
    // the reading of quarantined mails in the context as serve puts it there
    county
        .runtime()
        .context()
        .getBeanFactory()
        .registerSingleton("quarantinedMails", Collector.quarantinedMails());
    county.add("office", "O01", Role.OFFICE);
    county.add("liaison", "T01", Role.UNIT);
    county.serve();
    office = new ConsoleBrowser(county);
    office.signInAndChoose("office");
  }

  /** A mail kept as the mailbox keeps one: {@code message.eml} and {@code reason.txt}. */
  private void quarantined(String id, String reason, String name, String csv) throws Exception {
    Path folder = Files.createDirectories(county.data().resolve("quarantine").resolve(id));
    MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
    message.setFrom(new InternetAddress("someone@else.example"));
    message.setRecipients(Message.RecipientType.TO, "lianxi@gx.example");
    message.setSubject("岳阳镇三月报送", "UTF-8");
    message.setHeader("Date", "Thu, 12 Mar 2026 09:29:00 +0800");
    MimeMultipart multipart = new MimeMultipart();
    MimeBodyPart text = new MimeBodyPart();
    text.setText("请查收", "UTF-8");
    multipart.addBodyPart(text);
    MimeBodyPart attachment = new MimeBodyPart();
    attachment.setDataHandler(
        new DataHandler(new ByteArrayDataSource(csv.getBytes(StandardCharsets.UTF_8), "text/csv")));
    attachment.setFileName(MimeUtility.encodeText(name, "UTF-8", "B"));
    multipart.addBodyPart(attachment);
    message.setContent(multipart);
    message.saveChanges();
    try (OutputStream out = Files.newOutputStream(folder.resolve("message.eml"))) {
      message.writeTo(out);
    }
    Files.writeString(folder.resolve("reason.txt"), "隔离原因：" + reason + "\n");
  }

  @AfterAll
  void close() {
    if (county != null) {
      county.close();
    }
  }

  private HttpResponse<String> release(String id, String unit, String reason) throws Exception {
    office.get("/quarantine");
    return office.post(
        "/quarantine/" + id + "/release", Map.of("unit", unit, "reason", reason), true);
  }

  private HttpResponse<String> discard(String id, String reason) throws Exception {
    office.get("/quarantine");
    return office.post("/quarantine/" + id + "/discard", Map.of("reason", reason), true);
  }

  private long referrals() {
    return county.jdbc().sql(REFERRALS).query(Long.class).single();
  }

  private long files() {
    return county.jdbc().sql("SELECT COUNT(*) FROM received_file").query(Long.class).single();
  }

  @Test
  @Order(1)
  void theOfficeSeesEveryQuarantinedMailNewestFirstWithItsReasonSenderAndAttachments()
      throws Exception {
    HttpResponse<String> page = office.get("/quarantine");
    assertThat(page.statusCode()).isEqualTo(200);
    String body = page.body();
    assertThat(body).contains("隔离区", "没有处理过");
    String released = row(body, "waiting", "案件移送_岳阳镇.csv");
    assertThat(released)
        .contains(
            "2026-03-12 09:30:00",
            UNKNOWN,
            "someone@else.example",
            "岳阳镇三月报送",
            "Thu, 12 Mar 2026 09:29:00 +0800");
    assertThat(released).containsPattern("案件移送_岳阳镇.csv</span>（<span>\\d+ 字节");
    String big = row(body, "waiting", "邮件过大，仅保留邮件头");
    assertThat(big).contains("big@else.example", "全年台账", "邮件过大（超过80MB）");
    assertThat(big).doesNotContain("/release"); // only discarded
    // newest first
    assertThat(body.indexOf(OVERSIZED)).isLessThan(body.indexOf(DISCARDED));
    assertThat(body.indexOf(DISCARDED)).isLessThan(body.indexOf(RELEASED));
  }

  @Test
  @Order(2)
  void aLiaisonIsForbiddenAndAPostWithoutTheTokenRefused() throws Exception {
    ConsoleBrowser liaison = new ConsoleBrowser(county);
    liaison.signInAndChoose("liaison");
    assertThat(liaison.get("/").body()).doesNotContain(">隔离区<");
    assertThat(office.get("/").body()).contains(">隔离区<");
    assertThat(liaison.get("/quarantine").statusCode()).isEqualTo(403);
    liaison.get("/");
    assertThat(
            liaison
                .post(
                    "/quarantine/" + RELEASED + "/release",
                    Map.of("unit", "T01", "reason", "冒充"),
                    true)
                .statusCode())
        .isEqualTo(403);
    assertThat(
            office
                .post(
                    "/quarantine/" + RELEASED + "/release",
                    Map.of("unit", "T01", "reason", "无令牌"),
                    false)
                .statusCode())
        .isEqualTo(403);
    assertThat(Files.isDirectory(county.data().resolve("quarantine").resolve(RELEASED))).isTrue();
  }

  @Test
  @Order(3)
  void badInputIsSaidInChineseAndNothingIsLoaded() throws Exception {
    long before = files();
    HttpResponse<String> noReason = release(RELEASED, "T01", " ");
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(noReason.body()).contains("请填写放行原因");
    HttpResponse<String> unknownUnit = release(RELEASED, "X99", "核实");
    assertThat(unknownUnit.statusCode()).isEqualTo(400);
    assertThat(unknownUnit.body()).contains("未知单位");
    HttpResponse<String> oversized = release(OVERSIZED, "T01", "核实");
    assertThat(oversized.statusCode()).isEqualTo(400);
    assertThat(oversized.body()).contains("只能删除");
    assertThat(discard(DISCARDED, "").body()).contains("请填写删除原因");
    // an id is looked up in the listing, never taken for a path
    assertThat(release(".released", "T01", "核实").statusCode()).isEqualTo(404);
    assertThat(release("..", "T01", "核实").statusCode()).isIn(400, 404);
    assertThat(discard("..%2F..%2Fout", "核实").statusCode()).isIn(400, 404);
    assertThat(release("20260312-093000-0a1b2c3e", "T01", "核实").statusCode()).isEqualTo(404);
    assertThat(files()).isEqualTo(before);
    assertThat(county.audit("office"))
        .noneMatch(a -> a.get("action").toString().startsWith("QUAR"));
  }

  @Test
  @Order(4)
  void aReleasedMailIsLoadedAsTheChosenUnitsMailAndItsReceiptLinked() throws Exception {
    HttpResponse<String> released = release(RELEASED, "T01", "经电话核实为岳阳镇联络员个人邮箱");
    assertThat(released.statusCode()).as(released.body()).isEqualTo(302);
    assertThat(released.headers().firstValue("Location").orElseThrow())
        .endsWith("/quarantine?done=" + RELEASED);

    assertThat(referrals()).isEqualTo(2);
    Map<String, Object> file =
        county
            .jdbc()
            .sql(
                "SELECT id, sender_unit, channel, original_name, received_at FROM received_file"
                    + " WHERE original_name = '案件移送_岳阳镇.csv'")
            .query()
            .singleRow();
    assertThat(file.get("sender_unit")).isEqualTo("T01");
    assertThat(file.get("channel")).isEqualTo("mail");
    // received when the mail arrived, not when the office released it
    assertThat(file.get("received_at").toString()).isEqualTo("2026-03-12T09:30");
    long id = ((Number) file.get("id")).longValue();
    try (var out = Files.list(county.data().resolve("out").resolve("T01"))) {
      assertThat(out.map(p -> p.getFileName().toString()))
          .anyMatch(n -> n.startsWith("回执_" + id + "_"));
    }

    Path handled = county.data().resolve("quarantine/.released").resolve(RELEASED);
    assertThat(handled.resolve("message.eml")).isRegularFile();
    assertThat(Files.readString(handled.resolve("handled.txt")))
        .contains("处理：放行", "单位：T01", "账号：office", "原因：经电话核实", "回执：" + id);
    assertThat(county.data().resolve("quarantine").resolve(RELEASED)).doesNotExist();

    String page = office.get("/quarantine?done=" + RELEASED).body();
    String row = row(page, "handled", "经电话核实");
    assertThat(row)
        .contains(
            "放行给古县岳阳镇人民政府", "office", "href=\"/receipts/" + id + "\"", "someone@else.example");
    assertThat(office.get("/receipts/" + id).statusCode()).isEqualTo(200);
    assertThat(page).doesNotContain("id=\"item-" + RELEASED + "\"");
    assertThat(
            page.substring(
                page.indexOf("id=\"done\""), page.indexOf("</p>", page.indexOf("id=\"done\""))))
        .contains("已放行给古县岳阳镇人民政府", "href=\"/receipts/" + id + "\"");

    // released once: again it is no longer there
    assertThat(release(RELEASED, "T01", "再放行一次").statusCode()).isEqualTo(404);
    assertThat(referrals()).isEqualTo(2);

    assertThat(county.audit("office"))
        .anySatisfy(
            a -> {
              assertThat(a.get("action")).isEqualTo("QUARANTINE_RELEASED");
              assertThat(a.get("detail").toString())
                  .contains(RELEASED, "T01", "经电话核实", "回执 [" + id + "]");
            });
  }

  @Test
  @Order(5)
  void aReleaseCutShortAfterTheHandInIsFinishedForTheSameUnitWithoutLoadingTwice()
      throws Exception {
    // the state a crash between the hand-in and the move leaves: the files loaded, the mail still
    // waiting with its release begun
    Path waiting = county.data().resolve("quarantine").resolve(RELEASED);
    Files.move(county.data().resolve("quarantine/.released").resolve(RELEASED), waiting);
    Files.writeString(
        waiting.resolve("handled.txt"),
        "处理：放行\n单位：T01\n账号：office\n时间：2026-12-01T10:00\n原因：经电话核实\n");
    long files = files();
    assertThat(row(office.get("/quarantine").body(), "waiting", RELEASED)).contains("放行未完成");

    HttpResponse<String> other = release(RELEASED, "D02", "换个单位");
    assertThat(other.statusCode()).isEqualTo(400);
    assertThat(other.body()).contains("已开始放行给 T01");
    assertThat(discard(RELEASED, "算了").statusCode()).isEqualTo(400);

    assertThat(release(RELEASED, "T01", "重试").statusCode()).isEqualTo(302);
    assertThat(files()).isEqualTo(files);
    assertThat(referrals()).isEqualTo(2);
    assertThat(waiting).doesNotExist();
    assertThat(county.data().resolve("quarantine/.released").resolve(RELEASED)).isDirectory();
  }

  @Test
  @Order(6)
  void aDiscardedMailMovesAsideAndNothingIsLoaded() throws Exception {
    long files = files();
    HttpResponse<String> discarded = discard(DISCARDED, "广告邮件");
    assertThat(discarded.statusCode()).isEqualTo(302);
    assertThat(files()).isEqualTo(files);
    Path handled = county.data().resolve("quarantine/.discarded").resolve(DISCARDED);
    assertThat(Files.readString(handled.resolve("handled.txt")))
        .contains("处理：删除", "账号：office", "原因：广告邮件")
        .doesNotContain("单位：");
    String row = row(office.get("/quarantine").body(), "handled", "广告邮件");
    assertThat(row).contains("删除", "office");
    assertThat(discard(DISCARDED, "再删").statusCode()).isEqualTo(404);

    // the oversized one may be discarded
    assertThat(discard(OVERSIZED, "过大，已请对方分开发送").statusCode()).isEqualTo(302);
    assertThat(county.data().resolve("quarantine/.discarded").resolve(OVERSIZED)).isDirectory();
    assertThat(office.get("/quarantine").body()).contains("没有待处理的隔离邮件");

    List<Map<String, Object>> audit = county.audit("office");
    assertThat(audit)
        .filteredOn(a -> a.get("action").equals("QUARANTINE_DISCARDED"))
        .extracting(a -> a.get("detail").toString())
        .anySatisfy(d -> assertThat(d).contains(DISCARDED, "广告邮件"))
        .anySatisfy(d -> assertThat(d).contains(OVERSIZED, "过大"));
    assertThat(office.get("/audit").body()).contains("隔离邮件放行", "隔离邮件删除");
  }
}
