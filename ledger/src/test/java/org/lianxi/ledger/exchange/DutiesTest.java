package org.lianxi.ledger.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.lianxi.ledger.testing.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A unit's chase list: every open duty of every rule (one with no figure as 无时限要求), and the records
 * the other side reported that the unit itself has not.
 */
class DutiesTest {

  private final DataSource dataSource = TestDatabase.fresh();
  private final JdbcClient jdbc = JdbcClient.create(dataSource);

  private void unit(String code, String name, String type) {
    jdbc.sql("INSERT INTO unit VALUES (?, ?, ?, NOW())").params(code, name, type).update();
  }

  private void state(String type, String key, String first, String second, String missing) {
    jdbc.sql(
            "INSERT INTO record_state (record_type, record_key, first_unit, second_unit,"
                + " missing_side) VALUES (?, ?, ?, ?, ?)")
        .params(type, key, first, second, missing)
        .update();
  }

  private void judgement(
      String type, String key, String rule, String unit, String due, String status) {
    jdbc.sql(
            "INSERT INTO judgement (record_type, record_key, rule_name, owing_unit, starts_at,"
                + " due_at, status, late_by, limit_text, calendar_version, profile_version, as_of)"
                + " VALUES (?, ?, ?, ?, '2026-03-02 00:00:00', ?, ?, 0, '2wd', REPEAT('c', 16),"
                + " REPEAT('p', 16), '2026-03-20 23:59:59')")
        .params(type, key, rule, unit, due, status)
        .update();
  }

  @Test
  void aUnitIsChasedForItsOpenDutiesAndForTheSideOnlyTheOtherUnitReported() {
    unit("T01", "岳阳镇人民政府", "TOWNSHIP");
    unit("D02", "县市场监督管理局", "DEPARTMENT");
    unit("D03", "县自然资源局", "DEPARTMENT");
    // Only the township reported receiving this referral: the department owes its 移出 row.
    state("referral", "古市监移〔2026〕7号", "D02", "T01", "FIRST");
    judgement("referral", "古市监移〔2026〕7号", "referral.notify", "T01", null, "OPEN");
    // Only the department reported sending this one: the township owes the receipt, by rule.
    state("referral", "古市监移〔2026〕8号", "D02", "T01", "SECOND");
    judgement(
        "referral", "古市监移〔2026〕8号", "referral.receipt", "T01", "2026-03-09 23:59:59", "OVERDUE");
    // A legal review the township sent that the department has not reported: its review is owed.
    state("review", "岳审〔2026〕3号", "T01", "D03", "SECOND");
    judgement("review", "岳审〔2026〕3号", "review.answer", "D03", "2026-03-10 23:59:59", "OPEN");
    // A data request the township answered that the department never reported sending.
    state("datarequest", "D03|SJ-1", "D03", "T01", "FIRST");

    Duties duties = new Duties(dataSource, org.lianxi.ledger.rules.RuleCatalogue.shipped());
    assertThat(duties.of("D02"))
        .extracting(Duty::what, Duty::number, Duty::counterparty, Duty::due)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("补报案件移送（移出）", "古市监移〔2026〕7号", "岳阳镇人民政府", null));
    assertThat(duties.of("D03")).extracting(Duty::what).containsExactly("签署法制审核意见", "补报数据请求（发出）");
    List<Duty> township = duties.of("T01");
    assertThat(township)
        .extracting(Duty::what)
        .as("overdue first; a rule with no figure is chased too, with no deadline")
        .containsExactly("报送移入情况（回执）", "告知受理情况");
    assertThat(township.get(1).due()).isNull();
    assertThat(township.get(0).overdue()).isTrue();
  }
}
