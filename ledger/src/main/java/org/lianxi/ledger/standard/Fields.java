package org.lianxi.ledger.standard;

import static org.lianxi.ledger.standard.Column.choice;
import static org.lianxi.ledger.standard.Column.optional;
import static org.lianxi.ledger.standard.Column.required;

import java.util.List;

/**
 * Every field of the exchange standard (信息共享报送标准 v2, section 4) as a constant: its header, ledger
 * column, kind and whether it is required. Code reads a record's fields through these, never by a
 * spelled-out column name; {@link RecordType} lists them per sheet, and its {@link Sides} says
 * which side is the authority for each.
 */
public final class Fields {

  private Fields() {}

  /** 案件移送 (referral). */
  public static final class Referral {
    public static final Column DOC_NO = required("移送文号", "doc_no", CellKind.DOC_NO);
    public static final Column DIRECTION =
        choice("移送方向", "direction", true, "移出", "OUT", "移入", "IN");
    public static final Column SENDER_UNIT = required("移送单位", "sender_unit", CellKind.UNIT);
    public static final Column RECEIVER_UNIT = required("接收单位", "receiver_unit", CellKind.UNIT);
    public static final Column PARTY = required("当事人", "party", CellKind.TEXT);
    public static final Column PARTY_ID = optional("当事人证件号", "party_id", CellKind.CODE);
    public static final Column VIOLATION = required("违法事项", "violation", CellKind.TEXT);
    public static final Column ITEM_CODE = optional("事项编码", "item_code", CellKind.TEXT);
    public static final Column FOUND_ON = required("发现日期", "found_on", CellKind.DATE);
    public static final Column SENT_AT = required("移送时间", "sent_at", CellKind.DATE_TIME);
    public static final Column URGENT = optional("紧急", "urgent", CellKind.YES_NO);
    // v2
    public static final Column ORAL = optional("口头移送", "oral", CellKind.YES_NO);
    // v2
    public static final Column PAPERWORK_AT =
        optional("书面补齐时间", "paperwork_at", CellKind.DATE_TIME);
    public static final Column RECEIVED_ON = optional("接收日期", "received_on", CellKind.DATE);
    public static final Column ACCEPTANCE =
        choice(
            "受理情况", "acceptance", false, "受理", "ACCEPTED", "不予受理", "REFUSED", "补正", "SUPPLEMENT");
    public static final Column NOTIFIED_ON = optional("受理告知日期", "notified_on", CellKind.DATE);
    public static final Column REFUSAL_REASON = optional("不予受理理由", "refusal_reason", CellKind.TEXT);
    public static final Column SUPPLEMENTED_ON =
        optional("补正完成日期", "supplemented_on", CellKind.DATE);
    public static final Column OUTCOME =
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
            "CLOSED");
    public static final Column REMARKS = optional("备注", "remarks", CellKind.TEXT);

    /** The sheet's columns, in the order the template prints them. */
    static final List<Column> COLUMNS =
        List.of(
            DOC_NO,
            DIRECTION,
            SENDER_UNIT,
            RECEIVER_UNIT,
            PARTY,
            PARTY_ID,
            VIOLATION,
            ITEM_CODE,
            FOUND_ON,
            SENT_AT,
            URGENT,
            ORAL,
            PAPERWORK_AT,
            RECEIVED_ON,
            ACCEPTANCE,
            NOTIFIED_ON,
            REFUSAL_REASON,
            SUPPLEMENTED_ON,
            OUTCOME,
            REMARKS);

