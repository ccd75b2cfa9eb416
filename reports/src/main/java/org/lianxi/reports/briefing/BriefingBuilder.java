package org.lianxi.reports.briefing;

import static org.lianxi.reports.figures.LedgerRecords.day;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.lianxi.ledger.Masking;
import org.lianxi.ledger.county.CountyConfig;
import org.lianxi.ledger.county.Unit;
import org.lianxi.ledger.exchange.Duties;
import org.lianxi.ledger.exchange.Table;
import org.lianxi.ledger.reconcile.JudgedLedger;
import org.lianxi.ledger.reconcile.JudgedLedger.Page;
import org.lianxi.ledger.reconcile.JudgedRule;
import org.lianxi.ledger.reconcile.RecordState;
import org.lianxi.ledger.reconcile.SubmissionPeriod;
import org.lianxi.ledger.rules.Judgement.Status;
import org.lianxi.ledger.rules.Rule;
import org.lianxi.ledger.rules.RuleLimits;
import org.lianxi.ledger.rules.RuleSpec;
import org.lianxi.ledger.standard.Column;
import org.lianxi.ledger.standard.Fields;
import org.lianxi.ledger.standard.RecordType;
import org.lianxi.reports.figures.Chinese;
import org.lianxi.reports.figures.LedgerRecords;
import org.lianxi.reports.figures.Tally;
import org.lianxi.reports.period.ReportPeriod;
import org.lianxi.reports.print.PrintedReport;
import org.lianxi.reports.print.Section;
import org.lianxi.reports.print.Section.Bar;

/**
 * The semi-annual joint-meeting briefing (联席会议工作简报), every section of ../shared/reports.md section
 * 1, computed from the ledger judged as of the report's date. The ledger is counted a page at a
 * time ({@link #add}): the builder keeps the figures and the rows it prints, never the ledger.
 * Nothing personal is printed: the briefing names units, document numbers and counts, never
 * complainants or parties.
 */
public final class BriefingBuilder {

  /** Units this many times late or overdue in the half year are proposed for the meeting. */
  static final int REPEATED_LATENESS = 3;

  private static final int CHART_UNITS = 15;

  private final CountyConfig county;
  private final ReportPeriod half;
  private final LocalDate asOf;
  private final List<SubmissionPeriod> periods;

  private final Map<String, Number> now = new LinkedHashMap<>();
  private final Map<String, Number> yearEarlier = new LinkedHashMap<>();
  private final Map<RecordType, Integer> inHalf = new EnumMap<>(RecordType.class);

  /** Tallies of the judged rules that count in the half year, by rule key and by owing unit. */
  private final Map<String, Tally> byRule = new HashMap<>();

  /** Of those, how many were done on the day they started (shared the same day), by rule key. */
  private final Map<String, Integer> sameDay = new HashMap<>();

  /** Records of the rules the profile only tracks (no figure) that started in the half year. */
  private record Tracked(int done, int open) {
    Tracked plus(JudgedRule j) {
      boolean closed = j.judgement().status().closed();
      return new Tracked(done + (closed ? 1 : 0), open + (closed ? 0 : 1));
    }
  }

  private final Map<String, Tracked> tracked = new HashMap<>();

  private final Map<String, Tally> byUnit = new TreeMap<>();

  /** A rule that counts in the half year and was not met, with the other unit of its record. */
  private record Late(JudgedRule rule, String counterpart) {}

  private final List<Late> late = new ArrayList<>();
  private final List<List<String>> withoutReceipt = new ArrayList<>();

  /** A resolution of a past meeting, printed in the order of the meetings. */
  private record Resolution(LocalDate meetingOn, String key, List<String> row) {}

  private final List<Resolution> resolutions = new ArrayList<>();
  private boolean routineMeetingHeld; // meeting.routine: a routine meeting dated in the half year
  private final List<String> disputes = new ArrayList<>();

  /** Referrals and assistance requests still unanswered, by type and pair of units. */
  private final Map<String, Integer> unanswered = new TreeMap<>();

  public BriefingBuilder(
      CountyConfig county, ReportPeriod half, LocalDate asOf, List<SubmissionPeriod> periods) {
    this.county = county;
    this.half = half;
    this.asOf = asOf;
    this.periods = periods;
    add(Page.EMPTY); // every figure is there, zero, before the first page
  }

