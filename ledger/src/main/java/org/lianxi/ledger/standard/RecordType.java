package org.lianxi.ledger.standard;

import static org.lianxi.ledger.standard.CellKind.AMOUNT;
import static org.lianxi.ledger.standard.CellKind.CODE;
import static org.lianxi.ledger.standard.CellKind.DATE;
import static org.lianxi.ledger.standard.CellKind.DATE_TIME;
import static org.lianxi.ledger.standard.CellKind.DOC_NO;
import static org.lianxi.ledger.standard.CellKind.TEXT;
import static org.lianxi.ledger.standard.CellKind.UNIT;
import static org.lianxi.ledger.standard.CellKind.UNITS;
import static org.lianxi.ledger.standard.CellKind.UNITS_OR_ALL;
import static org.lianxi.ledger.standard.CellKind.WHOLE;
import static org.lianxi.ledger.standard.CellKind.YES_NO;
import static org.lianxi.ledger.standard.Column.choice;
import static org.lianxi.ledger.standard.Column.optional;
import static org.lianxi.ledger.standard.Column.required;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.lianxi.ledger.standard.Sides.Pairing;

/**
 * The record types of the exchange standard (信息共享报送标准 v2, section 4; the v2 columns of the v1
 * sheets are marked, and are simply absent from older files): the sheet name, the English key, the
 * ledger table and every column. The reader, the validator and the template are all made from these
 * definitions.
 */
