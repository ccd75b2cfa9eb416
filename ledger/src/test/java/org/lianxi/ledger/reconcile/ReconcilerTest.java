package org.lianxi.ledger.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.lianxi.ledger.calendar.CalendarFiles;
import org.lianxi.ledger.calendar.WorkingCalendar;
import org.lianxi.ledger.reconcile.RecordState.Side;
import org.lianxi.ledger.rules.Deadlines;
import org.lianxi.ledger.rules.Judgement.Status;
import org.lianxi.ledger.rules.Profiles;
import org.lianxi.ledger.rules.Rule;
import org.lianxi.ledger.standard.RecordType;

/** Hand-worked examples: every date below was counted by hand on the 2026 official calendar. */
class ReconcilerTest {

  private static final Deadlines DEADLINES =
      new Deadlines(WorkingCalendar.of(CalendarFiles.bundled()));
  private final AtomicLong ids = new AtomicLong();

  private CurrentReport report(
      RecordType type, String key, String unit, String arrived, Object... fieldsAndValues) {
    Map<String, Object> values = new HashMap<>();
    for (int i = 0; i < fieldsAndValues.length; i += 2) {
      Object v = fieldsAndValues[i + 1];
      if (v instanceof String s && s.matches("\\d{4}-\\d\\d-\\d\\d")) {
        v = LocalDate.parse(s);
      } else if (v instanceof String s && s.matches("\\d{4}-\\d\\d-\\d\\dT.*")) {
        v = LocalDateTime.parse(s);
      }
      values.put((String) fieldsAndValues[i], v);
    }
    return new CurrentReport(
        ids.incrementAndGet(),
        type,
        key,
        unit,
        values,
        LocalDateTime.parse(arrived),
        CurrentReport.Source.UNKNOWN);
  }

  private static Reconciliation reconcile(String profile, String asOf, CurrentReport... reports) {
    return new Reconciler(Profiles.load(profile), DEADLINES)
        .reconcile(List.of(reports), Deadlines.endOf(LocalDate.parse(asOf)));
  }

  private static JudgedRule rule(Reconciliation r, Rule rule) {
    return r.judgements().stream().filter(j -> j.rule().equals(rule)).findFirst().orElseThrow();
  }

  private CurrentReport referralOut(String key, Object... more) {
    List<Object> fields =
        new ArrayList<>(
            List.of(
                "direction",
                "OUT",
                "sender_unit",
                "D02",
                "receiver_unit",
                "T01",
                "party",
                "某商店",
                "violation",
                "无照经营",
                "found_on",
                "2026-03-02",
                "sent_at",
                "2026-03-05T10:00"));
    fields.addAll(List.of(more));
    return report(RecordType.REFERRAL, key, "D02", "2026-03-05T12:00", fields.toArray());
  }

  private CurrentReport referralIn(String key, Object... more) {
    List<Object> fields =
        new ArrayList<>(
            List.of(
                "direction",
                "IN",
                "sender_unit",
                "D02",
                "receiver_unit",
                "T01",
                "party",
                "某商店",
                "violation",
                "无照经营",
                "found_on",
                "2026-03-02",
                "sent_at",
                "2026-03-05T10:00"));
    fields.addAll(List.of(more));
    return report(RecordType.REFERRAL, key, "T01", "2026-03-09T09:00", fields.toArray());
  }

