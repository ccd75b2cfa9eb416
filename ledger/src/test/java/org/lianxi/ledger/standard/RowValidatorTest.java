package org.lianxi.ledger.standard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lianxi.ledger.county.CountyConfigLoader;
import org.lianxi.ledger.county.UnitDirectory;

class RowValidatorTest {

  private static final LocalDate ARRIVED = LocalDate.of(2026, 3, 20);
  private final RowValidator validator =
      new RowValidator(new UnitDirectory(CountyConfigLoader.example()));

  private static Map<Column, String> cells(RecordType type, String... headersAndValues) {
    Map<Column, String> cells = new LinkedHashMap<>();
    for (int i = 0; i < headersAndValues.length; i += 2) {
      String header = headersAndValues[i];
      Column column =
          type.columns().stream().filter(c -> c.header().equals(header)).findFirst().orElseThrow();
      cells.put(column, headersAndValues[i + 1]);
    }
    return cells;
  }

  private static Map<Column, String> referral(String direction, String... more) {
    Map<Column, String> cells =
        cells(
            RecordType.REFERRAL,
            "移送文号",
            "古市监移[2026]12号",
            "移送方向",
            direction,
            "移送单位",
            "县市场监管局",
            "接收单位",
            "岳阳镇",
            "当事人",
            "某某商店",
            "违法事项",
            "无照经营",
            "发现日期",
            "2026-03-02",
            "移送时间",
            "2026-03-04 10:00");
    cells.putAll(cells(RecordType.REFERRAL, more));
    return cells;
  }

  @Test
  void theV2ColumnsAreReadAndNormalisedAndTheirAbsenceChangesNoV1Row() {
    var oral =
        validator.validate(
            RecordType.REFERRAL,
            "案件移送",
            5,
            referral("移出", "口头移送", "是", "书面补齐时间", "2026/3/5 9:30"),
            "D02",
            ARRIVED);
    assertThat(oral.problems()).isEmpty();
    assertThat(oral.row().values())
        .containsEntry("oral", Boolean.TRUE)
        .containsEntry("paperwork_at", java.time.LocalDateTime.parse("2026-03-05T09:30"));
    // A v1 file has no such columns; a v2 template leaves them empty: the same report either way.
    var v1 = validator.validate(RecordType.REFERRAL, "案件移送", 5, referral("移出"), "D02", ARRIVED);
    var empty =
        validator.validate(
            RecordType.REFERRAL,
            "案件移送",
            5,
            referral("移出", "口头移送", "", "书面补齐时间", " "),
            "D02",
            ARRIVED);
    assertThat(empty.row().contentHash()).isEqualTo(v1.row().contentHash());
    assertThat(oral.row().contentHash()).isNotEqualTo(v1.row().contentHash());

    var minor =
        validator.validate(
            RecordType.NOTICE,
            "信息通报",
            2,
            cells(
                RecordType.NOTICE,
                "通报编号",
                "QW-1",
                "类别",
                "轻微违法",
                "标题",
                "某商店轻微违法拟不予处罚",
                "形成日期",
                "2026-03-16"),
            "D02",
            ARRIVED);
    assertThat(minor.problems()).isEmpty();
    assertThat(minor.row().values()).containsEntry("category", "MINOR");
  }

  @Test
  void aSendersReferralIsAcceptedWithItsKeyAndNormalisedValues() {
    var outcome =
        validator.validate(RecordType.REFERRAL, "案件移送", 5, referral("移出"), "D02", ARRIVED);
    assertThat(outcome.problems()).isEmpty();
    ReportRow row = outcome.row();
    assertThat(row.recordKey()).isEqualTo("古市监移〔2026〕12号");
    assertThat(row.reportingUnit()).isEqualTo("D02");
    assertThat(row.values())
        .containsEntry("sender_unit", "D02")
        .containsEntry("receiver_unit", "T01");
    assertThat(row.values())
        .containsEntry("direction", "OUT")
        .containsEntry("found_on", LocalDate.of(2026, 3, 2));
  }

