package org.lianxi.jobs.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lianxi.jobs.ingest.TestFiles.sheet;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.lianxi.jobs.ExampleCountyJobs;
import org.lianxi.jobs.ingest.Ingester;
import org.lianxi.jobs.ingest.TestFiles;
import org.lianxi.ledger.calendar.CalendarFiles;
import org.lianxi.ledger.calendar.CalendarStore;
import org.lianxi.ledger.exchange.Duties;
import org.lianxi.ledger.exchange.LedgerExport;
import org.lianxi.ledger.exchange.Table;
import org.lianxi.ledger.files.Channel;
import org.lianxi.ledger.reconcile.ReconcileSummary;
import org.lianxi.ledger.standard.RecordType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

@SpringJUnitConfig(ExampleCountyJobs.class)
@TestPropertySource(properties = "lianxi.data=target/reconcile-job-test")
class ReconcileJobTest {

  @Autowired Ingester ingester;
  @Autowired Reconciling reconciling;
  @Autowired DataSource dataSource;

  private static final String JUDGEMENTS =
      "SELECT record_key, rule_name, owing_unit, starts_at, due_at, ended_at, status, late_by, due_soon,"
          + " provisional, limit_text, calendar_version, profile_version FROM judgement"
          + " ORDER BY record_key, rule_name, owing_unit";

  @Test
  void aRerunGivesTheSameRowsAndACalendarImportRejudgesByTheNewCalendar() throws Exception {
    Path dir = Files.createDirectories(Path.of("target", "reconcile-job-test", "files"));
    Path file =
        TestFiles.xlsx(
            dir.resolve("year-end.xlsx"),
            sheet(
                "案件移送",
                List.of(
                    TestFiles.REFERRAL_HEADERS,
                    List.of(
                        "古市监移〔2026〕901号",
                        "移出",
                        "D02",
                        "T01",
                        "某商店",
                        "无照经营",
                        "2026-12-28",
                        "2026-12-29 10:00"))));
    ingester.ingest(
        "D02", Channel.SFTP, "year-end.xlsx", file, LocalDateTime.of(2026, 12, 30, 9, 0));
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);

    ReconcileSummary first = reconciling.run(LocalDate.of(2027, 1, 8));
    assertThat(first.records()).isEqualTo(1);
    assertThat(first.oneSided()).isEqualTo(1);
    // 5wd from Tue 29 Dec: 30, 31, then 2027 without data (Mon-Fri): Fri 1, Mon 4, Tue 5 Jan
    Map<String, Object> receipt =
        jdbc.queryForMap("SELECT * FROM judgement WHERE rule_name = 'referral.receipt'");
    assertThat(receipt)
        .containsEntry("owing_unit", "T01")
        .containsEntry("status", "OVERDUE")
        .containsEntry("provisional", true)
        .containsEntry("due_at", LocalDateTime.of(2027, 1, 5, 23, 59, 59));
    assertThat(jdbc.queryForObject("SELECT missing_side FROM record_state", String.class))
        .isEqualTo("SECOND");
    List<Map<String, Object>> before = jdbc.queryForList(JUDGEMENTS);

    reconciling.run(LocalDate.of(2027, 1, 8));
    assertThat(jdbc.queryForList(JUDGEMENTS)).isEqualTo(before);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM reconcile_run", Integer.class))
        .isEqualTo(2);

    // The 2027 notice arrives: New Year's Day is a holiday. Due moves to Wed 6 Jan, certain.
    String json =
        "{\"year\": 2027, \"days\": [{\"name\": \"元旦\", \"date\": \"2027-01-01\", \"isOffDay\": true}]}";
    new CalendarStore(dataSource)
        .importYear(
            CalendarFiles.readJson(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "2027.json"));
    reconciling.run(LocalDate.of(2027, 1, 8));
    Map<String, Object> rejudged =
        jdbc.queryForMap("SELECT * FROM judgement WHERE rule_name = 'referral.receipt'");
    assertThat(rejudged)
        .containsEntry("provisional", false)
        .containsEntry("due_at", LocalDateTime.of(2027, 1, 6, 23, 59, 59))
        .containsEntry("late_by", 2); // Thu 7, Fri 8
    assertThat(rejudged.get("calendar_version")).isNotEqualTo(receipt.get("calendar_version"));
    assertThat(rejudged.get("calendar_version"))
        .isEqualTo(new CalendarStore(dataSource).load().version());
    assertThat(rejudged.get("profile_version")).isEqualTo(receipt.get("profile_version"));
    assertThat(jdbc.queryForList("SELECT scope FROM reconcile_run ORDER BY id", String.class))
        .as("the rerun judged only the open duty; the new calendar judged everything again")
        .containsExactly("full", "nightly", "full");

    // The chase lists: the receiver owes the receipt; the sender owes nothing.
    Duties duties = new Duties(dataSource, org.lianxi.ledger.rules.RuleCatalogue.shipped());
    assertThat(duties.of("T01"))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.what()).isEqualTo("报送移入情况（回执）");
              assertThat(d.number()).isEqualTo("古市监移〔2026〕901号");
              assertThat(d.counterparty()).isEqualTo("古县市场监督管理局");
              assertThat(d.overdue()).isTrue();
              assertThat(d.lateBy()).isEqualTo("2个工作日");
            });
    assertThat(duties.of("D02")).isEmpty();

    // The ledger export: status and deadline columns, the missing side, personal data masked.
    Path complaint =
        TestFiles.xlsx(
            dir.resolve("complaint.xlsx"),
            sheet(
                "投诉举报",
                List.of(
                    List.of("登记编号", "首接单位", "受理日期", "投诉人", "联系电话", "事项摘要", "办理单位"),
                    List.of("12345-1", "岳阳镇", "2026-12-28", "张小明", "13812341234", "夜间噪音", "岳阳镇"))));
    ingester.ingest(
        "T01", Channel.DROP, "complaint.xlsx", complaint, LocalDateTime.of(2026, 12, 30, 9, 0));
    Map<String, String> names = Map.of("D02", "古县市场监督管理局", "T01", "古县岳阳镇人民政府");
    LedgerExport export =
        new LedgerExport(dataSource, names, org.lianxi.ledger.rules.RuleCatalogue.shipped());
    Table referrals = export.table(RecordType.REFERRAL);
    List<String> row = referrals.rows().get(0);
    assertThat(cell(referrals, row, "移送文号")).isEqualTo("古市监移〔2026〕901号");
    assertThat(cell(referrals, row, "接收单位")).isEqualTo("古县岳阳镇人民政府");
    assertThat(cell(referrals, row, "缺报情况")).isEqualTo("对方未报送");
    assertThat(cell(referrals, row, "报送移入情况（回执）·期限")).isEqualTo("2027-01-06");
    assertThat(cell(referrals, row, "报送移入情况（回执）·状态")).isEqualTo("已超期2个工作日");
    assertThat(cell(referrals, row, "来源文件")).isEqualTo("year-end.xlsx");
    Table complaints = export.table(RecordType.COMPLAINT);
    assertThat(cell(complaints, complaints.rows().get(0), "投诉人")).isEqualTo("张*明");
    assertThat(cell(complaints, complaints.rows().get(0), "联系电话")).isEqualTo("138****1234");
    assertThat(complaints.rows().get(0)).doesNotContain("张小明", "13812341234");
  }

  private static String cell(Table table, List<String> row, String header) {
    return row.get(table.headers().indexOf(header));
  }
}