  @Test
  void bothSidesOfAReferralAreMatchedEachFieldFromItsAuthority() {
    Reconciliation r =
        reconcile(
            "jianyang",
            "2026-03-31",
            referralOut("古市监移〔2026〕1号"),
            referralIn(
                "古市监移〔2026〕1号",
                "found_on",
                "2026-03-03",
                "received_on",
                "2026-03-06",
                "acceptance",
                "ACCEPTED",
                "notified_on",
                "2026-03-20"));
    RecordState state = r.records().get(0);
    assertThat(state.missing()).isNull();
    assertThat(state.firstUnit()).isEqualTo("D02");
    assertThat(state.secondUnit()).isEqualTo("T01");
    assertThat(state.merged())
        .containsEntry("found_on", LocalDate.parse("2026-03-02")); // the sender's
    assertThat(state.merged()).containsEntry("received_on", LocalDate.parse("2026-03-06"));
    assertThat(r.discrepancies())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.field()).isEqualTo("found_on");
              assertThat(d.authorityUnit()).isEqualTo("D02");
              assertThat(d.authorityValue()).isEqualTo("2026-03-02");
              assertThat(d.otherUnit()).isEqualTo("T01");
              assertThat(d.otherValue()).isEqualTo("2026-03-03");
            });
    // send, jianyang 3wd: Mon 2 Mar -> Thu 5 Mar; sent Thu 5 Mar: on time
    JudgedRule send = rule(r, Rule.REFERRAL_SEND);
    assertThat(send.owingUnit()).isEqualTo("D02");
    assertThat(send.judgement().due().orElseThrow().toLocalDate()).isEqualTo("2026-03-05");
    assertThat(send.judgement().status()).isEqualTo(Status.ON_TIME);
    // receipt, 3wd from Thu 5 Mar -> Tue 10 Mar; received Fri 6 Mar: on time, owed by the receiver
    JudgedRule receipt = rule(r, Rule.REFERRAL_RECEIPT);
    assertThat(receipt.owingUnit()).isEqualTo("T01");
    assertThat(receipt.judgement().due().orElseThrow().toLocalDate()).isEqualTo("2026-03-10");
    assertThat(receipt.judgement().status()).isEqualTo(Status.ON_TIME);
    // notify, 3wd from Fri 6 Mar -> Wed 11 Mar; told Fri 20 Mar: late by 12,13,16,17,18,19,20 = 7
    JudgedRule notify = rule(r, Rule.REFERRAL_NOTIFY);
    assertThat(notify.judgement().due().orElseThrow().toLocalDate()).isEqualTo("2026-03-11");
    assertThat(notify.judgement().status()).isEqualTo(Status.LATE);
    assertThat(notify.judgement().lateBy()).isEqualTo(7);
  }

  @Test
  void aOneSidedReferralIsOverdueForItsReceiverAcrossTheSpringFestival() {
    Reconciliation r =
        reconcile(
            "guxian",
            "2026-03-02",
            referralOut("古市监移〔2026〕2号", "found_on", "2026-02-09", "sent_at", "2026-02-11T09:00"));
    assertThat(r.records().get(0).missing()).isEqualTo(Side.SECOND);
    // send, guxian 3wd: Mon 9 Feb -> Thu 12 Feb; sent Wed 11: on time
    assertThat(rule(r, Rule.REFERRAL_SEND).judgement().status()).isEqualTo(Status.ON_TIME);
    // receipt, 5wd from Wed 11 Feb: 12, 13, Sat 14 (make-up), [15-23 holiday], 24, 25 -> Wed 25 Feb
    JudgedRule receipt = rule(r, Rule.REFERRAL_RECEIPT);
    assertThat(receipt.judgement().due().orElseThrow().toLocalDate()).isEqualTo("2026-02-25");
    assertThat(receipt.judgement().status()).isEqualTo(Status.OVERDUE);
    // as of Mon 2 Mar: 26, 27, Sat 28 (make-up), 2 = 4 working days overdue
    assertThat(receipt.judgement().lateBy()).isEqualTo(4);
    assertThat(receipt.end()).isEmpty();
  }

  @Test
  void aReceiverOnlyReferralIsMissingItsSenderAndUsesTheReceiversValuesMarked() {
    Reconciliation r =
        reconcile("guxian", "2026-03-31", referralIn("古市监移〔2026〕3号", "received_on", "2026-03-06"));
    RecordState state = r.records().get(0);
    assertThat(state.missing()).isEqualTo(Side.FIRST);
    assertThat(state.fromOtherSide()).contains("found_on", "sent_at");
    assertThat(r.judgements()).extracting(JudgedRule::rule).doesNotContain(Rule.REFERRAL_RECEIPT);
  }

  @Test
  void anUrgentReferralUsesTheTwentyFourHourLimit() {
    Reconciliation r =
        reconcile(
            "guxian",
            "2026-03-31",
            referralOut(
                "古市监移〔2026〕4号",
                "urgent",
                true,
                "found_on",
                "2026-03-10",
                "sent_at",
                "2026-03-11T09:00"));
    JudgedRule send = rule(r, Rule.REFERRAL_SEND);
    assertThat(send.judgement().due()).contains(LocalDateTime.parse("2026-03-11T00:00"));
    assertThat(send.judgement().status()).isEqualTo(Status.LATE);
    assertThat(send.judgement().lateBy()).isEqualTo(9);
  }

  @Test
  void assistanceUsesTheExtendedLimitOnlyWithAnExtensionNote() {
    CurrentReport request =
        report(
            RecordType.ASSISTANCE,
            "岳阳协〔2026〕1号",
            "T01",
            "2026-04-01T18:00",
            "direction",
            "OUT",
            "requester_unit",
            "T01",
            "helper_unit",
            "D03",
            "kind",
            "PERMITS",
            "sent_on",
            "2026-04-01");
    CurrentReport answer =
        report(
            RecordType.ASSISTANCE,
            "岳阳协〔2026〕1号",
            "D03",
            "2026-04-10T09:00",
            "direction",
            "IN",
            "requester_unit",
            "T01",
            "helper_unit",
            "D03",
            "kind",
            "PERMITS",
            "sent_on",
            "2026-04-01",
            "answered_on",
            "2026-04-09",
            "extension_note",
            "需送省级机构检测");
    // qingfeng 2wd, extended 7wd (三(六); zhoucun's document allows a delay with no figure). 7wd
    // from Wed 1 Apr: 2, 3, [4-6 Qingming], 7, 8, 9, 10, 13 -> Mon 13 Apr
    JudgedRule extended =
        rule(reconcile("qingfeng", "2026-04-30", request, answer), Rule.ASSISTANCE_ANSWER);
    assertThat(extended.owingUnit()).isEqualTo("D03");
    assertThat(extended.judgement().due().orElseThrow().toLocalDate()).isEqualTo("2026-04-13");
    assertThat(extended.judgement().status()).isEqualTo(Status.ON_TIME);

    CurrentReport noNote =
        report(
            RecordType.ASSISTANCE,
            "岳阳协〔2026〕1号",
            "D03",
            "2026-04-10T09:00",
            "direction",
            "IN",
            "requester_unit",
            "T01",
            "helper_unit",
            "D03",
            "kind",
            "PERMITS",
            "sent_on",
            "2026-04-01",
            "answered_on",
            "2026-04-09");
    // 2wd: 2, 3 -> Fri 3 Apr; answered Thu 9: late by 7, 8, 9 = 3
    JudgedRule plain =
        rule(reconcile("qingfeng", "2026-04-30", request, noNote), Rule.ASSISTANCE_ANSWER);
    assertThat(plain.judgement().due().orElseThrow().toLocalDate()).isEqualTo("2026-04-03");
    assertThat(plain.judgement().lateBy()).isEqualTo(3);
  }

  @Test
  void aTransferredComplaintIsJudgedForItsFirstUnitAcrossLabourDay() {
    CurrentReport first =
        report(
            RecordType.COMPLAINT,
            "T01|12345-88",
            "T01",
            "2026-05-11T18:00",
            "first_unit",
            "T01",
            "reg_no",
            "12345-88",
            "accepted_on",
            "2026-05-06",
            "summary",
            "夜间施工噪音",
            "handling_unit",
            "D09",
            "transferred_on",
            "2026-05-11");
    // qingfeng 2wd from Wed 6 May: 7, 8 -> Fri 8 May; transferred Mon 11: Sat 9 (make-up) and 11 =
    // 2 late
    JudgedRule transfer = rule(reconcile("qingfeng", "2026-05-31", first), Rule.COMPLAINT_TRANSFER);
    assertThat(transfer.owingUnit()).isEqualTo("T01");
    assertThat(transfer.judgement().due().orElseThrow().toLocalDate()).isEqualTo("2026-05-08");
    assertThat(transfer.judgement().status()).isEqualTo(Status.LATE);
    assertThat(transfer.judgement().lateBy()).isEqualTo(2);
  }

  @Test
  void decisionCopiesCountFromServiceOrDecisionPerProfile() {
    CurrentReport decision =
        report(
            RecordType.DECISION,
            "古市监罚〔2026〕7号",
            "D02",
            "2026-03-12T09:00",
            "issuer_unit",
            "D02",
            "party",
            "某商店",
            "violation",
            "无照经营",
            "decided_on",
            "2026-03-02",
            "served_on",
            "2026-03-04",
            "copied_to_unit",
            "D01",
            "copied_on",
            "2026-03-11",
            "referral_no",
            "古市监移〔2026〕1号");
    // qingfeng: 5wd from service Wed 4 Mar: 5, 6, 9, 10, 11 -> Wed 11: on time
    JudgedRule qingfeng = rule(reconcile("qingfeng", "2026-03-31", decision), Rule.DECISION_COPY);
    assertThat(qingfeng.judgement().due().orElseThrow().toLocalDate()).isEqualTo("2026-03-11");
    assertThat(qingfeng.judgement().status()).isEqualTo(Status.ON_TIME);
    // zhoucun: 2wd from the decision Mon 2 Mar -> Wed 4; copied Wed 11: late by 5, 6, 9, 10, 11 = 5
    JudgedRule zhoucun = rule(reconcile("zhoucun", "2026-03-31", decision), Rule.DECISION_COPY);
    assertThat(zhoucun.judgement().due().orElseThrow().toLocalDate()).isEqualTo("2026-03-04");
    assertThat(zhoucun.judgement().lateBy()).isEqualTo(5);
    // the decision closes the referral it names
    Reconciliation withReferral =
        reconcile("zhoucun", "2026-03-31", decision, referralOut("古市监移〔2026〕1号"));
    assertThat(withReferral.records().get(0).closingDecision()).isEqualTo("古市监罚〔2026〕7号");
  }

  @Test
  void sharingLagCountsToTheFirstArrivalWithinFiveWorkingDays() {
    CurrentReport onTime =
        report(
            RecordType.NOTICE,
            "D03|N-1",
            "D03",
            "2026-03-09T10:00",
            "notice_no",
            "N-1",
            "category",
            "LAW",
            "title",
            "土地管理法规调整",
            "formed_on",
            "2026-03-02");
    CurrentReport late =
        report(
            RecordType.NOTICE,
            "D03|N-2",
            "D03",
            "2026-03-10T08:00",
            "notice_no",
            "N-2",
            "category",
            "LAW",
            "title",
            "x",
            "formed_on",
            "2026-03-02");
    Reconciliation r = reconcile("guxian", "2026-03-31", onTime, late);
    // guxian: same day, extended 5wd: Mon 2 Mar -> Mon 9 Mar
    assertThat(r.judgements())
        .extracting(j -> j.key() + " " + j.judgement().status() + " " + j.judgement().lateBy())
        .containsExactly("D03|N-1 ON_TIME 0", "D03|N-2 LATE 1");
    assertThat(r.judgements().get(0).judgement().due().orElseThrow().toLocalDate())
        .isEqualTo("2026-03-09");
  }

  @Test
  void aResolutionIsDueByItsOwnDeadline() {
    CurrentReport resolution =
        report(
            RecordType.RESOLUTION,
            "2026-1-03",
            "O01",
            "2026-01-20T09:00",
            "item_no",
            "2026-1-03",
            "meeting_on",
            "2026-01-15",
            "owner_unit",
            "D03",
            "content",
            "违法占地整治",
            "due_on",
            "2026-06-30",
            "progress",
            "DONE",
            "closed_on",
            "2026-07-03");
    JudgedRule due = rule(reconcile("guxian", "2026-07-31", resolution), Rule.RESOLUTION_DUE);
    assertThat(due.owingUnit()).isEqualTo("D03");
    assertThat(due.judgement().status()).isEqualTo(Status.LATE);
    assertThat(due.judgement().lateBy()).isEqualTo(3);
  }

  @Test
  void theSameInputGivesTheSameResult() {
    CurrentReport[] reports = {
      referralOut("古市监移〔2026〕1号"),
      referralIn("古市监移〔2026〕1号", "received_on", "2026-03-06"),
      referralOut("古市监移〔2026〕2号", "sent_at", "2026-03-20T10:00")
    };
    assertThat(reconcile("guxian", "2026-03-31", reports))
        .isEqualTo(reconcile("guxian", "2026-03-31", reports));
  }

  @Test
  void nanpaiheSetsNoFiguresButTheReceipt() {
    Reconciliation r =
        reconcile(
            "nanpaihe",
            "2026-03-31",
            referralOut("南排移〔2026〕1号", "found_on", "2026-01-05", "sent_at", "2026-03-02T09:00"));
    // no figure for sending: tracked, not scored, however long it took
    JudgedRule send = rule(r, Rule.REFERRAL_SEND);
    assertThat(send.judgement().status()).isEqualTo(Status.DONE);
    assertThat(send.judgement().scored()).isFalse();
    // receipt 5wd from Mon 2 Mar -> Mon 9 Mar; never reported: overdue by 10 .. 31 Mar = 16
    JudgedRule receipt = rule(r, Rule.REFERRAL_RECEIPT);
    assertThat(receipt.judgement().due().orElseThrow().toLocalDate()).isEqualTo("2026-03-09");
    assertThat(receipt.judgement().status()).isEqualTo(Status.OVERDUE);
    assertThat(receipt.judgement().lateBy()).isEqualTo(16);
  }

  // v2 rules, from the catalogue: each worked out by hand on the 2026 calendar.

  @Test
  void anOralReferralOwesItsWrittenFormalitiesWithinTwentyFourHoursInJianyang() {
    // Sent orally Thu 5 Mar 10:00: due Fri 6 Mar 10:00; completed 11:00, one hour late.
    Reconciliation r =
        reconcile(
            "jianyang",
            "2026-03-20",
            referralOut("古市监移〔2026〕71号", "oral", true, "paperwork_at", "2026-03-06T11:00"));
    JudgedRule paperwork = rule(r, Rule.REFERRAL_PAPERWORK);
    assertThat(paperwork.owingUnit()).isEqualTo("D02");
    assertThat(paperwork.judgement().due()).contains(LocalDateTime.parse("2026-03-06T10:00"));
    assertThat(paperwork.judgement().status()).isEqualTo(Status.LATE);
    assertThat(paperwork.judgement().lateBy()).isEqualTo(1);
    // A referral sent in writing owes none; guxian's document sets no figure: tracked, not scored.
    assertThat(reconcile("jianyang", "2026-03-20", referralOut("古市监移〔2026〕72号")).judgements())
        .noneMatch(j -> j.rule().equals(Rule.REFERRAL_PAPERWORK));
    Reconciliation guxian =
        reconcile("guxian", "2026-03-20", referralOut("古市监移〔2026〕73号", "oral", true));
    assertThat(rule(guxian, Rule.REFERRAL_PAPERWORK).judgement().status()).isEqualTo(Status.OPEN);
    assertThat(rule(guxian, Rule.REFERRAL_PAPERWORK).judgement().scored()).isFalse();
  }

  @Test
  void aTransferredComplaintIsFiledWithinTwoWorkingDaysOfTheTransferAcrossLabourDay() {
    // Transferred Wed 29 Apr: Thu 30 (1), 1–5 May holiday, Wed 6 May (2); filed Thu 7: 1 late.
    CurrentReport handled =
        report(
            RecordType.COMPLAINT,
            "T01|12345-0429",
            "D02",
            "2026-05-08T09:00",
            "first_unit",
            "T01",
            "handling_unit",
            "D02",
            "accepted_on",
            "2026-04-28",
            "transferred_on",
            "2026-04-29",
            "filed_on",
            "2026-05-07");
    JudgedRule filing = rule(reconcile("qingfeng", "2026-05-20", handled), Rule.COMPLAINT_FILING);
    assertThat(filing.owingUnit()).isEqualTo("D02");
    assertThat(filing.judgement().due()).contains(LocalDateTime.parse("2026-05-06T23:59:59"));
    assertThat(filing.judgement().status()).isEqualTo(Status.LATE);
    assertThat(filing.judgement().lateBy()).isEqualTo(1);
  }

  @Test
  void aTestReportIsDeliveredWithinTwoWorkingDaysOfIssueAndTheAnswerCountsFromReceipt() {
    CurrentReport answered =
        report(
            RecordType.ASSISTANCE,
            "岳阳协〔2026〕9号",
            "D03",
            "2026-03-12T09:00",
            "direction",
            "IN",
            "requester_unit",
            "T01",
            "helper_unit",
            "D03",
            "kind",
            "TESTING",
            "sent_on",
            "2026-03-02",
            "received_on",
            "2026-03-03",
            "issued_on",
            "2026-03-06",
            "answered_on",
            "2026-03-11");
    Reconciliation r = reconcile("qingfeng", "2026-03-20", answered);
    // Issued Fri 6 Mar: Mon 9 (1), Tue 10 (2); delivered Wed 11: 1 working day late.
    JudgedRule report = rule(r, Rule.ASSISTANCE_REPORT);
    assertThat(report.owingUnit()).isEqualTo("D03");
    assertThat(report.judgement().due()).contains(LocalDateTime.parse("2026-03-10T23:59:59"));
    assertThat(report.judgement().lateBy()).isEqualTo(1);
    // qingfeng's 协助复函 is not for tests (三(六) is for permit and evidence material): the report
    // alone judges it.
    assertThat(r.judgements()).noneMatch(j -> j.rule().equals(Rule.ASSISTANCE_ANSWER));
    // Elsewhere the answer counts from receipt, Tue 3 Mar: zhoucun 2wd, Wed 4 (1), Thu 5 (2); Wed
    // 11 is 4 days late.
    JudgedRule answer = rule(reconcile("zhoucun", "2026-03-20", answered), Rule.ASSISTANCE_ANSWER);
    assertThat(answer.start()).isEqualTo(LocalDateTime.parse("2026-03-03T00:00"));
    assertThat(answer.judgement().due()).contains(LocalDateTime.parse("2026-03-05T23:59:59"));
    assertThat(answer.judgement().lateBy()).isEqualTo(4);
  }

  @Test
  void aMinorViolationIsReportedWithinTwoWorkingDaysInQingfeng() {
    // Formed Fri 13 Mar: Mon 16 (1), Tue 17 (2); first arrived Wed 18: 1 working day late.
    CurrentReport minor =
        report(
            RecordType.NOTICE,
            "D02|QW-1",
            "D02",
            "2026-03-18T09:00",
            "notice_no",
            "QW-1",
            "category",
            "MINOR",
            "title",
            "某商店轻微违法拟不予处罚",
            "formed_on",
            "2026-03-13");
    Reconciliation r = reconcile("qingfeng", "2026-03-20", minor);
    JudgedRule reported = rule(r, Rule.SHARING_MINOR);
    assertThat(reported.owingUnit()).isEqualTo("D02");
    assertThat(reported.judgement().status()).isEqualTo(Status.LATE);
    assertThat(reported.judgement().lateBy()).isEqualTo(1);
    // Other notices owe no minor-violation report.
    assertThat(r.judgements()).extracting(JudgedRule::rule).contains(Rule.SHARING_LAG);
  }

  private CurrentReport jointAction(String no, String kind, String startsOn, Object... more) {
    List<Object> fields =
        new ArrayList<>(
            List.of(
                "action_no",
                no,
                "lead_unit",
                "D02",
                "participants",
                List.of("T01", "T02"),
                "started_on",
                startsOn,
                "matter",
                "燃气安全专项检查",
                "action_kind",
                kind));
    fields.addAll(List.of(more));
    return report(RecordType.JOINT, "D02|" + no, "D02", "2026-10-16T09:00", fields.toArray());
  }

  @Test
  void aSpecialInspectionIsNotifiedTwoWorkingDaysBeforeItStartsInQingfeng() {
    // Starts Thu 15 Oct: back from it, Wed 14 (1), Tue 13 (2); notified Mon 12: on time.
    JudgedRule early =
        rule(
            reconcile(
                "qingfeng",
                "2026-10-20",
                jointAction("ZX-1", "SPECIAL", "2026-10-15", "notified_on", "2026-10-12")),
            Rule.JOINT_NOTICE);
    assertThat(early.owingUnit()).isEqualTo("D02");
    assertThat(early.judgement().due()).contains(LocalDateTime.parse("2026-10-13T23:59:59"));
    assertThat(early.judgement().status()).isEqualTo(Status.ON_TIME);
    // Starts Mon 12 Oct: Sun 11 is off, the make-up Sat 10 (1), Fri 9 (2); notified on Sat 10:
    // one working day late.
    JudgedRule late =
        rule(
            reconcile(
                "qingfeng",
                "2026-10-20",
                jointAction("ZZ-1", "RECTIFY", "2026-10-12", "notified_on", "2026-10-10")),
            Rule.JOINT_NOTICE);
    assertThat(late.judgement().due()).contains(LocalDateTime.parse("2026-10-09T23:59:59"));
    assertThat(late.judgement().status()).isEqualTo(Status.LATE);
    assertThat(late.judgement().lateBy()).isEqualTo(1);
    // Not notified, as of Wed 14 Oct: overdue since the end of Tue 13.
    JudgedRule missing =
        rule(
            reconcile("qingfeng", "2026-10-14", jointAction("ZX-2", "SPECIAL", "2026-10-15")),
            Rule.JOINT_NOTICE);
    assertThat(missing.judgement().status()).isEqualTo(Status.OVERDUE);
    assertThat(missing.judgement().lateBy()).isEqualTo(1);
    // An ordinary joint action owes no advance notice.
    assertThat(
            reconcile("qingfeng", "2026-10-20", jointAction("LH-1", "JOINT", "2026-10-15"))
                .judgements())
        .isEmpty();
  }

  @Test
  void aLegalReviewIsAnsweredWithinTwoWorkingDaysOfReceiptAcrossQingmingInQingfeng() {
    CurrentReport sent =
        report(
            RecordType.REVIEW,
            "清审〔2026〕5号",
            "T01",
            "2026-04-02T17:00",
            "direction",
            "OUT",
            "submitter_unit",
            "T01",
            "reviewer_unit",
            "D02",
            "party",
            "某商店",
            "violation",
            "无照经营",
            "submitted_on",
            "2026-04-02");
    CurrentReport reviewed =
        report(
            RecordType.REVIEW,
            "清审〔2026〕5号",
            "D02",
            "2026-04-09T17:00",
            "direction",
            "IN",
            "submitter_unit",
            "T01",
            "reviewer_unit",
            "D02",
            "party",
            "某商店",
            "violation",
            "无照经营",
            "submitted_on",
            "2026-04-02",
            "received_on",
            "2026-04-03",
            "reviewed_on",
            "2026-04-09",
            "opinion",
            "AGREE");
    // Received Fri 3 Apr: 4-6 Apr is Qingming, Tue 7 (1), Wed 8 (2); signed Thu 9: 1 late.
    Reconciliation both = reconcile("qingfeng", "2026-04-20", sent, reviewed);
    JudgedRule answer = rule(both, Rule.REVIEW_ANSWER);
    assertThat(answer.owingUnit()).isEqualTo("D02");
    assertThat(answer.start()).isEqualTo(LocalDateTime.parse("2026-04-03T00:00"));
    assertThat(answer.judgement().due()).contains(LocalDateTime.parse("2026-04-08T23:59:59"));
    assertThat(answer.judgement().status()).isEqualTo(Status.LATE);
    assertThat(answer.judgement().lateBy()).isEqualTo(1);
    assertThat(both.records()).singleElement().satisfies(s -> assertThat(s.missing()).isNull());
    // Only the township has reported: due from 送审日期 Thu 2 Apr, Fri 3 (1), Tue 7 (2); as of
    // Mon 20 Apr overdue 8-10, 13-17, 20 Apr = 9, and the reviewer's side is missing.
    Reconciliation one = reconcile("qingfeng", "2026-04-20", sent);
    JudgedRule open = rule(one, Rule.REVIEW_ANSWER);
    assertThat(open.judgement().due()).contains(LocalDateTime.parse("2026-04-07T23:59:59"));
    assertThat(open.judgement().status()).isEqualTo(Status.OVERDUE);
    assertThat(open.judgement().lateBy()).isEqualTo(9);
    assertThat(one.records())
        .singleElement()
        .satisfies(s -> assertThat(s.missing()).isEqualTo(Side.SECOND));
    // The other profiles set no figure: tracked, never scored.
    assertThat(
            rule(reconcile("guxian", "2026-04-20", sent), Rule.REVIEW_ANSWER).judgement().scored())
        .isFalse();
  }

  private CurrentReport urgentCall(String unit, String direction, String calledAt, Object... more) {
    List<Object> fields =
        new ArrayList<>(
            List.of(
                "direction",
                direction,
                "caller_unit",
                "D02",
                "responder_unit",
                "T01",
                "matter",
                "液化气站泄漏",
                "called_at",
                calledAt));
    fields.addAll(List.of(more));
    return report(RecordType.URGENT, "D02|JJ-1", unit, calledAt, fields.toArray());
  }

  @Test
  void officersReachAnUrgentCallWithinTwoHoursInQingfengAndAtOnceElsewhere() {
    // Called on the National Day holiday, Thu 1 Oct 22:30: hours count every hour, due 2 Oct
    // 00:30; on site at 00:10: on time.
    JudgedRule qingfeng =
        rule(
            reconcile(
                "qingfeng",
                "2026-10-09",
                urgentCall("D02", "OUT", "2026-10-01T22:30"),
                urgentCall("T01", "IN", "2026-10-01T22:30", "arrived_at", "2026-10-02T00:10")),
            Rule.URGENT_ARRIVAL);
    assertThat(qingfeng.owingUnit()).isEqualTo("T01");
    assertThat(qingfeng.judgement().due()).contains(LocalDateTime.parse("2026-10-02T00:30"));
    assertThat(qingfeng.judgement().status()).isEqualTo(Status.ON_TIME);
    // guxian's, jianyang's and zhoucun's 立即 (第一时间) is 24 hours: called Mon 1 Jun 09:00, due Tue
    // 2 Jun 09:00; 10:00 is 1 h late.
    for (String profile : List.of("guxian", "jianyang", "zhoucun")) {
      JudgedRule atOnce =
          rule(
              reconcile(
                  profile,
                  "2026-06-09",
                  urgentCall("T01", "IN", "2026-06-01T09:00", "arrived_at", "2026-06-02T10:00")),
              Rule.URGENT_ARRIVAL);
      assertThat(atOnce.judgement().due())
          .as(profile)
          .contains(LocalDateTime.parse("2026-06-02T09:00"));
      assertThat(atOnce.judgement().status()).as(profile).isEqualTo(Status.LATE);
      assertThat(atOnce.judgement().lateBy()).as(profile).isEqualTo(1);
    }
    // nanpaihe's document sets no figure: tracked, not scored
    assertThat(
            rule(
                    reconcile(
                        "nanpaihe",
                        "2026-06-09",
                        urgentCall(
                            "T01", "IN", "2026-06-01T09:00", "arrived_at", "2026-06-02T10:00")),
                    Rule.URGENT_ARRIVAL)
                .judgement()
                .scored())
        .isFalse();
  }

  @Test
  void penaltyDataIsSuppliedWithinThreeWorkingDaysInZhoucunCountingTheMakeUpSunday() {
    // Requested Fri 18 Sep: Sat 19 off, the make-up Sun 20 (1), Mon 21 (2), Tue 22 (3); supplied
    // Wed 23: 1 working day late.
    CurrentReport supplied =
        report(
            RecordType.DATA_REQUEST,
            "D03|SJ-7",
            "T01",
            "2026-09-24T09:00",
            "direction",
            "IN",
            "requester_unit",
            "D03",
            "provider_unit",
            "T01",
            "purpose",
            "STATISTICS",
            "requested_on",
            "2026-09-18",
            "provided_on",
            "2026-09-23");
    Reconciliation r = reconcile("zhoucun", "2026-09-30", supplied);
    JudgedRule answer = rule(r, Rule.DATA_ANSWER);
    assertThat(answer.owingUnit()).isEqualTo("T01");
    assertThat(answer.judgement().due()).contains(LocalDateTime.parse("2026-09-22T23:59:59"));
    assertThat(answer.judgement().status()).isEqualTo(Status.LATE);
    assertThat(answer.judgement().lateBy()).isEqualTo(1);
    // Only the provider reported: the requester's side is missing.
    assertThat(r.records())
        .singleElement()
        .satisfies(s -> assertThat(s.missing()).isEqualTo(Side.FIRST));
  }

  private CurrentReport decision(String unit, String arrived, Object... more) {
    List<Object> fields =
        new ArrayList<>(
            List.of(
                "issuer_unit",
                "D02",
                "party",
                "某商店",
                "violation",
                "无照经营",
                "decided_on",
                "2026-09-18",
                "served_on",
                "2026-09-21",
                "copied_to_unit",
                "D03",
                "copied_on",
                "2026-09-23"));
    fields.addAll(List.of(more));
    return report(RecordType.DECISION, "清市监罚〔2026〕8号", unit, arrived, fields.toArray());
  }

  @Test
  void theCopiedDepartmentGuidesWithinFiveWorkingDaysAcrossMidAutumnAndNationalDayInQingfeng() {
    CurrentReport issued = decision("D02", "2026-09-23T17:00");
    CurrentReport guided =
        decision(
            "D03", "2026-10-10T17:00", "received_copy_on", "2026-09-24", "guided_on", "2026-10-10");
    Reconciliation r = reconcile("qingfeng", "2026-10-12", issued, guided);
    // Received Thu 24 Sep: 25-27 Sep Mid-Autumn, Mon 28 (1), Tue 29 (2), Wed 30 (3), 1-7 Oct
    // National Day, Thu 8 (4), Fri 9 (5); guided on the make-up Sat 10 Oct: 1 working day late.
    JudgedRule followup = rule(r, Rule.DECISION_FOLLOWUP);
    assertThat(followup.owingUnit()).isEqualTo("D03");
    assertThat(followup.start()).isEqualTo(LocalDateTime.parse("2026-09-24T00:00"));
    assertThat(followup.judgement().due()).contains(LocalDateTime.parse("2026-10-09T23:59:59"));
    assertThat(followup.judgement().status()).isEqualTo(Status.LATE);
    assertThat(followup.judgement().lateBy()).isEqualTo(1);
    // The copy itself is still the deciding unit's: served Mon 21 Sep, copied Wed 23 (day 2 of 5).
    JudgedRule copy = rule(r, Rule.DECISION_COPY);
    assertThat(copy.owingUnit()).isEqualTo("D02");
    assertThat(copy.judgement().status()).isEqualTo(Status.ON_TIME);
    assertThat(r.discrepancies()).isEmpty();
    // The copied department has not reported: counted from 抄告日期 Wed 23 Sep, Thu 24 (1), Mon 28
    // (2), Tue 29 (3), Wed 30 (4), Thu 8 Oct (5); as of Mon 12 Oct overdue Fri 9, Sat 10, Mon 12.
    Reconciliation alone = reconcile("qingfeng", "2026-10-12", issued);
    JudgedRule waiting = rule(alone, Rule.DECISION_FOLLOWUP);
    assertThat(waiting.owingUnit()).isEqualTo("D03");
    assertThat(waiting.judgement().due()).contains(LocalDateTime.parse("2026-10-08T23:59:59"));
    assertThat(waiting.judgement().status()).isEqualTo(Status.OVERDUE);
    assertThat(waiting.judgement().lateBy()).isEqualTo(3);
    // A decision its copied department never reports is no one-sided record: that report is
    // optional, and the v1 ledger stays as it was.
    assertThat(alone.records()).isEmpty();
  }

  @Test
  void aRequestToSupplementIsToldWithinTwoWorkingDaysAcrossLabourDayInQingfeng() {
    // Received Thu 30 Apr with 补正: 1-5 May holiday, Wed 6 (1), Thu 7 (2); told Fri 8: 1 late.
    Reconciliation r =
        reconcile(
            "qingfeng",
            "2026-05-20",
            referralIn(
                "清市监移〔2026〕30号",
                "received_on",
                "2026-04-30",
                "acceptance",
                "SUPPLEMENT",
                "notified_on",
                "2026-05-08"));
    JudgedRule told = rule(r, Rule.REFERRAL_REFUSAL_NOTICE);
    assertThat(told.owingUnit()).isEqualTo("T01");
    assertThat(told.judgement().due()).contains(LocalDateTime.parse("2026-05-07T23:59:59"));
    assertThat(told.judgement().status()).isEqualTo(Status.LATE);
    assertThat(told.judgement().lateBy()).isEqualTo(1);
    // qingfeng sets no figure for telling an acceptance: tracked beside it, not scored.
    assertThat(rule(r, Rule.REFERRAL_NOTIFY).judgement().scored()).isFalse();
    // An accepted referral owes no refusal notice.
    assertThat(
            reconcile(
                    "qingfeng",
                    "2026-05-20",
                    referralIn(
                        "清市监移〔2026〕31号", "received_on", "2026-04-30", "acceptance", "ACCEPTED"))
                .judgements())
        .noneMatch(j -> j.rule().equals(Rule.REFERRAL_REFUSAL_NOTICE));
  }

  @Test
  void aComplaintsResultFedBackToItsFirstUnitIsTrackedWithoutAFigure() {
    CurrentReport closed =
        report(
            RecordType.COMPLAINT,
            "T01|12345-0601",
            "D02",
            "2026-06-10T09:00",
            "first_unit",
            "T01",
            "handling_unit",
            "D02",
            "accepted_on",
            "2026-06-01",
            "transferred_on",
            "2026-06-02",
            "closed_on",
            "2026-06-09");
    // guxian 三(二)3 asks the result fed back, with no figure: open, never scored late.
    JudgedRule feedback = rule(reconcile("guxian", "2026-06-30", closed), Rule.COMPLAINT_FEEDBACK);
    assertThat(feedback.owingUnit()).isEqualTo("D02");
    assertThat(feedback.judgement().status()).isEqualTo(Status.OPEN);
    assertThat(feedback.judgement().scored()).isFalse();
  }

  private CurrentReport meeting(String no, String kind, String on, Object... more) {
    List<Object> fields =
        new ArrayList<>(List.of("meeting_no", no, "kind", kind, "meeting_on", on));
    fields.addAll(List.of(more));
    return report(RecordType.MEETING, no, "B01", "2026-09-28T09:00", fields.toArray());
  }

  @Test
  void topicsAreCalledForFiveWorkingDaysBeforeARoutineMeetingAfterTheNationalDayWeekInGuxian() {
    // Meeting Mon 12 Oct: back from it, the make-up Sat 10 (1), Fri 9 (2), Thu 8 (3), 1-7 Oct
    // off, Wed 30 Sep (4), Tue 29 Sep (5): the call is due by the end of Tue 29 Sep.
    JudgedRule late =
        rule(
            reconcile(
                "guxian",
                "2026-10-20",
                meeting("LX-2026-2", "ROUTINE", "2026-10-12", "called_on", "2026-09-30")),
            Rule.MEETING_TOPICS_CALL);
    assertThat(late.owingUnit()).isEqualTo("B01");
    assertThat(late.judgement().due()).contains(LocalDateTime.parse("2026-09-29T23:59:59"));
    assertThat(late.judgement().status()).isEqualTo(Status.LATE);
    assertThat(late.judgement().lateBy()).isEqualTo(1);
    JudgedRule onTime =
        rule(
            reconcile(
                "zhoucun",
                "2026-10-20",
                meeting("LX-2026-2", "ROUTINE", "2026-10-12", "called_on", "2026-09-28")),
            Rule.MEETING_TOPICS_CALL);
    assertThat(onTime.judgement().status()).isEqualTo(Status.ON_TIME);
    // A special meeting owes no call for topics.
    assertThat(
            reconcile("guxian", "2026-10-20", meeting("ZT-1", "SPECIAL", "2026-10-12"))
                .judgements())
        .isEmpty();
  }
}
