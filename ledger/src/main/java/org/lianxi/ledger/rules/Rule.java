package org.lianxi.ledger.rules;

import java.util.regex.Pattern;

/**
 * A deadline rule, named by its key in the rule catalogue (../shared/rules.md): the shipped ones
 * below, and any a county adds in {@code county.yaml}. What a rule judges is its catalogue entry
 * ({@link RuleSpec}); its limit is the profile's.
 */
public record Rule(String key) {

  private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");

  /** 案件移送: 发现日期 → 移送时间, sender's side; urgent ones use the urgent limit. */
  public static final Rule REFERRAL_SEND = new Rule("referral.send");

  /** v2 书面补齐: an oral referral's 移送时间 → 书面补齐时间. */
  public static final Rule REFERRAL_PAPERWORK = new Rule("referral.paperwork");

  /** 移送回执: 移送时间 → the receiver's 移入 row (its 接收日期). */
  public static final Rule REFERRAL_RECEIPT = new Rule("referral.receipt");

  /** 受理告知: 接收日期 → 受理告知日期. */
  public static final Rule REFERRAL_NOTIFY = new Rule("referral.notify");

  /** v2 补正或不予受理告知: 接收日期 → 受理告知日期, for a 补正 or 不予受理. */
  public static final Rule REFERRAL_REFUSAL_NOTICE = new Rule("referral.refusal-notice");

  /** 补正: 受理告知日期 of a 补正 → 补正完成日期. */
  public static final Rule REFERRAL_SUPPLEMENT = new Rule("referral.supplement");

  /** 投诉举报转办: 受理日期 → 转办日期, when handled by another unit. */
  public static final Rule COMPLAINT_TRANSFER = new Rule("complaint.transfer");

  /** v2 立案: 转办日期 (else 受理日期) → 立案日期, judged once a case was opened. */
  public static final Rule COMPLAINT_FILING = new Rule("complaint.filing");

  /** v2 反馈首接单位: 办结日期 → 反馈首接单位日期, for a complaint handled by another unit. */
  public static final Rule COMPLAINT_FEEDBACK = new Rule("complaint.feedback");

  /** 执法协助: 收函日期 (else 发函日期) → 复函日期; extended when a 延期说明 was given. */
  public static final Rule ASSISTANCE_ANSWER = new Rule("assistance.answer");

  /** v2 检测报告: 出具日期 → 复函日期, for 检验检测鉴定. */
  public static final Rule ASSISTANCE_REPORT = new Rule("assistance.report");

  /** 抄告: 决定日期 or 送达日期 (per profile) → 抄告日期. */
  public static final Rule DECISION_COPY = new Rule("decision.copy");

  /** v2 规范指导: 收到抄告日期 (else 抄告日期) → 规范指导日期, owed by the 抄告单位. */
  public static final Rule DECISION_FOLLOWUP = new Rule("decision.followup");

  /** 信息共享: 形成日期 / 决定日期 → first arrival; the extended limit decides on time. */
  public static final Rule SHARING_LAG = new Rule("sharing.lag");

  /** v2 轻微违法: a minor violation's 形成日期 → first arrival. */
  public static final Rule SHARING_MINOR = new Rule("sharing.minor");

  /** v2 法制审核: 收件日期 (else 送审日期) → 审核日期. */
  public static final Rule REVIEW_ANSWER = new Rule("review.answer");

  /** v2 紧急到场: 通报时间 → 到场时间. */
  public static final Rule URGENT_ARRIVAL = new Rule("urgent.arrival");

  /** v2 数据请求: 请求日期 → 提供日期. */
  public static final Rule DATA_ANSWER = new Rule("data.answer");

  /** v2 事前告知: a special inspection's 告知日期, due some working days before its 开始日期. */
  public static final Rule JOINT_NOTICE = new Rule("joint.notice");

  /** v2 征集议题: a routine meeting's 征集通知日期, due some working days before its 会议日期. */
  public static final Rule MEETING_TOPICS_CALL = new Rule("meeting.topics-call");

  /**
   * v2 例行会议: a routine meeting dated in every half year, where the profile asks it ({@code
   * joint-meeting}); judged from the meetings, not from a record's dates, so not in the catalogue.
   */
  public static final Rule MEETING_ROUTINE = new Rule("meeting.routine");

  /** 议定事项: 会议日期 → 办结日期, due by the row's own 办理时限. */
  public static final Rule RESOLUTION_DUE = new Rule("resolution.due");

  /**
   * @throws IllegalArgumentException unless the key is lower-case words joined by dots, as the
   *     catalogue writes them (referral.send, complaint.answer)
   */
  public Rule {
    if (!KEY.matcher(key).matches()) {
      throw new IllegalArgumentException(
          "'" + key + "' is not a rule name: write words joined by a dot, e.g. complaint.answer");
    }
  }

  @Override
  public String toString() {
    return key;
  }
}
