package org.lianxi.ledger.rules;

import java.util.Arrays;
import java.util.Optional;

/** The deadline rules of ../shared/rules.md, by their configuration key. */
public enum Rule {
  /** 案件移送: 发现日期 → 移送时间, sender's side; urgent ones use the urgent limit. */
  REFERRAL_SEND("referral.send"),
  /** v2 书面补齐: an oral referral's 移送时间 → 书面补齐时间. */
  REFERRAL_PAPERWORK("referral.paperwork"),
  /** 移送回执: 移送时间 → the receiver's 移入 row (its 接收日期). */
  REFERRAL_RECEIPT("referral.receipt"),
  /** 受理告知: 接收日期 → 受理告知日期. */
  REFERRAL_NOTIFY("referral.notify"),
  /** v2 补正或不予受理告知: 接收日期 → 受理告知日期, for a 补正 or 不予受理. */
  REFERRAL_REFUSAL_NOTICE("referral.refusal-notice"),
  /** 补正: 受理告知日期 of a 补正 → 补正完成日期. */
  REFERRAL_SUPPLEMENT("referral.supplement"),
  /** 投诉举报转办: 受理日期 → 转办日期, when handled by another unit. */
  COMPLAINT_TRANSFER("complaint.transfer"),
  /** v2 立案: 转办日期 (else 受理日期) → 立案日期, judged once a case was opened. */
  COMPLAINT_FILING("complaint.filing"),
  /** v2 反馈首接单位: 办结日期 → 反馈首接单位日期, for a complaint handled by another unit. */
  COMPLAINT_FEEDBACK("complaint.feedback"),
  /** 执法协助: 收函日期 (else 发函日期) → 复函日期; extended when a 延期说明 was given. */
  ASSISTANCE_ANSWER("assistance.answer"),
  /** v2 检测报告: 出具日期 → 复函日期, for 检验检测鉴定. */
  ASSISTANCE_REPORT("assistance.report"),
  /** 抄告: 决定日期 or 送达日期 (per profile) → 抄告日期. */
  DECISION_COPY("decision.copy"),
  /** v2 规范指导: 收到抄告日期 (else 抄告日期) → 规范指导日期, owed by the 抄告单位. */
  DECISION_FOLLOWUP("decision.followup"),
  /** 信息共享: 形成日期 / 决定日期 → first arrival; the extended limit decides on time. */
  SHARING_LAG("sharing.lag"),
  /** v2 轻微违法: a minor violation's 形成日期 → first arrival. */
  SHARING_MINOR("sharing.minor"),
  /** v2 法制审核: 收件日期 (else 送审日期) → 审核日期. */
  REVIEW_ANSWER("review.answer"),
  /** v2 紧急到场: 通报时间 → 到场时间. */
  URGENT_ARRIVAL("urgent.arrival"),
  /** v2 数据请求: 请求日期 → 提供日期. */
  DATA_ANSWER("data.answer"),
  /** v2 事前告知: a special inspection's 告知日期, due some working days before its 开始日期. */
  JOINT_NOTICE("joint.notice"),
  /** v2 征集议题: a routine meeting's 征集通知日期, due some working days before its 会议日期. */
  MEETING_TOPICS_CALL("meeting.topics-call"),
  /** 议定事项: 会议日期 → 办结日期, due by the row's own 办理时限. */
  RESOLUTION_DUE("resolution.due");

  private final String key;

  Rule(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  public static Optional<Rule> byKey(String key) {
    return Arrays.stream(values()).filter(r -> r.key.equals(key)).findFirst();
  }
}