  @Test
  void aRowReportingForAnotherUnitIsRejected() {
    var outcome =
        validator.validate(RecordType.REFERRAL, "案件移送", 5, referral("移出"), "T01", ARRIVED);
    assertThat(outcome.accepted()).isFalse();
    assertThat(outcome.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.row()).isEqualTo(5);
              assertThat(p.column()).isEqualTo("移送单位");
              assertThat(p.value()).isEqualTo("古县市场监督管理局");
              assertThat(p.reason()).startsWith("不能代其他单位报送");
            });
    assertThat(
            validator
                .validate(RecordType.REFERRAL, "案件移送", 5, referral("移入"), "T01", ARRIVED)
                .accepted())
        .isTrue();
  }

  @Test
  void everyBadCellIsNamedAndNothingIsAcceptedFromTheRow() {
    Map<Column, String> cells = referral("移出", "发现日期", "2026-02-30", "紧急", "很急", "当事人", " ");
    var outcome = validator.validate(RecordType.REFERRAL, "案件移送", 7, cells, "D02", ARRIVED);
    assertThat(outcome.accepted()).isFalse();
    assertThat(outcome.problems())
        .extracting(Problem::column, Problem::reason)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("当事人", "必填项为空"),
            org.assertj.core.groups.Tuple.tuple("发现日期", "日期或时间不存在"),
            org.assertj.core.groups.Tuple.tuple("紧急", "应填写“是”或“否”"));
  }

  @Test
  void nothingIsReportedBeforeItHappens() {
    var outcome =
        validator.validate(
            RecordType.REFERRAL, "案件移送", 5, referral("移出", "发现日期", "2026-03-21"), "D02", ARRIVED);
    assertThat(outcome.problems())
        .singleElement()
        .extracting(Problem::reason)
        .isEqualTo("日期晚于文件送达日期（2026-03-20）");
  }

  @Test
  void conditionalRequirements() {
    var refused =
        validator.validate(
            RecordType.REFERRAL, "案件移送", 5, referral("移入", "受理情况", "不予受理"), "T01", ARRIVED);
    assertThat(refused.problems()).extracting(Problem::column).containsExactly("不予受理理由");

    Map<Column, String> complaint =
        cells(
            RecordType.COMPLAINT,
            "登记编号",
            "12345-0001",
            "首接单位",
            "岳阳镇",
            "受理日期",
            "2026-03-01",
            "事项摘要",
            "噪音扰民",
            "办理单位",
            "古县生态环境分局");
    complaint = new LinkedHashMap<>(complaint);
    var untransferred =
        validator.validate(RecordType.COMPLAINT, "投诉举报", 3, complaint, "T01", ARRIVED);
    assertThat(untransferred.problems()).extracting(Problem::column).containsExactly("转办日期");
  }

  @Test
  void aResolutionMayBeReportedByItsOwnerOrTheOfficeAndItsDeadlineMayLieAhead() {
    Map<Column, String> cells =
        cells(
            RecordType.RESOLUTION,
            "事项编号",
            "2026-1-03",
            "会议日期",
            "2026-01-15",
            "承办单位",
            "县自然资源局",
            "事项内容",
            "开展违法占地联合整治",
            "办理时限",
            "2026-06-30",
            "办理情况",
            "办理中");
    assertThat(
            validator.validate(RecordType.RESOLUTION, "议定事项", 3, cells, "O01", ARRIVED).accepted())
        .isTrue();
    assertThat(
            validator.validate(RecordType.RESOLUTION, "议定事项", 3, cells, "D03", ARRIVED).accepted())
        .isTrue();
    assertThat(
            validator.validate(RecordType.RESOLUTION, "议定事项", 3, cells, "T01", ARRIVED).accepted())
        .isFalse();
  }

  @Test
  void criminalTransfersGoToAJudicialUnit() {
    Map<Column, String> cells =
        cells(
            RecordType.CRIMINAL,
            "移送文号",
            "古市监刑移〔2026〕1号",
            "移送单位",
            "县市场监管局",
            "接收机关",
            "岳阳镇",
            "当事人",
            "某公司",
            "涉嫌事项",
            "生产销售伪劣产品",
            "移送日期",
            "2026-03-10");
    var outcome = validator.validate(RecordType.CRIMINAL, "涉刑移送", 3, cells, "D02", ARRIVED);
    assertThat(outcome.problems())
        .extracting(Problem::reason)
        .containsExactly("接收机关应为司法机关（公安、检察院）");
  }

  @Test
  void theSameValuesTypedDifferentlyHashTheSame() {
    var a =
        validator.validate(RecordType.REFERRAL, "案件移送", 5, referral("移出"), "D02", ARRIVED).row();
    var b =
        validator
            .validate(
                RecordType.REFERRAL,
                "案件移送",
                9,
                referral("移出", "移送文号", "古市监移（２０２６）第012号", "发现日期", "2026年3月2日"),
                "D02",
                ARRIVED)
            .row();
    assertThat(b.contentHash()).isEqualTo(a.contentHash());
    var c =
        validator
            .validate(RecordType.REFERRAL, "案件移送", 9, referral("移出", "当事人", "另一商店"), "D02", ARRIVED)
            .row();
    assertThat(c.contentHash()).isNotEqualTo(a.contentHash());
  }

  private static java.util.List<String> problems(RowValidator.Outcome outcome) {
    return outcome.problems().stream().map(p -> p.column() + " " + p.reason()).toList();
  }

  @Test
  void theV2SheetsCheckTheReportingSideAndWhatOneValueRequiresOfAnother() {
    var review =
        cells(
            RecordType.REVIEW,
            "送审编号",
            "岳审[2026]3号",
            "方向",
            "审核",
            "送审单位",
            "岳阳镇",
            "审核单位",
            "县市场监管局",
            "当事人",
            "某某商店",
            "违法事项",
            "无照经营",
            "送审日期",
            "2026-03-10",
            "审核意见",
            "不同意");
    var reviewed = validator.validate(RecordType.REVIEW, "法制审核", 3, review, "D02", ARRIVED);
    assertThat(problems(reviewed)).containsExactly("原因及建议 审核意见为不同意时必须填写原因及建议");
    // The township cannot report the reviewer's side, and the key is the canonical number.
    assertThat(problems(validator.validate(RecordType.REVIEW, "法制审核", 3, review, "T01", ARRIVED)))
        .contains("审核单位 不能代其他单位报送：审核的案件，审核单位应为本单位");
    review.putAll(cells(RecordType.REVIEW, "原因及建议", "建议减轻处罚"));
    assertThat(
            validator
                .validate(RecordType.REVIEW, "法制审核", 3, review, "D02", ARRIVED)
                .row()
                .recordKey())
        .isEqualTo("岳审〔2026〕3号");

    var call =
        cells(
            RecordType.URGENT,
            "通报编号",
            "JJ-1",
            "方向",
            "发出",
            "通报单位",
            "县市场监管局",
            "处置单位",
            "县市场监管局",
            "事项",
            "液化气站泄漏",
            "通报时间",
            "2026-03-19 22:30");
    assertThat(problems(validator.validate(RecordType.URGENT, "紧急通报", 4, call, "D02", ARRIVED)))
        .containsExactly("处置单位 通报单位与处置单位不能相同");

    var meeting =
        cells(RecordType.MEETING, "会议编号", "LX-2026-2", "会议类型", "例行", "会议日期", "2026-07-06");
    // Only the office reports a meeting; its date is planned, so it may lie ahead.
    assertThat(problems(validator.validate(RecordType.MEETING, "联席会议", 3, meeting, "T01", ARRIVED)))
        .containsExactly("会议编号 联席会议由联席会议办公室报送");
    var planned = validator.validate(RecordType.MEETING, "联席会议", 3, meeting, "O01", ARRIVED);
    assertThat(planned.problems()).isEmpty();
    assertThat(planned.row().values()).containsEntry("kind", "ROUTINE");

    var topic =
        cells(
            RecordType.TOPIC,
            "议题编号",
            "YT-1",
            "会议编号",
            "LX-2026-2",
            "提出单位",
            "岳阳镇",
            "议题名称",
            "燃气安全执法衔接",
            "提交日期",
            "2026-03-19",
            "审定结果",
            "提交会议");
    assertThat(problems(validator.validate(RecordType.TOPIC, "会议议题", 3, topic, "T02", ARRIVED)))
        .containsExactly("提出单位 不能代其他单位报送：提出单位应为本单位");
    assertThat(
            validator
                .validate(RecordType.TOPIC, "会议议题", 3, topic, "O01", ARRIVED)
                .row()
                .recordKey())
        .isEqualTo("T01|YT-1");

    // The 抄告单位 reports a decision for its own two dates; no third unit may.
    var decision =
        cells(
            RecordType.DECISION,
            "决定书文号",
            "古市监罚[2026]8号",
            "作出单位",
            "县市场监管局",
            "当事人",
            "某某商店",
            "违法事项",
            "无照经营",
            "决定日期",
            "2026-03-02",
            "抄告单位",
            "县审批局",
            "抄告日期",
            "2026-03-04",
            "收到抄告日期",
            "2026-03-05",
            "规范指导日期",
            "2026-03-10");
    assertThat(
            validator.validate(RecordType.DECISION, "处罚决定", 3, decision, "D01", ARRIVED).problems())
        .isEmpty();
    assertThat(
            problems(validator.validate(RecordType.DECISION, "处罚决定", 3, decision, "D03", ARRIVED)))
        .containsExactly("作出单位 不能代其他单位报送：作出单位或抄告单位应为本单位");
  }
}