public enum RecordType {
  /** 案件移送 */
  REFERRAL(
      "案件移送",
      "referral",
      List.of(
          required("移送文号", "doc_no", DOC_NO),
          choice("移送方向", "direction", true, "移出", "OUT", "移入", "IN"),
          required("移送单位", "sender_unit", UNIT),
          required("接收单位", "receiver_unit", UNIT),
          required("当事人", "party", TEXT),
          optional("当事人证件号", "party_id", CODE),
          required("违法事项", "violation", TEXT),
          optional("事项编码", "item_code", TEXT),
          required("发现日期", "found_on", DATE),
          required("移送时间", "sent_at", DATE_TIME),
          optional("紧急", "urgent", YES_NO),
          optional("口头移送", "oral", YES_NO), // v2
          optional("书面补齐时间", "paperwork_at", DATE_TIME), // v2
          optional("接收日期", "received_on", DATE),
          choice(
              "受理情况", "acceptance", false, "受理", "ACCEPTED", "不予受理", "REFUSED", "补正", "SUPPLEMENT"),
          optional("受理告知日期", "notified_on", DATE),
          optional("不予受理理由", "refusal_reason", TEXT),
          optional("补正完成日期", "supplemented_on", DATE),
          choice(
              "办理结果",
              "outcome",
              false,
              "立案",
              "FILED",
              "已处罚",
              "PENALISED",
              "不予处罚",
              "NOT_PENALISED",
              "移送司法",
              "TO_JUDICIARY",
              "结案",
              "CLOSED"),
          optional("备注", "remarks", TEXT)),
      new Sides(
          "sender_unit",
          "receiver_unit",
          List.of(
              "found_on",
              "sent_at",
              "urgent",
              "oral",
              "paperwork_at",
              "supplemented_on",
              "party",
              "violation"),
          List.of("received_on", "acceptance", "notified_on", "refusal_reason", "outcome"),
          Pairing.ALWAYS,
          "案件")),
  /** 投诉举报 */
  COMPLAINT(
      "投诉举报",
      "complaint",
      List.of(
          required("登记编号", "reg_no", TEXT),
          required("首接单位", "first_unit", UNIT),
          required("受理日期", "accepted_on", DATE),
          choice(
              "来源渠道",
              "source_channel",
              false,
              "12345热线",
              "HOTLINE",
              "电话",
              "PHONE",
              "来信",
              "LETTER",
              "来访",
              "VISIT",
              "网络",
              "ONLINE",
              "其他",
              "OTHER"),
          optional("投诉人", "complainant", TEXT),
          optional("联系电话", "phone", TEXT),
          optional("被投诉对象", "respondent", TEXT),
          required("事项摘要", "summary", TEXT),
          required("办理单位", "handling_unit", UNIT),
          optional("转办日期", "transferred_on", DATE),
          optional("立案日期", "filed_on", DATE), // v2
          optional("办结日期", "closed_on", DATE),
          optional("处理结果", "result", TEXT),
          optional("答复日期", "answered_on", DATE),
          optional("反馈首接单位日期", "feedback_on", DATE)),
      new Sides(
          "first_unit",
          "handling_unit",
          List.of(
              "accepted_on", "source_channel", "complainant", "phone", "summary", "transferred_on"),
          List.of("closed_on", "result", "answered_on", "feedback_on", "filed_on"),
          Pairing.WHEN_UNITS_DIFFER,
          null)),
  /** 执法协助 */
  ASSISTANCE(
      "执法协助",
      "assistance",
      List.of(
          required("协助函号", "letter_no", DOC_NO),
          choice("方向", "direction", true, "发出", "OUT", "收到", "IN"),
          required("请求单位", "requester_unit", UNIT),
          required("协助单位", "helper_unit", UNIT),
          choice(
              "协助类型",
              "kind",
              true,
              "检验检测鉴定",
              "TESTING",
              "许可资料",
              "PERMITS",
              "档案资料",
              "ARCHIVES",
              "现场处置",
              "ON_SITE",
              "其他",
              "OTHER"),
          required("发函日期", "sent_on", DATE),
          optional("收函日期", "received_on", DATE), // v2
          optional("出具日期", "issued_on", DATE), // v2
          optional("复函日期", "answered_on", DATE),
          optional("延期说明", "extension_note", TEXT)),
      new Sides(
          "requester_unit",
          "helper_unit",
          List.of("sent_on", "kind"),
          List.of("received_on", "issued_on", "answered_on", "extension_note"),
          Pairing.ALWAYS,
          "协助函")),
  /** 处罚决定 */
  DECISION(
      "处罚决定",
      "decision",
      List.of(
          required("决定书文号", "decision_no", DOC_NO),
          required("作出单位", "issuer_unit", UNIT),
          required("当事人", "party", TEXT),
          optional("当事人证件号", "party_id", CODE),
          required("违法事项", "violation", TEXT),
          required("决定日期", "decided_on", DATE),
          optional("罚没金额", "amount", AMOUNT),
          optional("送达日期", "served_on", DATE),
          optional("关联移送文号", "referral_no", DOC_NO),
          optional("抄告单位", "copied_to_unit", UNIT),
          optional("抄告日期", "copied_on", DATE),
          optional("收到抄告日期", "received_copy_on", DATE), // v2, the 抄告单位's own
          optional("规范指导日期", "guided_on", DATE), // v2, the 抄告单位's own
          choice(
              "执行情况",
              "execution",
              false,
              "已执行",
              "DONE",
              "未执行",
              "NOT_DONE",
              "分期执行",
              "INSTALMENTS",
              "强制执行",
              "ENFORCED")),
      new Sides(
          "issuer_unit",
          "copied_to_unit",
          List.of(
              "party",
              "party_id",
              "violation",
              "decided_on",
              "amount",
              "served_on",
              "referral_no",
              "copied_on",
              "execution"),
          List.of("received_copy_on", "guided_on"),
          Pairing.WHEN_BOTH_REPORT,
          null)),
  /** 涉刑移送 */
  CRIMINAL(
      "涉刑移送",
      "criminal",
      List.of(
          required("移送文号", "transfer_no", DOC_NO),
          required("移送单位", "sender_unit", UNIT),
          required("接收机关", "judicial_unit", UNIT),
          required("当事人", "party", TEXT),
          required("涉嫌事项", "suspicion", TEXT),
          required("移送日期", "sent_on", DATE),
          optional("受理日期", "accepted_on", DATE),
          choice("受理结果", "result", false, "立案", "FILED", "不予立案", "NOT_FILED", "退回", "RETURNED")),
      null),
  /** 执法争议 */
  DISPUTE(
      "执法争议",
      "dispute",
      List.of(
          required("争议编号", "dispute_no", TEXT),
          required("提出单位", "raised_by", UNIT),
          required("对方单位", "other_unit", UNIT),
          required("争议事项", "matter", TEXT),
          required("提出日期", "raised_on", DATE),
          choice(
              "处理方式",
              "settlement",
              false,
              "协商一致",
              "AGREED",
              "政府指定管辖",
              "DESIGNATED",
              "未解决",
              "UNRESOLVED"),
          optional("办结日期", "closed_on", DATE)),
      null),
  /** 联合执法 */
  JOINT(
      "联合执法",
      "joint",
      List.of(
          required("行动编号", "action_no", TEXT),
          required("牵头单位", "lead_unit", UNIT),
          choice( // v2
              "行动类型",
              "action_kind",
              false,
              "联合执法",
              "JOINT",
              "专项检查",
              "SPECIAL",
              "行业整治",
              "RECTIFY",
              "其他",
              "OTHER"),
          optional("告知日期", "notified_on", DATE), // v2
          required("参与单位", "participants", UNITS),
          required("开始日期", "started_on", DATE).asPlanned(),
          optional("结束日期", "ended_on", DATE),
          required("行动事项", "matter", TEXT),
          optional("检查户次", "inspections", WHOLE),
          optional("发现问题数", "problems", WHOLE),
          optional("立案数", "cases", WHOLE)),
      null),
  /** 信息通报 */
  NOTICE(
      "信息通报",
      "notice",
      List.of(
          required("通报编号", "notice_no", TEXT),
          choice(
              "类别",
              "category",
              true,
              "法规调整",
              "LAW",
              "行政许可",
              "PERMIT",
              "裁量基准",
              "DISCRETION",
              "工作流程",
              "PROCEDURE",
              "检查记录",
              "INSPECTION",
              "统计数据",
              "STATISTICS",
              "工作简报",
              "BRIEFING",
              "轻微违法", // v2: reported to the supervising department before a no-penalty decision
              "MINOR",
              "其他",
              "OTHER"),
          required("标题", "title", TEXT),
          required("形成日期", "formed_on", DATE),
          optional("共享对象", "shared_with", UNITS_OR_ALL)),
      null),
  /** 议定事项 */
  RESOLUTION(
      "议定事项",
      "resolution",
      List.of(
          required("事项编号", "item_no", TEXT),
          required("会议日期", "meeting_on", DATE),
          required("承办单位", "owner_unit", UNIT),
          required("事项内容", "content", TEXT),
          optional("办理时限", "due_on", DATE).asPlanned(),
          choice(
              "办理情况", "progress", true, "已办结", "DONE", "办理中", "IN_PROGRESS", "未启动", "NOT_STARTED"),
          optional("办结日期", "closed_on", DATE)),
      null),
  /** v2 法制审核 */
  REVIEW(
      "法制审核",
      "review",
      List.of(
          required("送审编号", "review_no", DOC_NO),
          choice("方向", "direction", true, "送审", "OUT", "审核", "IN"),
          required("送审单位", "submitter_unit", UNIT),
          required("审核单位", "reviewer_unit", UNIT),
          required("当事人", "party", TEXT),
          required("违法事项", "violation", TEXT),
          required("送审日期", "submitted_on", DATE),
          optional("收件日期", "received_on", DATE),
          optional("审核日期", "reviewed_on", DATE),
          choice("审核意见", "opinion", false, "同意", "AGREE", "不同意", "DISAGREE"),
          optional("原因及建议", "advice", TEXT)),
      new Sides(
          "submitter_unit",
          "reviewer_unit",
          List.of("submitted_on", "party", "violation"),
          List.of("received_on", "reviewed_on", "opinion", "advice"),
          Pairing.ALWAYS,
          "案件")),
  /** v2 紧急通报 */
  URGENT(
      "紧急通报",
      "urgent",
      List.of(
          required("通报编号", "call_no", TEXT),
          choice("方向", "direction", true, "发出", "OUT", "收到", "IN"),
          required("通报单位", "caller_unit", UNIT),
          required("处置单位", "responder_unit", UNIT),
          required("事项", "matter", TEXT),
          required("通报时间", "called_at", DATE_TIME),
          optional("到场时间", "arrived_at", DATE_TIME),
          optional("处置情况", "handling", TEXT)),
      new Sides(
          "caller_unit",
          "responder_unit",
          List.of("called_at", "matter"),
          List.of("arrived_at", "handling"),
          Pairing.ALWAYS,
          "紧急通报")),
  /** v2 数据请求 */
  DATA_REQUEST(
      "数据请求",
      "datarequest",
      List.of(
          required("请求编号", "request_no", TEXT),
          choice("方向", "direction", true, "发出", "OUT", "收到", "IN"),
          required("请求单位", "requester_unit", UNIT),
          required("提供单位", "provider_unit", UNIT),
          choice(
              "用途",
              "purpose",
              true,
              "行业管理",
              "INDUSTRY",
              "统计分析",
              "STATISTICS",
              "档案管理",
              "ARCHIVES",
              "督查考核",
              "OVERSIGHT",
              "其他",
              "OTHER"),
          required("请求日期", "requested_on", DATE),
          optional("提供日期", "provided_on", DATE)),
      new Sides(
          "requester_unit",
          "provider_unit",
          List.of("requested_on", "purpose"),
          List.of("provided_on"),
          Pairing.ALWAYS,
          "数据请求")),
  /** v2 联席会议: only the office reports it */
  MEETING(
      "联席会议",
      "meeting",
      List.of(
          required("会议编号", "meeting_no", TEXT),
          choice("会议类型", "kind", true, "例行", "ROUTINE", "专题", "SPECIAL"),
          required("会议日期", "meeting_on", DATE).asPlanned(),
          optional("征集通知日期", "called_on", DATE),
          optional("议题截止日期", "topics_due_on", DATE).asPlanned(),
          optional("纪要印发日期", "minutes_on", DATE),
          optional("召集人", "convenor", TEXT)),
      null),
  /** v2 会议议题 */
  TOPIC(
      "会议议题",
      "topic",
      List.of(
          required("议题编号", "topic_no", TEXT),
          required("会议编号", "meeting_no", TEXT),
          required("提出单位", "proposer_unit", UNIT),
          required("议题名称", "title", TEXT),
          optional("涉及单位", "units_involved", UNITS),
          required("提交日期", "submitted_on", DATE),
          choice(
              "审定结果",
              "verdict",
              false,
              "提交会议",
              "TO_MEETING",
              "会前协调解决",
              "SETTLED",
              "不予提交",
              "DECLINED")),
      new Sides(
          "proposer_unit",
          null,
          List.of("meeting_no", "title", "units_involved", "submitted_on"),
          List.of("verdict"),
          Pairing.WHEN_BOTH_REPORT,
          null));

