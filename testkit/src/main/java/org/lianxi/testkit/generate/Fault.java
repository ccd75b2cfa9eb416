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
  MISSED_WEEK,
  // v2 rules (exchange standard v2): each judged late where the county's profile sets a figure
  /** an oral referral's written formalities an hour past the limit: referral.paperwork LATE */
  LATE_PAPERWORK,
  /** a refusal told a working day late: referral.refusal-notice LATE for the receiver */
  LATE_REFUSAL_NOTICE,
  /** a transferred complaint filed as a case a working day late: complaint.filing LATE */
  LATE_FILING,
  /** a test report delivered a working day late: assistance.report LATE for the helper */
  LATE_TEST_REPORT,
  /** the copied department guides a working day late: decision.followup LATE */
  LATE_FOLLOWUP,
  /** a minor violation reported in the following week's file: sharing.minor LATE */
  LATE_MINOR,
  /** a legal review signed a working day late: review.answer LATE for the reviewer */
  LATE_REVIEW,
  /** officers on site an hour past the limit of an urgent call: urgent.arrival LATE */
  LATE_ARRIVAL,
  /** penalty data supplied a working day late: data.answer LATE for the provider */
  LATE_DATA,
  /** a special inspection notified a working day short of its notice: joint.notice LATE */
  LATE_JOINT_NOTICE,
  /** the call for topics sent a working day short of its notice: meeting.topics-call LATE */
  LATE_TOPICS_CALL
}
