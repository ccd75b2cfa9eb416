package org.lianxi.ledger.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lianxi.ledger.county.CountyConfigLoader;
import org.lianxi.ledger.county.UnitDirectory;

class ValuesTest {

  private final Values values = new Values(new UnitDirectory(CountyConfigLoader.example()));

  private Object parse(RecordType type, String field, String raw) throws InvalidValueException {
    return values.parse(type.column(field).orElseThrow(), raw);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-03-05",
        "2026/3/5",
        "2026.3.5",
        "2026年3月5日",
        "20260305",
        "２０２６-０３-０５",
        " 2026-3-5 "
      })
  void everyDateForm(String typed) throws Exception {
    assertThat(parse(RecordType.REFERRAL, "found_on", typed)).isEqualTo(LocalDate.of(2026, 3, 5));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"2026-03-05 14:30", "2026/3/5 14:30:00", "2026年3月5日 14:30", "20260305 14:30"})
  void everyDateTimeForm(String typed) throws Exception {
    assertThat(parse(RecordType.REFERRAL, "sent_at", typed))
        .isEqualTo(LocalDateTime.of(2026, 3, 5, 14, 30));
  }

  @Test
  void aDateAloneInADateTimeColumnIsMidnight() throws Exception {
    assertThat(parse(RecordType.REFERRAL, "sent_at", "2026-03-05"))
        .isEqualTo(LocalDateTime.of(2026, 3, 5, 0, 0));
  }

  @Test
  void twoDigitYearsAndImpossibleDatesAreRefused() {
    assertThatThrownBy(() -> parse(RecordType.REFERRAL, "found_on", "26-3-5"))
        .hasMessage("年份应为四位数字");
    assertThatThrownBy(() -> parse(RecordType.REFERRAL, "found_on", "2026-02-30"))
        .hasMessage("日期或时间不存在");
    assertThatThrownBy(() -> parse(RecordType.REFERRAL, "found_on", "三月五日"))
        .hasMessageContaining("日期无法识别");
  }

  @Test
  void yesNoAmountsWholeNumbersAndChoices() throws Exception {
    for (String yes : List.of("是", "Y", "1", "true", "ＴＲＵＥ")) {
      assertThat(parse(RecordType.REFERRAL, "urgent", yes)).isEqualTo(true);
    }
    assertThat(parse(RecordType.REFERRAL, "urgent", "否")).isEqualTo(false);
    assertThatThrownBy(() -> parse(RecordType.REFERRAL, "urgent", "可能")).hasMessageContaining("是");
    assertThat(parse(RecordType.DECISION, "amount", "12,500元"))
        .isEqualTo(new BigDecimal("12500.00"));
    assertThat(parse(RecordType.DECISION, "amount", "3000.5")).isEqualTo(new BigDecimal("3000.50"));
    assertThatThrownBy(() -> parse(RecordType.DECISION, "amount", "-5")).hasMessageContaining("金额");
    assertThatThrownBy(() -> parse(RecordType.DECISION, "amount", "1,25,00"))
        .hasMessageContaining("金额");
    assertThat(parse(RecordType.JOINT, "inspections", "12")).isEqualTo(12);
    assertThatThrownBy(() -> parse(RecordType.JOINT, "inspections", "1.5"))
        .hasMessageContaining("整数");
    assertThat(parse(RecordType.REFERRAL, "acceptance", " 不予受理 ")).isEqualTo("REFUSED");
    assertThatThrownBy(() -> parse(RecordType.REFERRAL, "acceptance", "拒绝"))
        .hasMessage("应为以下之一：受理、不予受理、补正");
  }

  @Test
  void unitsByNameAliasOrCodeAndLists() throws Exception {
    assertThat(parse(RecordType.REFERRAL, "sender_unit", "古县市场监督管理局")).isEqualTo("D02");
    assertThat(parse(RecordType.REFERRAL, "sender_unit", "县市场监管局")).isEqualTo("D02");
    assertThat(parse(RecordType.REFERRAL, "sender_unit", "d02")).isEqualTo("D02");
    assertThatThrownBy(() -> parse(RecordType.REFERRAL, "sender_unit", "县教育局"))
        .hasMessageContaining("单位未登记");
    assertThat(parse(RecordType.JOINT, "participants", "岳阳镇、县市场监管局，D03;岳阳镇"))
        .isEqualTo(List.of("T01", "D02", "D03"));
    assertThat(parse(RecordType.NOTICE, "shared_with", "全体")).isEqualTo(List.of(Values.ALL));
  }

  @Test
  void documentNumbersKeepTheTypedForm() throws Exception {
    assertThat(parse(RecordType.REFERRAL, "doc_no", "古市监移（2026）第012号"))
        .isEqualTo(new DocumentNumber("古市监移〔2026〕12号", "古市监移（2026）第012号"));
  }

  @Test
  void textIsBoundedByWhatTheLedgerHolds() {
    assertThatThrownBy(() -> parse(RecordType.COMPLAINT, "phone", "1".repeat(51)))
        .hasMessage("内容过长（最多50字）");
  }
}