  private final String sheet;
  private final String key;
  private final List<Column> columns;

  /** For the records both sides report (section 7); null for those one unit reports. */
  private final Sides sides;

  RecordType(String sheet, String key, List<Column> columns, Sides sides) {
    this.sheet = sheet;
    this.key = key;
    this.columns = columns;
    this.sides = sides;
  }

  /** The sheet name (and CSV file-name prefix), e.g. 案件移送. */
  public String sheet() {
    return sheet;
  }

  /** The English key (CSV file-name prefix, ledger table prefix), e.g. referral. */
  public String key() {
    return key;
  }

  /** The ledger table holding every version of every report of this type. */
  public String table() {
    return key + "_report";
  }

  public List<Column> columns() {
    return columns;
  }

  /** How the record splits into two sides, for the records both sides report (section 7). */
  public Optional<Sides> sides() {
    return Optional.ofNullable(sides);
  }

  /** The date a record of this type counts in a report's period by (reports.md section 5). */
  public Column countedBy() {
    String field =
        switch (this) {
          case REFERRAL -> "sent_at";
          case COMPLAINT -> "accepted_on";
          case ASSISTANCE, CRIMINAL -> "sent_on";
          case DECISION -> "decided_on";
          case DISPUTE -> "raised_on";
          case JOINT -> "started_on";
          case NOTICE -> "formed_on";
          case RESOLUTION, MEETING -> "meeting_on";
          case REVIEW, TOPIC -> "submitted_on";
          case URGENT -> "called_at";
          case DATA_REQUEST -> "requested_on";
        };
    return column(field).orElseThrow();
  }

  public List<Column> requiredColumns() {
    return columns.stream().filter(Column::required).toList();
  }

  public Optional<Column> column(String field) {
    return columns.stream().filter(c -> c.field().equals(field)).findFirst();
  }

  /** The record type of a sheet name (surrounding spaces ignored). */
  public static Optional<RecordType> bySheet(String name) {
    String wanted = name.strip();
    return Arrays.stream(values()).filter(t -> t.sheet.equals(wanted)).findFirst();
  }

  /** The record type named by its sheet name or its English key, as configuration names it. */
  public static Optional<RecordType> byName(String name) {
    String wanted = name.strip();
    return Arrays.stream(values())
        .filter(t -> t.sheet.equals(wanted) || t.key.equals(wanted))
        .findFirst();
  }

  /** The record type a CSV file name starts with: the sheet name or the English key. */
  public static Optional<RecordType> byFileName(String fileName) {
    String lower = fileName.strip().toLowerCase(java.util.Locale.ROOT);
    return Arrays.stream(values())
        .filter(t -> lower.startsWith(t.sheet) || lower.startsWith(t.key))
        .findFirst();
  }
}