  /** The briefing of a half year from the whole ledger, judged as the ledger says. */
  public static Briefing build(
      CountyConfig county, JudgedLedger ledger, ReportPeriod half, LocalDate issuedOn) {
    BriefingBuilder builder = new BriefingBuilder(county, half, ledger.asOf(), ledger.periods());
    ledger.forEachPage(builder::add);
    return builder.build(issuedOn);
  }

  /** Counts one page of the judged ledger. */
  public void add(Page page) {
    LedgerRecords records = new LedgerRecords(page);
    addUp(now, counts(records, half));
    addUp(yearEarlier, counts(records, half.yearEarlier()));
    for (RecordType type : RecordType.values()) {
      if (type != RecordType.RESOLUTION) {
        inHalf.merge(type, inPeriod(records, type, half).size(), Integer::sum);
      }
    }
    Map<String, RecordState> states = new HashMap<>();
    for (RecordState state : page.reconciliation().records()) {
      states.put(state.type() + "|" + state.key(), state);
    }
    for (JudgedRule j : page.reconciliation().judgements()) {
      if (!j.judgement().scored() && half.contains(j.start().toLocalDate())) {
        tracked.merge(j.rule().key(), new Tracked(0, 0).plus(j), (a, b) -> a.plus(j));
      }
      if (Tally.counts(j, half)) {
        byRule.merge(j.rule().key(), Tally.ZERO.plus(j), Tally::plus);
        if (j.end()
            .filter(end -> !end.toLocalDate().isAfter(j.start().toLocalDate()))
            .isPresent()) {
          sameDay.merge(j.rule().key(), 1, Integer::sum);
        }
        byUnit.merge(j.owingUnit(), Tally.ZERO.plus(j), Tally::plus);
        if (j.judgement().status() != Status.ON_TIME) {
          late.add(new Late(j, counterpart(states.get(j.type() + "|" + j.key()), j)));
        }
      }
    }
    addReferralsWithoutReceipt(page);
    addResolutions(page, records);
    for (Map<String, Object> m : records.of(RecordType.MEETING)) {
      LocalDate on = day(m, Fields.Meeting.MEETING_ON.field());
      routineMeetingHeld |=
          "ROUTINE".equals(m.get(Fields.Meeting.KIND.field())) && on != null && half.contains(on);
    }
    addDisputes(records);
    addUnanswered(page);
  }

  public Briefing build(LocalDate issuedOn) {
    List<Section> sections = new ArrayList<>();
    sections.add(overview());
    sections.add(timelinessByRule());
    sections.add(trackedOnly());
    sections.add(timelinessByUnit());
    sections.add(lateAndOverdue());
    sections.add(referralsWithoutReceipt());
    sections.add(submissions());
    sections.add(resolutions());
    sections.add(topics());
    PrintedReport printed =
        new PrintedReport(
            "联席会议工作简报",
            half.year() + "年第" + half.half() + "期",
            county.countyName() + half.label() + "行政执法协作情况",
            Chinese.office(county),
            Chinese.date(issuedOn) + "印发",
            "数据截至" + Chinese.date(asOf) + "，按官方工作日历和本县时限规则计算。",
            sections);
    List<Table> appendix = sections.stream().map(Section::table).filter(Objects::nonNull).toList();
    return new Briefing(half.toString(), asOf.toString(), printed, appendix);
  }

  private String name(String code) {
    Unit unit = code == null ? null : county.unitsByCode().get(code);
    return unit == null ? Objects.toString(code, "") : unit.name();
  }

  // 一、总体情况