    private Referral() {}
  }

  /** 投诉举报 (complaint). */
  public static final class Complaint {
    public static final Column REG_NO = required("登记编号", "reg_no", CellKind.TEXT);
    public static final Column FIRST_UNIT = required("首接单位", "first_unit", CellKind.UNIT);
    public static final Column ACCEPTED_ON = required("受理日期", "accepted_on", CellKind.DATE);
    public static final Column SOURCE_CHANNEL =
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
            "OTHER");
    public static final Column COMPLAINANT = optional("投诉人", "complainant", CellKind.TEXT);
    public static final Column PHONE = optional("联系电话", "phone", CellKind.TEXT);
    public static final Column RESPONDENT = optional("被投诉对象", "respondent", CellKind.TEXT);
    public static final Column SUMMARY = required("事项摘要", "summary", CellKind.TEXT);
    public static final Column HANDLING_UNIT = required("办理单位", "handling_unit", CellKind.UNIT);
    public static final Column TRANSFERRED_ON = optional("转办日期", "transferred_on", CellKind.DATE);
    // v2
    public static final Column FILED_ON = optional("立案日期", "filed_on", CellKind.DATE);
    public static final Column CLOSED_ON = optional("办结日期", "closed_on", CellKind.DATE);
    public static final Column RESULT = optional("处理结果", "result", CellKind.TEXT);
    public static final Column ANSWERED_ON = optional("答复日期", "answered_on", CellKind.DATE);
    public static final Column FEEDBACK_ON = optional("反馈首接单位日期", "feedback_on", CellKind.DATE);

    /** The sheet's columns, in the order the template prints them. */
    static final List<Column> COLUMNS =
        List.of(
            REG_NO,
            FIRST_UNIT,
            ACCEPTED_ON,
            SOURCE_CHANNEL,
            COMPLAINANT,
            PHONE,
            RESPONDENT,
            SUMMARY,
            HANDLING_UNIT,
            TRANSFERRED_ON,
            FILED_ON,
            CLOSED_ON,
            RESULT,
            ANSWERED_ON,
            FEEDBACK_ON);

    private Complaint() {}
  }

  /** 执法协助 (assistance). */
  public static final class Assistance {
    public static final Column LETTER_NO = required("协助函号", "letter_no", CellKind.DOC_NO);
    public static final Column DIRECTION = choice("方向", "direction", true, "发出", "OUT", "收到", "IN");
    public static final Column REQUESTER_UNIT = required("请求单位", "requester_unit", CellKind.UNIT);
    public static final Column HELPER_UNIT = required("协助单位", "helper_unit", CellKind.UNIT);
    public static final Column KIND =
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
            "OTHER");
    public static final Column SENT_ON = required("发函日期", "sent_on", CellKind.DATE);
    // v2
    public static final Column RECEIVED_ON = optional("收函日期", "received_on", CellKind.DATE);
    // v2
    public static final Column ISSUED_ON = optional("出具日期", "issued_on", CellKind.DATE);
    public static final Column ANSWERED_ON = optional("复函日期", "answered_on", CellKind.DATE);
    public static final Column EXTENSION_NOTE = optional("延期说明", "extension_note", CellKind.TEXT);

    /** The sheet's columns, in the order the template prints them. */
    static final List<Column> COLUMNS =
        List.of(
            LETTER_NO,
            DIRECTION,
            REQUESTER_UNIT,
            HELPER_UNIT,
            KIND,
            SENT_ON,
            RECEIVED_ON,
            ISSUED_ON,
            ANSWERED_ON,
            EXTENSION_NOTE);

    private Assistance() {}
  }

  /** 处罚决定 (decision). */
  public static final class Decision {
    public static final Column DECISION_NO = required("决定书文号", "decision_no", CellKind.DOC_NO);
    public static final Column ISSUER_UNIT = required("作出单位", "issuer_unit", CellKind.UNIT);
    public static final Column PARTY = required("当事人", "party", CellKind.TEXT);
    public static final Column PARTY_ID = optional("当事人证件号", "party_id", CellKind.CODE);
    public static final Column VIOLATION = required("违法事项", "violation", CellKind.TEXT);
    public static final Column DECIDED_ON = required("决定日期", "decided_on", CellKind.DATE);
    public static final Column AMOUNT = optional("罚没金额", "amount", CellKind.AMOUNT);
    public static final Column SERVED_ON = optional("送达日期", "served_on", CellKind.DATE);
    public static final Column REFERRAL_NO = optional("关联移送文号", "referral_no", CellKind.DOC_NO);
    public static final Column COPIED_TO_UNIT = optional("抄告单位", "copied_to_unit", CellKind.UNIT);
    public static final Column COPIED_ON = optional("抄告日期", "copied_on", CellKind.DATE);
    // v2, the 抄告单位's own
    public static final Column RECEIVED_COPY_ON =
        optional("收到抄告日期", "received_copy_on", CellKind.DATE);
    // v2, the 抄告单位's own
    public static final Column GUIDED_ON = optional("规范指导日期", "guided_on", CellKind.DATE);
    public static final Column EXECUTION =
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
            "ENFORCED");

    /** The sheet's columns, in the order the template prints them. */
    static final List<Column> COLUMNS =
        List.of(
            DECISION_NO,
            ISSUER_UNIT,
            PARTY,
            PARTY_ID,
            VIOLATION,
            DECIDED_ON,
            AMOUNT,
            SERVED_ON,
            REFERRAL_NO,
            COPIED_TO_UNIT,
            COPIED_ON,
            RECEIVED_COPY_ON,
            GUIDED_ON,
            EXECUTION);

    private Decision() {}
  }

  /** 涉刑移送 (criminal). */
  public static final class Criminal {
    public static final Column TRANSFER_NO = required("移送文号", "transfer_no", CellKind.DOC_NO);
    public static final Column SENDER_UNIT = required("移送单位", "sender_unit", CellKind.UNIT);
    public static final Column JUDICIAL_UNIT = required("接收机关", "judicial_unit", CellKind.UNIT);
    public static final Column PARTY = required("当事人", "party", CellKind.TEXT);
    public static final Column SUSPICION = required("涉嫌事项", "suspicion", CellKind.TEXT);
    public static final Column SENT_ON = required("移送日期", "sent_on", CellKind.DATE);
    public static final Column ACCEPTED_ON = optional("受理日期", "accepted_on", CellKind.DATE);
    public static final Column RESULT =
        choice("受理结果", "result", false, "立案", "FILED", "不予立案", "NOT_FILED", "退回", "RETURNED");

    /** The sheet's columns, in the order the template prints them. */
    static final List<Column> COLUMNS =
        List.of(
            TRANSFER_NO,
            SENDER_UNIT,
            JUDICIAL_UNIT,
            PARTY,
            SUSPICION,
            SENT_ON,
            ACCEPTED_ON,
            RESULT);

    private Criminal() {}
  }

  /** 执法争议 (dispute). */
  public static final class Dispute {
    public static final Column DISPUTE_NO = required("争议编号", "dispute_no", CellKind.TEXT);
    public static final Column RAISED_BY = required("提出单位", "raised_by", CellKind.UNIT);
    public static final Column OTHER_UNIT = required("对方单位", "other_unit", CellKind.UNIT);
    public static final Column MATTER = required("争议事项", "matter", CellKind.TEXT);
    public static final Column RAISED_ON = required("提出日期", "raised_on", CellKind.DATE);
    public static final Column SETTLEMENT =
        choice(
            "处理方式",
            "settlement",
            false,
            "协商一致",
            "AGREED",
            "政府指定管辖",
            "DESIGNATED",
            "未解决",
            "UNRESOLVED");
    public static final Column CLOSED_ON = optional("办结日期", "closed_on", CellKind.DATE);

    /** The sheet's columns, in the order the template prints them. */
    static final List<Column> COLUMNS =
        List.of(DISPUTE_NO, RAISED_BY, OTHER_UNIT, MATTER, RAISED_ON, SETTLEMENT, CLOSED_ON);

    private Dispute() {}
  }

  /** 联合执法 (joint). */
  public static final class Joint {
    public static final Column ACTION_NO = required("行动编号", "action_no", CellKind.TEXT);
    public static final Column LEAD_UNIT = required("牵头单位", "lead_unit", CellKind.UNIT);
    // v2
    public static final Column ACTION_KIND =
        choice(
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
            "OTHER");
    // v2
    public static final Column NOTIFIED_ON = optional("告知日期", "notified_on", CellKind.DATE);
    public static final Column PARTICIPANTS = required("参与单位", "participants", CellKind.UNITS);
    public static final Column STARTED_ON =
        required("开始日期", "started_on", CellKind.DATE).asPlanned();
    public static final Column ENDED_ON = optional("结束日期", "ended_on", CellKind.DATE);
    public static final Column MATTER = required("行动事项", "matter", CellKind.TEXT);
    public static final Column INSPECTIONS = optional("检查户次", "inspections", CellKind.WHOLE);
    public static final Column PROBLEMS = optional("发现问题数", "problems", CellKind.WHOLE);
    public static final Column CASES = optional("立案数", "cases", CellKind.WHOLE);

    /** The sheet's columns, in the order the template prints them. */
    static final List<Column> COLUMNS =
        List.of(
            ACTION_NO,
            LEAD_UNIT,
            ACTION_KIND,
            NOTIFIED_ON,
            PARTICIPANTS,
            STARTED_ON,
            ENDED_ON,
            MATTER,
            INSPECTIONS,
            PROBLEMS,
            CASES);

    private Joint() {}
  }

  /** 信息通报 (notice). */
  public static final class Notice {
    public static final Column NOTICE_NO = required("通报编号", "notice_no", CellKind.TEXT);
    public static final Column CATEGORY =
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
            "轻微违法",
            "MINOR",
            "其他",
            "OTHER");
    // v2: reported to the supervising department before a no-penalty decision
    public static final Column TITLE = required("标题", "title", CellKind.TEXT);
    public static final Column FORMED_ON = required("形成日期", "formed_on", CellKind.DATE);
    public static final Column SHARED_WITH = optional("共享对象", "shared_with", CellKind.UNITS_OR_ALL);

    /** The sheet's columns, in the order the template prints them. */
    static final List<Column> COLUMNS = List.of(NOTICE_NO, CATEGORY, TITLE, FORMED_ON, SHARED_WITH);

    private Notice() {}
  }

  /** 议定事项 (resolution). */
  public static final class Resolution {
    public static final Column ITEM_NO = required("事项编号", "item_no", CellKind.TEXT);
    public static final Column MEETING_ON = required("会议日期", "meeting_on", CellKind.DATE);
    public static final Column OWNER_UNIT = required("承办单位", "owner_unit", CellKind.UNIT);
    public static final Column CONTENT = required("事项内容", "content", CellKind.TEXT);
    public static final Column DUE_ON = optional("办理时限", "due_on", CellKind.DATE).asPlanned();
    public static final Column PROGRESS =
        choice("办理情况", "progress", true, "已办结", "DONE", "办理中", "IN_PROGRESS", "未启动", "NOT_STARTED");
    public static final Column CLOSED_ON = optional("办结日期", "closed_on", CellKind.DATE);

    /** The sheet's columns, in the order the template prints them. */
    static final List<Column> COLUMNS =
        List.of(ITEM_NO, MEETING_ON, OWNER_UNIT, CONTENT, DUE_ON, PROGRESS, CLOSED_ON);

    private Resolution() {}
  }

  /** 法制审核 (review). */
  public static final class Review {
    public static final Column REVIEW_NO = required("送审编号", "review_no", CellKind.DOC_NO);
    public static final Column DIRECTION = choice("方向", "direction", true, "送审", "OUT", "审核", "IN");
    public static final Column SUBMITTER_UNIT = required("送审单位", "submitter_unit", CellKind.UNIT);
    public static final Column REVIEWER_UNIT = required("审核单位", "reviewer_unit", CellKind.UNIT);
    public static final Column PARTY = required("当事人", "party", CellKind.TEXT);
    public static final Column VIOLATION = required("违法事项", "violation", CellKind.TEXT);
    public static final Column SUBMITTED_ON = required("送审日期", "submitted_on", CellKind.DATE);
    public static final Column RECEIVED_ON = optional("收件日期", "received_on", CellKind.DATE);
    public static final Column REVIEWED_ON = optional("审核日期", "reviewed_on", CellKind.DATE);
    public static final Column OPINION =
        choice("审核意见", "opinion", false, "同意", "AGREE", "不同意", "DISAGREE");
    public static final Column ADVICE = optional("原因及建议", "advice", CellKind.TEXT);

    /** The sheet's columns, in the order the template prints them. */
    static final List<Column> COLUMNS =
        List.of(
            REVIEW_NO,
            DIRECTION,
            SUBMITTER_UNIT,
            REVIEWER_UNIT,
            PARTY,
            VIOLATION,
            SUBMITTED_ON,
            RECEIVED_ON,
            REVIEWED_ON,
            OPINION,
            ADVICE);

    private Review() {}
  }

  /** 紧急通报 (urgent). */
  public static final class Urgent {
    public static final Column CALL_NO = required("通报编号", "call_no", CellKind.TEXT);
    public static final Column DIRECTION = choice("方向", "direction", true, "发出", "OUT", "收到", "IN");
    public static final Column CALLER_UNIT = required("通报单位", "caller_unit", CellKind.UNIT);
    public static final Column RESPONDER_UNIT = required("处置单位", "responder_unit", CellKind.UNIT);
    public static final Column MATTER = required("事项", "matter", CellKind.TEXT);
    public static final Column CALLED_AT = required("通报时间", "called_at", CellKind.DATE_TIME);
    public static final Column ARRIVED_AT = optional("到场时间", "arrived_at", CellKind.DATE_TIME);
    public static final Column HANDLING = optional("处置情况", "handling", CellKind.TEXT);

    /** The sheet's columns, in the order the template prints them. */
    static final List<Column> COLUMNS =
        List.of(
            CALL_NO,
            DIRECTION,
            CALLER_UNIT,
            RESPONDER_UNIT,
            MATTER,
            CALLED_AT,
            ARRIVED_AT,
            HANDLING);

    private Urgent() {}
  }

  /** 数据请求 (datarequest). */
  public static final class DataRequest {
    public static final Column REQUEST_NO = required("请求编号", "request_no", CellKind.TEXT);
    public static final Column DIRECTION = choice("方向", "direction", true, "发出", "OUT", "收到", "IN");
    public static final Column REQUESTER_UNIT = required("请求单位", "requester_unit", CellKind.UNIT);
    public static final Column PROVIDER_UNIT = required("提供单位", "provider_unit", CellKind.UNIT);
    public static final Column PURPOSE =
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
            "OTHER");
    public static final Column REQUESTED_ON = required("请求日期", "requested_on", CellKind.DATE);
    public static final Column PROVIDED_ON = optional("提供日期", "provided_on", CellKind.DATE);

    /** The sheet's columns, in the order the template prints them. */
    static final List<Column> COLUMNS =
        List.of(
            REQUEST_NO,
            DIRECTION,
            REQUESTER_UNIT,
            PROVIDER_UNIT,
            PURPOSE,
            REQUESTED_ON,
            PROVIDED_ON);

    private DataRequest() {}
  }

  /** 联席会议 (meeting). */
  public static final class Meeting {
    public static final Column MEETING_NO = required("会议编号", "meeting_no", CellKind.TEXT);
    public static final Column KIND =
        choice("会议类型", "kind", true, "例行", "ROUTINE", "专题", "SPECIAL");
    public static final Column MEETING_ON =
        required("会议日期", "meeting_on", CellKind.DATE).asPlanned();
    public static final Column CALLED_ON = optional("征集通知日期", "called_on", CellKind.DATE);
    public static final Column TOPICS_DUE_ON =
        optional("议题截止日期", "topics_due_on", CellKind.DATE).asPlanned();
    public static final Column MINUTES_ON = optional("纪要印发日期", "minutes_on", CellKind.DATE);
    public static final Column CONVENOR = optional("召集人", "convenor", CellKind.TEXT);

    /** The sheet's columns, in the order the template prints them. */
    static final List<Column> COLUMNS =
        List.of(MEETING_NO, KIND, MEETING_ON, CALLED_ON, TOPICS_DUE_ON, MINUTES_ON, CONVENOR);

    private Meeting() {}
  }

  /** 会议议题 (topic). */
  public static final class Topic {
    public static final Column TOPIC_NO = required("议题编号", "topic_no", CellKind.TEXT);
    public static final Column MEETING_NO = required("会议编号", "meeting_no", CellKind.TEXT);
    public static final Column PROPOSER_UNIT = required("提出单位", "proposer_unit", CellKind.UNIT);
    public static final Column TITLE = required("议题名称", "title", CellKind.TEXT);
    public static final Column UNITS_INVOLVED = optional("涉及单位", "units_involved", CellKind.UNITS);
    public static final Column SUBMITTED_ON = required("提交日期", "submitted_on", CellKind.DATE);
    public static final Column VERDICT =
        choice(
            "审定结果",
            "verdict",
            false,
            "提交会议",
            "TO_MEETING",
            "会前协调解决",
            "SETTLED",
            "不予提交",
            "DECLINED");

    /** The sheet's columns, in the order the template prints them. */
    static final List<Column> COLUMNS =
        List.of(TOPIC_NO, MEETING_NO, PROPOSER_UNIT, TITLE, UNITS_INVOLVED, SUBMITTED_ON, VERDICT);

    private Topic() {}
  }
}
