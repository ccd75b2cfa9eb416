package org.lianxi.testkit.generate;

/** The faults the generator can inject, each something reconcile must find. */
public enum Fault {
  /** a referral sent one working day after its limit: referral.send LATE for the sender */
  LATE_SEND,
  /** a referral the receiver never reports: one-sided, referral.receipt OVERDUE for the receiver */
  ONE_SIDED,
  /** the receiver reports one working day after the receipt limit: referral.receipt LATE */
  LATE_RECEIPT,
  /** the receiver reports a different 发现日期: a discrepancy on found_on */
  CONFLICT,
  /** an assistance request answered one working day late: assistance.answer LATE for the helper */
  LATE_ANSWER,
  /** a complaint transferred one working day late: complaint.transfer LATE for the first unit */
  LATE_TRANSFER,
  /** a notice shared one working day after the sharing limit: sharing.lag LATE */
  LATE_SHARE,
  /** a meeting resolution finished a working day after its 办理时限: resolution.due LATE */
  LATE_RESOLUTION,
  /** a notice dated a day that does not exist (2月30日): that row rejected, the rest loaded */
  IMPOSSIBLE_DATE,
  /** a unit sends nothing in a week: a missed submission period */
  MISSED_WEEK
}