  private Section overview() {
    Map<String, Number> before = yearEarlier;
    boolean earlier = before.values().stream().anyMatch(n -> n.doubleValue() != 0);
    List<List<String>> rows = new ArrayList<>();
    now.forEach(
        (label, value) ->
            rows.add(List.of(label, text(value), earlier ? text(before.get(label)) : "—")));
    String summary =
        half.label()
            + "，各成员单位共移送案件"
            + now.get("案件移送：移出")
            + "件，受理投诉举报"
            + now.get("投诉举报：受理")
            + "件，发出执法协助请求"
            + now.get("执法协助：发函")
            + "件，作出处罚决定"
            + now.get("处罚决定：件数")
            + "件，向司法机关移送涉刑案件"
            + now.get("涉刑移送：件数")
            + "件，通报信息"
            + now.get("信息通报：件数")
            + "件。"
            + (earlier ? "" : "账内没有上年同期数据，上年同期一栏以“—”表示。");
    List<Bar> bars = new ArrayList<>();
    inHalf.forEach((type, n) -> bars.add(new Bar("本期件数", type.sheet(), n)));
    return Section.table("一、总体情况", summary, new Table("总体情况", List.of("项目", "本期", "上年同期"), rows))
        .withChart("各类事项件数", bars);
  }

  private static String text(Number value) {
    return value instanceof BigDecimal amount ? amount.toPlainString() : String.valueOf(value);
  }

  /** The field a record of each type counts in a period by. */
  static String startField(RecordType type) {
    return type.countedBy().field();
  }

  private static List<Map<String, Object>> inPeriod(
      LedgerRecords records, RecordType type, ReportPeriod period) {
    String field = startField(type);
    return records.of(type).stream().filter(r -> period.contains(day(r, field))).toList();
  }

  /** Adds a page's counts to the counts so far. */
  private static void addUp(Map<String, Number> counts, Map<String, Number> page) {
    page.forEach((label, n) -> counts.merge(label, n, BriefingBuilder::plus));
  }

  private static Number plus(Number a, Number b) {
    if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
      return x.add(y);
    }
    return a instanceof Integer && b instanceof Integer
        ? a.intValue() + b.intValue()
        : a.longValue() + b.longValue();
  }

  /** The overview's figures of the records of one page that started in a period. */
  private static Map<String, Number> counts(LedgerRecords records, ReportPeriod period) {
    Map<String, Number> c = new LinkedHashMap<>();
    List<Map<String, Object>> referrals = inPeriod(records, RecordType.REFERRAL, period);
    c.put("案件移送：移出", referrals.size());
    c.put("案件移送：接收", filled(referrals, Fields.Referral.RECEIVED_ON));
    c.put("案件移送：受理", holding(referrals, Fields.Referral.ACCEPTANCE, "ACCEPTED"));
    c.put("案件移送：不予受理", holding(referrals, Fields.Referral.ACCEPTANCE, "REFUSED"));
    c.put("案件移送：要求补正", holding(referrals, Fields.Referral.ACCEPTANCE, "SUPPLEMENT"));
    List<Map<String, Object>> complaints = inPeriod(records, RecordType.COMPLAINT, period);
    c.put("投诉举报：受理", complaints.size());
    c.put("投诉举报：转办", filled(complaints, Fields.Complaint.TRANSFERRED_ON));
    c.put("投诉举报：办结", filled(complaints, Fields.Complaint.CLOSED_ON));
    c.put("投诉举报：答复", filled(complaints, Fields.Complaint.ANSWERED_ON));
    List<Map<String, Object>> assistance = inPeriod(records, RecordType.ASSISTANCE, period);
    c.put("执法协助：发函", assistance.size());
    c.put("执法协助：复函", filled(assistance, Fields.Assistance.ANSWERED_ON));
    List<Map<String, Object>> decisions = inPeriod(records, RecordType.DECISION, period);
    c.put("处罚决定：件数", decisions.size());
    c.put(
        "处罚决定：罚没金额（元）",
        decisions.stream()
            .map(r -> r.get(Fields.Decision.AMOUNT.field()))
            .filter(BigDecimal.class::isInstance)
            .map(BigDecimal.class::cast)
            .reduce(BigDecimal.ZERO, BigDecimal::add));
    c.put("涉刑移送：件数", inPeriod(records, RecordType.CRIMINAL, period).size());
    List<Map<String, Object>> joint = inPeriod(records, RecordType.JOINT, period);
    c.put("联合执法：行动", joint.size());
    c.put("联合执法：检查户次", sum(joint, Fields.Joint.INSPECTIONS));
    c.put("联合执法：发现问题", sum(joint, Fields.Joint.PROBLEMS));
    c.put("联合执法：立案", sum(joint, Fields.Joint.CASES));
    List<Map<String, Object>> disputes = inPeriod(records, RecordType.DISPUTE, period);
    c.put("执法争议：提出", disputes.size());
    c.put("执法争议：协商解决", holding(disputes, Fields.Dispute.SETTLEMENT, "AGREED"));
    c.put("执法争议：提请指定管辖", holding(disputes, Fields.Dispute.SETTLEMENT, "DESIGNATED"));
    c.put("信息通报：件数", inPeriod(records, RecordType.NOTICE, period).size());
    return c;
  }

  private static int count(
      List<Map<String, Object>> rows, java.util.function.Predicate<Map<String, Object>> test) {
    return (int) rows.stream().filter(test).count();
  }

  /** Rows with the column filled in. */
  private static int filled(List<Map<String, Object>> rows, Column column) {
    return count(rows, r -> r.get(column.field()) != null);
  }

  /** Rows whose choice column holds the code. */
  private static int holding(List<Map<String, Object>> rows, Column column, String code) {
    return count(rows, r -> code.equals(r.get(column.field())));
  }

  private static long sum(List<Map<String, Object>> rows, Column column) {
    return rows.stream()
        .map(r -> r.get(column.field()))
        .filter(Number.class::isInstance)
        .mapToLong(v -> ((Number) v).longValue())
        .sum();
  }

  // 二、时效情况

  /**
   * One row per rule the profile judges, named with the limit that decided it; where an extended
   * limit decides every record and the ordinary one is the same day (共享信息), a row beneath says how
   * many were done on the day itself.
   */
  private Section timelinessByRule() {
    List<String> untracked = new ArrayList<>();
    List<String> sameDayText = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    Tally all = Tally.ZERO;
    for (RuleSpec spec : county.profile().catalogue().rules()) {
      RuleLimits limits = county.profile().limits(spec.rule());
      if (!spec.scored(limits)) {
        untracked.add(spec.label());
        continue;
      }
      Tally t = byRule.getOrDefault(spec.rule().key(), Tally.ZERO);
      all = all.plus(t);
      String name = Chinese.rule(spec, limits);
      rows.add(tallyRow(name, t));
      if (sameDayTarget(spec, limits)) {
        int n = sameDay.getOrDefault(spec.rule().key(), 0);
        String share = Tally.percent(t.due() == 0 ? Double.NaN : (double) n / t.due());
        rows.add(List.of("其中：当日" + spec.label(), "—", String.valueOf(n), "—", "—", share));
        sameDayText.add(name + "应计" + t.due() + "项，其中当日" + spec.label() + n + "项（" + share + "）");
      }
    }
    rows.add(tallyRow("合计", all));
    String text =
        "本期应按时限办理的事项"
            + all.due()
            + "项，按时办理"
            + all.onTime()
            + "项，超时办结"
            + all.late()
            + "项，逾期未办"
            + all.overdue()
            + "项，总体按时率"
            + all.rateText()
            + "。各规则括号内为判定是否按时的时限。"
            + (sameDayText.isEmpty() ? "" : String.join("；", sameDayText) + "。")
            + (untracked.isEmpty() ? "" : "本县规则未设时限、仅跟踪的事项：" + String.join("、", untracked) + "。");
    return Section.table("二、时效情况", text, new Table("时效情况（分规则）", tallyHeaders("规则（时限）"), rows));
  }

  /** An extended limit decides every record while the ordinary one asks for the same day. */
  private static boolean sameDayTarget(RuleSpec spec, RuleLimits limits) {
    return spec.extendedAlways()
        && limits.extended().isPresent()
        && List.of("0wd", "0d").contains(limits.limit().text());
  }

  /** The rules the profile sets no figure for: tracked, counted, never late. */
  private Section trackedOnly() {
    List<List<String>> rows = new ArrayList<>();
    for (RuleSpec spec : county.profile().catalogue().rules()) {
      RuleLimits limits = county.profile().limits(spec.rule());
      if (!spec.scored(limits)) {
        Tracked t = tracked.getOrDefault(spec.rule().key(), new Tracked(0, 0));
        rows.add(
            List.of(
                Chinese.rule(spec, limits),
                String.valueOf(t.done() + t.open()),
                String.valueOf(t.done()),
                String.valueOf(t.open())));
      }
    }
    return Section.table(
        "（二）未设时限的事项",
        rows.isEmpty() ? "本县规则对每类事项均设有时限。" : "以下事项本县规则未设时限，只跟踪办理情况，不计超时、逾期，也不计入按时率。",
        new Table("时效情况（仅跟踪）", List.of("规则（时限）", "本期事项", "已办", "未办"), rows));
  }

  private static List<String> tallyHeaders(String first) {
    return List.of(first, "应计", "按时", "超时办结", "逾期未办", "按时率");
  }

  private static List<String> tallyRow(String label, Tally t) {
    return List.of(
        label,
        String.valueOf(t.due()),
        String.valueOf(t.onTime()),
        String.valueOf(t.late()),
        String.valueOf(t.overdue()),
        t.rateText());
  }

  private Section timelinessByUnit() {
    List<List<String>> rows = new ArrayList<>();
    for (Unit unit : county.units()) {
      Tally t = byUnit.get(unit.code());
      if (t != null) {
        rows.add(tallyRow(unit.name(), t));
      }
    }
    List<Bar> bars =
        byUnit.entrySet().stream()
            .sorted(
                Comparator.comparingDouble((Map.Entry<String, Tally> e) -> e.getValue().rate())
                    .thenComparing(Map.Entry::getKey))
            .limit(CHART_UNITS)
            .map(
                e ->
                    new Bar("按时率", name(e.getKey()), Math.round(e.getValue().rate() * 1000) / 10.0))
            .toList();
    String title =
        byUnit.size() > CHART_UNITS ? "按时率最低的" + CHART_UNITS + "个单位（百分比）" : "各单位按时率（百分比）";
    return Section.table(
            "（三）各单位时效",
            "各单位应办事项的按时情况如下，按时率最低的单位见图。",
            new Table("时效情况（分单位）", tallyHeaders("单位"), rows))
        .withChart(title, bars);
  }

  // 三、超期事项清单

  private Section lateAndOverdue() {
    late.sort(
        Comparator.comparing((Late l) -> l.rule().judgement().status() != Status.OVERDUE)
            .thenComparing(l -> -l.rule().judgement().lateBy())
            .thenComparing(l -> l.rule().key()));
    List<List<String>> rows = new ArrayList<>();
    for (Late l : late) {
      JudgedRule j = l.rule();
      rows.add(
          List.of(
              Duties.number(j.key()),
              county.profile().catalogue().label(j.rule()),
              name(j.owingUnit()),
              name(l.counterpart()),
              j.judgement().status() == Status.OVERDUE ? "逾期未办" : "超时办结",
              Duties.lateBy(j.judgement().lateBy(), j.judgement().lateUnit().symbol())));
    }
    long overdue =
        late.stream().filter(l -> l.rule().judgement().status() == Status.OVERDUE).count();
    String text =
        late.isEmpty()
            ? "本期没有超时或逾期的事项。"
            : "本期超时办结" + (late.size() - overdue) + "项，至报告日仍逾期未办" + overdue + "项，逐项列明如下。";
    return Section.table(
        "三、超期事项清单",
        text,
        new Table("超期事项清单", List.of("文号（编号）", "事项", "责任单位", "对方单位", "状态", "超出时限"), rows));
  }

  private static String counterpart(RecordState state, JudgedRule j) {
    if (state == null) {
      return "";
    }
    return j.owingUnit().equals(state.firstUnit()) ? state.secondUnit() : state.firstUnit();
  }

  // 四、移送未回执

  private void addReferralsWithoutReceipt(Page page) {
    Map<String, JudgedRule> receipts = new HashMap<>();
    for (JudgedRule j : page.reconciliation().judgements()) {
      if (j.rule().equals(Rule.REFERRAL_RECEIPT)) {
        receipts.put(j.key(), j);
      }
    }
    for (RecordState state : page.reconciliation().records()) {
      Object sentAt = state.merged().get(Fields.Referral.SENT_AT.field());
      if (state.type() == RecordType.REFERRAL
          && state.missing() == RecordState.Side.SECOND
          && sentAt instanceof LocalDateTime sent
          && half.contains(sent.toLocalDate())) {
        JudgedRule receipt = receipts.get(state.key());
        String status =
            receipt == null
                ? "未回执"
                : receipt.judgement().status() == Status.OVERDUE
                    ? "逾期"
                        + Duties.lateBy(
                            receipt.judgement().lateBy(), receipt.judgement().lateUnit().symbol())
                    : "未到期";
        withoutReceipt.add(
            List.of(
                Duties.number(state.key()),
                name(state.firstUnit()),
                name(state.secondUnit()),
                Chinese.minute(sent),
                status));
      }
    }
  }

  private Section referralsWithoutReceipt() {
    List<List<String>> rows = withoutReceipt;
    return Section.table(
        "四、移送未回执",
        rows.isEmpty() ? "本期移送的案件，接收单位均已报送接收情况。" : "以下" + rows.size() + "件移送案件，接收单位尚未报送接收情况（回执）。",
        new Table("移送未回执", List.of("移送文号", "移送单位", "接收单位", "移送时间", "状态"), rows));
  }

  // 五、报送情况

  private Section submissions() {
    Map<String, int[]> byUnit = new LinkedHashMap<>();
    for (SubmissionPeriod p : periods) {
      if (!half.contains(p.start())) {
        continue;
      }
      int[] t = byUnit.computeIfAbsent(p.unit(), u -> new int[5]);
      t[0] += p.files();
      t[1] += p.zeroReports();
      t[2] += p.missed(asOf) ? 1 : 0;
      t[3] += p.rowsSubmitted();
      t[4] += p.rowsRejected();
    }
    List<List<String>> rows = new ArrayList<>();
    int missed = 0;
    for (Unit unit : county.units()) {
      int[] t = byUnit.get(unit.code());
      if (t != null) {
        missed += t[2] > 0 ? 1 : 0;
        rows.add(
            List.of(
                unit.name(),
                String.valueOf(t[0]),
                String.valueOf(t[1]),
                String.valueOf(t[2]),
                String.valueOf(t[3]),
                String.valueOf(t[4])));
      }
    }
    return Section.table(
        "五、报送情况",
        rows.size() + "个应报送单位中，" + missed + "个单位有漏报周期（零报告视为已报送）。",
        new Table("报送情况", List.of("单位", "报送文件", "零报告", "漏报周期", "报送行数", "退回行数"), rows));
  }

  // 六、议定事项落实情况

  private void addResolutions(Page page, LedgerRecords records) {
    Map<String, JudgedRule> due = new HashMap<>();
    for (JudgedRule j : page.reconciliation().judgements()) {
      if (j.rule().equals(Rule.RESOLUTION_DUE)) {
        due.put(j.key(), j);
      }
    }
    records
        .keyed(RecordType.RESOLUTION)
        .forEach(
            (key, r) -> {
              LocalDate meetingOn = day(r, Fields.Resolution.MEETING_ON.field());
              if (meetingOn == null || meetingOn.isAfter(half.end())) {
                return;
              }
              JudgedRule j = due.get(key);
              String progress =
                  switch (Objects.toString(r.get(Fields.Resolution.PROGRESS.field()), "")) {
                    case "DONE" ->
                        "已办结"
                            + (r.get(Fields.Resolution.CLOSED_ON.field()) == null
                                ? ""
                                : "（" + r.get(Fields.Resolution.CLOSED_ON.field()) + "）");
                    case "IN_PROGRESS" -> "办理中";
                    case "NOT_STARTED" -> "未启动";
                    default -> "";
                  };
              if (j != null && j.judgement().status() == Status.OVERDUE) {
                progress += "，已逾期";
              }
              resolutions.add(
                  new Resolution(
                      meetingOn,
                      key,
                      List.of(
                          Masking.inText(
                              Objects.toString(r.get(Fields.Resolution.CONTENT.field()), "")),
                          Objects.toString(r.get(Fields.Resolution.ITEM_NO.field()), ""),
                          name(Objects.toString(r.get(Fields.Resolution.OWNER_UNIT.field()), null)),
                          Objects.toString(r.get(Fields.Resolution.MEETING_ON.field()), ""),
                          Objects.toString(r.get(Fields.Resolution.DUE_ON.field()), ""),
                          progress)));
            });
  }

  private Section resolutions() {
    // The last meeting's first: the seeds ask each meeting to hear how the last one's were done.
    List<List<String>> rows =
        resolutions.stream()
            .sorted(
                Comparator.comparing(Resolution::meetingOn)
                    .reversed()
                    .thenComparing(Resolution::key))
            .map(Resolution::row)
            .toList();
    StringBuilder text = new StringBuilder();
    county
        .profile()
        .jointMeeting()
        .filter(m -> !routineMeetingHeld)
        .ifPresent(
            m ->
                text.append("本半年度账内没有例行会议（")
                    .append(m.clause())
                    .append("：“")
                    .append(m.quote())
                    .append("”），请联席会议办公室安排。"));
    if (rows.isEmpty()) {
      text.append("账内没有以往会议的议定事项。");
    } else {
      LocalDate last =
          resolutions.stream().map(Resolution::meetingOn).max(LocalDate::compareTo).get();
      long ofLast = resolutions.stream().filter(r -> r.meetingOn().equals(last)).count();
      text.append("以往会议议定事项")
          .append(rows.size())
          .append("项，上次会议（")
          .append(Chinese.date(last))
          .append("）议定事项")
          .append(ofLast)
          .append("项列在前，落实情况如下。");
    }
    return Section.table(
        "六、议定事项落实情况",
        text.toString(),
        new Table("议定事项落实情况", List.of("事项内容", "事项编号", "承办单位", "会议日期", "办理时限", "办理情况"), rows));
  }

  // 七、建议议题

  private void addDisputes(LedgerRecords records) {
    for (Map<String, Object> d : records.of(RecordType.DISPUTE)) {
      Object settlement = d.get(Fields.Dispute.SETTLEMENT.field());
      LocalDate raised = day(d, Fields.Dispute.RAISED_ON.field());
      if ((settlement == null || "UNRESOLVED".equals(settlement))
          && raised != null
          && !raised.isAfter(asOf)) {
        disputes.add(
            "执法争议（"
                + d.get(Fields.Dispute.DISPUTE_NO.field())
                + "）："
                + name(Objects.toString(d.get(Fields.Dispute.RAISED_BY.field()), null))
                + "与"
                + name(Objects.toString(d.get(Fields.Dispute.OTHER_UNIT.field()), null))
                + "关于“"
                + Masking.inText(Objects.toString(d.get(Fields.Dispute.MATTER.field()), ""))
                + "”的争议尚未解决，建议会议协调。");
      }
    }
  }

  private void addUnanswered(Page page) {
    for (RecordState state : page.reconciliation().records()) {
      boolean unanswered =
          (state.type() == RecordType.REFERRAL || state.type() == RecordType.ASSISTANCE)
              && state.missing() == RecordState.Side.SECOND;
      if (unanswered) {
        this.unanswered.merge(
            state.type().sheet() + "|" + state.firstUnit() + "|" + state.secondUnit(),
            1,
            Integer::sum);
      }
    }
  }

  private Section topics() {
    List<String> topics = new ArrayList<>(disputes);
    byUnit.forEach(
        (unit, t) -> {
          if (t.late() + t.overdue() >= REPEATED_LATENESS) {
            topics.add(name(unit) + "本期超时办结" + t.late() + "项、逾期未办" + t.overdue() + "项，建议通报并督促整改。");
          }
        });
    unanswered.forEach(
        (pair, n) -> {
          String[] p = pair.split("\\|");
          if (n >= 2) {
            topics.add(name(p[1]) + "向" + name(p[2]) + "的" + p[0] + n + "件尚未得到回应，建议双方会上对接。");
          }
        });
    StringBuilder text = new StringBuilder();
    if (topics.isEmpty()) {
      text.append("本期数据未显示需提请会议研究的突出问题。");
    }
    for (int i = 0; i < topics.size(); i++) {
      text.append(i == 0 ? "" : "\n").append(i + 1).append(". ").append(topics.get(i));
    }
    return Section.text("七、建议议题", text.toString());
  }
}
