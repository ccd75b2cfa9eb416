package org.lianxi.testkit.generate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.lianxi.ledger.calendar.WorkingCalendar;
import org.lianxi.ledger.county.CountyConfig;
import org.lianxi.ledger.county.Unit;
import org.lianxi.ledger.county.UnitType;
import org.lianxi.ledger.meeting.Meetings;
import org.lianxi.ledger.rules.Judgement.LateUnit;
import org.lianxi.ledger.rules.Limit;
import org.lianxi.ledger.rules.Rule;
import org.lianxi.ledger.standard.Column;
import org.lianxi.ledger.standard.RecordType;

/**
 * Generates a county's weekly submissions: referrals (both sides), assistance requests, transferred
 * complaints, notices, penalty decisions (some copied to the permit department), criminal
 * transfers, disputes, joint actions and the joint meeting's resolutions with their progress, each
 * unit's rows in its own weekly workbook (a zero report when it has none), with the everyday mess
 * of real files (title rows, starred headers, aliases and codes for units, every date form, retyped
 * document numbers, full-width digits), a resent file and a corrected row, and the requested {@link
 * Fault}s. Deterministic for a seed. The timing follows the county's profile and the official
 * calendar, so that everything not injected is on time.
 */
public final class CountyGenerator {

  /** What to generate: weeks from a Monday, events a week, faults, seed. */
  /**
   * @param lianxiCalls the office schedules the half year's routine meeting in lianxi, which calls
   *     for topics: no 联席会议 row is generated, and topics come from three townships, the last after
   *     the topics deadline (marked late, not refused)
   */
  public record Plan(
      LocalDate firstMonday,
      int weeks,
      int eventsPerWeek,
      Set<Fault> faults,
      long seed,
      boolean lianxiCalls) {
    public Plan {
      if (firstMonday.getDayOfWeek() != DayOfWeek.MONDAY || weeks < 4) {
        throw new IllegalArgumentException("a plan starts on a Monday and runs at least 4 weeks");
      }
    }

    /** A plan whose office reports its meeting itself, call for topics included. */
    public Plan(LocalDate firstMonday, int weeks, int eventsPerWeek, Set<Fault> faults, long seed) {
      this(firstMonday, weeks, eventsPerWeek, faults, seed, false);
    }

    /** The last day of the plan (a Sunday): reconcile as of it. */
    public LocalDate lastDay() {
      return firstMonday.plusWeeks(weeks).minusDays(1);
    }
  }

  /**
   * The files, in arrival order, and what reconcile must find.
   *
   * @param meeting the half year's routine meeting (with its topics deadline), which the office
   *     reports or, under {@link Plan#lianxiCalls}, schedules in lianxi
   */
  public record Result(
      List<GeneratedFile> files, Expected expected, Optional<Meetings.Held> meeting) {}

  private static final Set<Fault> REFERRAL_FAULTS =
      EnumSet.of(Fault.LATE_SEND, Fault.ONE_SIDED, Fault.LATE_RECEIPT, Fault.CONFLICT);

  /** The v2 records' own random source, beside the v1 one (see {@code Run.v2}). */
  private static final long V2_SEED = 0x5EED_0002L;

  /** The fault each kind of v2 record can carry, in the order the kinds take turns. */
  private static final List<Fault> V2_FAULTS =
      List.of(
          Fault.LATE_PAPERWORK,
          Fault.LATE_REFUSAL_NOTICE,
          Fault.LATE_FILING,
          Fault.LATE_TEST_REPORT,
          Fault.LATE_FOLLOWUP,
          Fault.LATE_MINOR,
          Fault.LATE_REVIEW,
          Fault.LATE_ARRIVAL,
          Fault.LATE_DATA,
          Fault.LATE_JOINT_NOTICE);

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd");

  private final CountyConfig county;
  private final WorkingCalendar calendar;

  public CountyGenerator(CountyConfig county, WorkingCalendar calendar) {
    this.county = county;
    this.calendar = calendar;
  }

  public Result generate(Plan plan) {
    return new Run(plan).generate();
  }

  /** One generation: its random source, the rows of every unit's weekly files, what is expected. */
  private final class Run {
    private final Plan plan;

    /**
     * The v1 records draw from {@code v1}, the v2 records from {@code v2}: adding the v2 records
     * moved no v1 record a county showed.
     */
    private final Random v1;

    private final Random v2;
    private Random random;
    private final Expected expected = Expected.empty();
    private final Map<String, Map<Integer, Map<RecordType, List<Map<String, String>>>>> rows =
        new TreeMap<>();
    private final List<Unit> townships;
    private final List<Unit> departments;
    private final List<Unit> judicial;
    private final Unit quiet; // takes part in nothing; may miss a week
    private final Unit office; // reports the joint meeting (null: a county without an office)
    private int serial;
    private Meetings.Held meeting; // the half year's routine meeting, once planned
    private int referrals;

    /** The v1 decisions copied to a department: in v2 that department reports its own dates. */
    private final List<Copy> copies = new ArrayList<>();

    Run(Plan plan) {
      this.plan = plan;
      this.v1 = new Random(plan.seed());
      this.v2 = new Random(plan.seed() ^ V2_SEED);
      this.random = v1;
      List<Unit> submitting =
          county.units().stream()
              .filter(u -> u.type() == UnitType.TOWNSHIP || u.type() == UnitType.DEPARTMENT)
              .toList();
      this.quiet = submitting.get(submitting.size() - 1);
      this.townships =
          submitting.stream().filter(u -> u.type() == UnitType.TOWNSHIP && u != quiet).toList();
      this.departments =
          submitting.stream().filter(u -> u.type() == UnitType.DEPARTMENT && u != quiet).toList();
      if (townships.isEmpty() || departments.size() < 2) {
        throw new IllegalArgumentException(
            "the generator needs townships and at least two departments");
      }
      this.judicial = county.units().stream().filter(u -> u.type() == UnitType.JUDICIAL).toList();
      submitting.forEach(u -> rows.put(u.code(), new TreeMap<>()));
      this.office =
          county.units().stream().filter(u -> u.type() == UnitType.OFFICE).findFirst().orElse(null);
      if (office != null) {
        rows.put(office.code(), new TreeMap<>());
      }
    }

    Result generate() {
      List<Fault> pending = new ArrayList<>(plan.faults());
      pending.remove(Fault.MISSED_WEEK);
      pending.remove(Fault.LATE_RESOLUTION);
      resolutions(plan.faults().contains(Fault.LATE_RESOLUTION));
      if (pending.remove(Fault.IMPOSSIBLE_DATE)) {
        impossibleDate(eventDay(1));
      }
      for (int week = 0; week < plan.weeks() - 2; week++) {
        for (int e = 0; e < plan.eventsPerWeek(); e++) {
          LocalDate day = eventDay(week);
          int kind = (week * plan.eventsPerWeek() + e) % 5;
          switch (kind) {
            case 0, 1 -> referral(day, take(pending, week, REFERRAL_FAULTS), week == 0 && e == 0);
            case 2 -> assistance(day, take(pending, week, Set.of(Fault.LATE_ANSWER)));
            case 3 -> complaint(day, take(pending, week, Set.of(Fault.LATE_TRANSFER)));
            default -> rarer(day, (week * plan.eventsPerWeek() + e) / 5 % 4, pending, week);
          }
        }
      }
      for (Fault left : pending) { // faults that no event of the right kind took
        switch (left) {
          case LATE_SEND, ONE_SIDED, LATE_RECEIPT, CONFLICT -> referral(eventDay(1), left, false);
          case LATE_ANSWER -> assistance(eventDay(1), left);
          case LATE_TRANSFER -> complaint(eventDay(1), left);
          case LATE_SHARE -> notice(eventDay(1), left);
          default -> {}
        }
      }
      random = v2;
      serial = 10_000;
      v2Records(EnumSet.copyOf(plan.faults()));
      random = v1;
      return new Result(files(), expected.withDuplicates(1), Optional.ofNullable(meeting));
    }

    /** The rarer records take turns, two rows an event like the rest. */
    private void rarer(LocalDate day, int turn, List<Fault> pending, int week) {
      switch (turn) {
        case 0 -> {
          notice(day, take(pending, week, Set.of(Fault.LATE_SHARE)));
          decision(day);
        }
        case 1 -> {
          decision(day);
          criminal(day);
        }
        case 2 -> {
          notice(day, take(pending, week, Set.of(Fault.LATE_SHARE)));
          dispute(day);
        }
        default -> {
          joint(day);
          notice(day, take(pending, week, Set.of(Fault.LATE_SHARE)));
        }
      }
    }

    /** The first pending fault an event of this kind can carry (none in the first week). */
    private Fault take(List<Fault> pending, int week, Set<Fault> carried) {
      if (week < 1) {
        return null;
      }
      for (Fault fault : pending) {
        if (carried.contains(fault)) {
          pending.remove(fault);
          return fault;
        }
      }
      return null;
    }

    private LocalDate eventDay(int week) {
      return calendar.onOrNextWorkingDay(
          plan.firstMonday().plusWeeks(week).plusDays(random.nextInt(3)));
    }

    private int days(Rule rule, boolean extended) {
      Limit limit =
          extended
              ? county.profile().limits(rule).extendedOrLimit()
              : county.profile().limits(rule).limit();
      return limit instanceof Limit.WorkingDays wd ? wd.days() : 1;
    }

    private LocalDate plus(LocalDate day, int workingDays) {
      return calendar.plusWorkingDays(day, workingDays).value();
    }

    private <T> T pick(List<T> list) {
      return list.get(random.nextInt(list.size()));
    }

    private void referral(LocalDate found, Fault fault, boolean corrected) {
      boolean fromTownship = random.nextBoolean();
      Unit sender = fromTownship ? pick(townships) : pick(departments);
      Unit receiver = fromTownship ? pick(departments) : pick(townships);
      String no = docNo(sender, "移");
      int sendDays = fault == Fault.LATE_SEND ? days(Rule.REFERRAL_SEND, false) + 1 : 1;
      LocalDateTime sent = plus(found, sendDays).atTime(10, 0);
      int receiptDays = fault == Fault.LATE_RECEIPT ? days(Rule.REFERRAL_RECEIPT, false) + 1 : 1;
      LocalDate received = plus(sent.toLocalDate(), receiptDays);
      String party = "某某商贸有限公司" + serial + "号店";
      Map<String, String> out = new LinkedHashMap<>();
      out.put("移送文号", no);
      out.put("移送方向", "移出");
      out.put("移送单位", name(sender));
      out.put("接收单位", name(receiver));
      out.put("当事人", party);
      // The first referral's clerk typed the party's phone and ID number into the text: every
      // output must mask them (DemoTest scans for them).
      out.put(
          "违法事项",
          referrals++ == 0
              ? "未取得营业执照从事经营活动（经营者电话13912345678，身份证号410928199001011234）"
              : "未取得营业执照从事经营活动");
      out.put("发现日期", date(found));
      out.put("移送时间", date(sent.toLocalDate()) + " 10:00");
      if (corrected) {
        Map<String, String> wrong = new LinkedHashMap<>(out);
        wrong.put("当事人", party + "（误）");
        add(sender, found, RecordType.REFERRAL, wrong); // the week it was found
        expected.corrected().add("referral|" + canonical(no) + "|" + sender.code());
      }
      add(
          sender,
          corrected ? sent.toLocalDate().plusWeeks(1) : sent.toLocalDate(),
          RecordType.REFERRAL,
          out);
      String key = canonical(no);
      if (fault == Fault.LATE_SEND) {
        closedLate(
            Rule.REFERRAL_SEND,
            key,
            sender,
            plus(found, days(Rule.REFERRAL_SEND, false)),
            sent.toLocalDate());
      }
      LocalDate receiptDue = plus(sent.toLocalDate(), days(Rule.REFERRAL_RECEIPT, false));
      if (fault == Fault.ONE_SIDED) {
        expected.oneSided().add("referral|" + key + "|SECOND");
        late(
            Rule.REFERRAL_RECEIPT,
            key,
            receiver,
            true,
            workingDaysLate(receiptDue, plan.lastDay()));
        return;
      }
      if (fault == Fault.LATE_RECEIPT) {
        closedLate(Rule.REFERRAL_RECEIPT, key, receiver, receiptDue, received);
      }
      Map<String, String> in = new LinkedHashMap<>(out);
      in.put("移送文号", retype(no));
      in.put("移送方向", "移入");
      in.put("移送单位", name(sender));
      in.put("接收单位", name(receiver));
      in.put("接收日期", date(received));
      in.put("受理情况", "受理");
      if (fault == Fault.CONFLICT) {
        in.put("发现日期", date(found.minusDays(1)));
        expected.discrepancies().add("referral|" + key + "|found_on");
      }
      add(receiver, received, RecordType.REFERRAL, in);
    }

    private void assistance(LocalDate sentOn, Fault fault) {
      Unit requester = pick(townships);
      Unit helper = pick(departments);
      String no = docNo(requester, "协");
      int answerDays = fault == Fault.LATE_ANSWER ? days(Rule.ASSISTANCE_ANSWER, false) + 1 : 2;
      LocalDate answered = plus(sentOn, answerDays);
      Map<String, String> out = new LinkedHashMap<>();
      out.put("协助函号", no);
      out.put("方向", "发出");
      out.put("请求单位", name(requester));
      out.put("协助单位", name(helper));
      String kind = pick(List.of("检验检测鉴定", "许可资料", "档案资料", "现场处置"));
      // The late answer asks for permits: every profile's 协助复函 judges it (qingfeng's not tests).
      out.put("协助类型", fault == Fault.LATE_ANSWER ? "许可资料" : kind);
      out.put("发函日期", date(sentOn));
      add(requester, sentOn, RecordType.ASSISTANCE, out);
      Map<String, String> in = new LinkedHashMap<>(out);
      in.put("协助函号", retype(no));
      in.put("方向", "收到");
      in.put("复函日期", date(answered));
      add(helper, answered, RecordType.ASSISTANCE, in);
      if (fault == Fault.LATE_ANSWER) {
        LocalDate due = plus(sentOn, days(Rule.ASSISTANCE_ANSWER, false));
        closedLate(Rule.ASSISTANCE_ANSWER, canonical(no), helper, due, answered);
      }
    }

    private void complaint(LocalDate accepted, Fault fault) {
      Unit first = pick(townships);
      Unit handling = pick(departments);
      String reg = "12345-" + accepted.format(STAMP) + "-" + (++serial);
      int transferDays =
          fault == Fault.LATE_TRANSFER ? days(Rule.COMPLAINT_TRANSFER, false) + 1 : 1;
      LocalDate transferred = plus(accepted, transferDays);
      LocalDate closed = plus(transferred, 2);
      Map<String, String> row = new LinkedHashMap<>();
      row.put("登记编号", reg);
      row.put("首接单位", name(first));
      row.put("受理日期", date(accepted));
      row.put("来源渠道", "12345热线");
      row.put("投诉人", pick(List.of("张小明", "李红", "王建国", "赵敏")));
      row.put("联系电话", "138" + String.format("%08d", random.nextInt(100_000_000)));
      row.put("被投诉对象", "某餐馆");
      row.put("事项摘要", "油烟扰民");
      row.put("办理单位", name(handling));
      row.put("转办日期", date(transferred));
      add(first, transferred, RecordType.COMPLAINT, row);
      Map<String, String> handled = new LinkedHashMap<>(row);
      handled.put("办结日期", date(closed));
      handled.put("处理结果", "已责令整改");
      handled.put("答复日期", date(closed));
      handled.put("反馈首接单位日期", date(closed));
      add(handling, closed, RecordType.COMPLAINT, handled);
      if (fault == Fault.LATE_TRANSFER) {
        LocalDate due = plus(accepted, days(Rule.COMPLAINT_TRANSFER, false));
        closedLate(Rule.COMPLAINT_TRANSFER, first.code() + "|" + reg, first, due, transferred);
      }
    }

    private void notice(LocalDate formed, Fault fault) {
      Unit unit = random.nextBoolean() ? pick(departments) : pick(townships);
      String no = "TB-" + formed.format(STAMP) + "-" + (++serial);
      Map<String, String> row = new LinkedHashMap<>();
      row.put("通报编号", no);
      row.put("类别", pick(List.of("法规调整", "行政许可", "检查记录", "统计数据")));
      row.put("标题", "关于" + formed.getMonthValue() + "月执法工作情况的通报");
      row.put("形成日期", date(formed));
      row.put("共享对象", "全体");
      // Shared late: sent two weeks after it came into being, past any 5-working-day limit.
      LocalDate latest = fault == Fault.LATE_SHARE ? formed.plusWeeks(2) : formed;
      add(unit, latest, RecordType.NOTICE, row);
      if (fault == Fault.LATE_SHARE && workingDays(Rule.SHARING_LAG, true) > 0) {
        LocalDate due = plus(formed, workingDays(Rule.SHARING_LAG, true));
        closedLate(Rule.SHARING_LAG, unit.code() + "|" + no, unit, due, arrivalDay(latest));
      }
    }

    /** A notice typed with 2月30日: the receipt names its row and column, the file still loads. */
    private void impossibleDate(LocalDate sent) {
      Unit unit = pick(townships);
      Map<String, String> row = new LinkedHashMap<>();
      row.put("通报编号", "TB-" + sent.format(STAMP) + "-" + (++serial));
      row.put("类别", "工作简报");
      row.put("标题", "关于2月份综合执法工作情况的通报");
      row.put("形成日期", sent.getYear() + "年2月30日");
      row.put("共享对象", "全体");
      add(unit, sent, RecordType.NOTICE, row);
      expected.rejectedRows().add(unit.code() + "|" + RecordType.NOTICE.sheet() + "|形成日期");
    }

    private void decision(LocalDate decided) {
      Unit issuer = pick(departments);
      Map<String, String> row = new LinkedHashMap<>();
      row.put("决定书文号", docNo(issuer, "罚"));
      row.put("作出单位", name(issuer));
      row.put("当事人", "某某商店");
      row.put("违法事项", "销售过期食品");
      row.put("决定日期", date(decided));
      row.put("罚没金额", (1 + random.nextInt(50)) * 500 + "元");
      row.put("送达日期", date(decided));
      if (random.nextBoolean()) { // copied to the permit department the day it was made
        Unit copied = departments.get(departments.get(0) == issuer ? 1 : 0);
        row.put("抄告单位", name(copied));
        row.put("抄告日期", date(decided));
        copies.add(new Copy(copied, decided, row));
      }
      add(issuer, decided, RecordType.DECISION, row);
    }

    /** A suspected crime a department transfers; the judicial organ does not report, it sends. */
    private void criminal(LocalDate sentOn) {
      if (judicial.isEmpty()) {
        decision(sentOn);
        return;
      }
      Unit sender = pick(departments);
      LocalDate accepted = plus(sentOn, 3);
      Map<String, String> row = new LinkedHashMap<>();
      row.put("移送文号", docNo(sender, "刑移"));
      row.put("移送单位", name(sender));
      row.put("接收机关", name(pick(judicial)));
      row.put("当事人", "某某食品加工厂" + serial + "号");
      row.put("涉嫌事项", "涉嫌生产、销售不符合安全标准的食品");
      row.put("移送日期", date(sentOn));
      row.put("受理日期", date(accepted));
      row.put("受理结果", pick(List.of("立案", "立案", "不予立案")));
      add(sender, accepted, RecordType.CRIMINAL, row);
    }

    /** A jurisdiction dispute a township raises with a department, settled within a week. */
    private void dispute(LocalDate raised) {
      Unit township = pick(townships);
      Unit department = pick(departments);
      boolean assigned = random.nextInt(3) == 0;
      LocalDate settled = plus(raised, assigned ? 5 : 2);
      Map<String, String> row = new LinkedHashMap<>();
      row.put("争议编号", "ZY-" + raised.format(STAMP) + "-" + (++serial));
      row.put("提出单位", name(township));
      row.put("对方单位", name(department));
      row.put("争议事项", pick(List.of("违法建设查处职责划分", "无证经营查处职责划分", "占道经营管辖")));
      row.put("提出日期", date(raised));
      row.put("处理方式", assigned ? "政府指定管辖" : "协商一致");
      row.put("办结日期", date(settled));
      add(township, settled, RecordType.DISPUTE, row);
    }

    /** A joint action a department leads with two townships, reported by the lead when done. */
    private void joint(LocalDate started) {
      Unit lead = pick(departments);
      Unit first = pick(townships);
      Unit second = pick(townships);
      LocalDate ended = plus(started, 2);
      int inspected = 10 + random.nextInt(40);
      int problems = random.nextInt(inspected / 3 + 1);
      Map<String, String> row = new LinkedHashMap<>();
      row.put("行动编号", "LH-" + started.format(STAMP) + "-" + (++serial));
      row.put("牵头单位", name(lead));
      row.put("参与单位", first == second ? name(first) : name(first) + "、" + name(second));
      row.put("开始日期", date(started));
      row.put("结束日期", date(ended));
      row.put("行动事项", pick(List.of("校园周边食品安全联合检查", "非法采砂联合整治", "燃气安全联合检查")));
      row.put("检查户次", String.valueOf(inspected));
      row.put("发现问题数", String.valueOf(problems));
      row.put("立案数", String.valueOf(random.nextInt(problems + 1)));
      add(lead, ended, RecordType.JOINT, row);
    }

    /**
     * The half year's joint meeting, held on the plan's first working day, assigns a resolution to
     * each of up to three departments and one township. Each owner reports it 办理中 that week and
     * again 已办结 when done; one is still under way at the end (due later), and with the fault one is
     * finished a working day after its own 办理时限.
     */
    private void resolutions(boolean oneLate) {
      LocalDate meeting = calendar.onOrNextWorkingDay(plan.firstMonday());
      List<Unit> owners = new ArrayList<>(departments.subList(0, Math.min(3, departments.size())));
      owners.add(townships.get(0));
      for (int i = 0; i < owners.size(); i++) {
        Unit owner = owners.get(i);
        boolean open = i == owners.size() - 1;
        boolean late = oneLate && i == 0;
        String no = "YD-" + meeting.getYear() + "-" + owner.code();
        LocalDate due = open ? plan.lastDay().plusMonths(2) : plus(meeting, 8);
        Map<String, String> row = new LinkedHashMap<>();
        row.put("事项编号", no);
        row.put("会议日期", date(meeting));
        row.put("承办单位", name(owner));
        row.put("事项内容", pick(List.of("建立执法协作联络员名册", "统一案件移送文书格式", "开展联合执法培训", "落实首接负责制")));
        row.put("办理时限", date(due));
        row.put("办理情况", "办理中");
        LocalDate closed = late ? plus(due, 1) : plus(meeting, 4);
        if (open || week(closed) != week(meeting)) {
          add(owner, meeting, RecordType.RESOLUTION, row);
        } // else the week's file reports the record once, as it stands at the week's end
        if (open) {
          continue;
        }
        Map<String, String> done = new LinkedHashMap<>(row);
        done.put("办理情况", "已办结");
        done.put("办结日期", date(closed));
        add(owner, closed, RecordType.RESOLUTION, done);
        if (late) {
          closedLate(Rule.RESOLUTION_DUE, no, owner, due, closed);
        }
      }
    }

    // Exchange standard v2: the records its new rules judge, each kind in turn, two a week; the
    // first of a kind carries its fault when the plan asks for it. Every duty is otherwise done
    // well inside any profile's limit, and a fault is expected late only where the county's
    // profile sets a figure for its rule.

    private record Copy(Unit copied, LocalDate decided, Map<String, String> row) {}

    private void v2Records(Set<Fault> faults) {
      for (Copy copy : copies) { // received the day it was copied, guided the next working day
        LocalDate guided = plus(copy.decided(), 1);
        Map<String, String> own = new LinkedHashMap<>(copy.row());
        own.put("收到抄告日期", date(copy.decided()));
        own.put("规范指导日期", date(guided));
        add(copy.copied(), guided, RecordType.DECISION, own);
      }
      int kinds = 10;
      Set<Integer> faulted = new java.util.HashSet<>();
      for (int week = 1; week < plan.weeks() - 2; week++) {
        for (int j = 0; j < 2; j++) {
          int kind = ((week - 1) * 2 + j) % kinds;
          LocalDate day = eventDay(week);
          Fault fault = faulted.add(kind) ? V2_FAULTS.get(kind) : null;
          boolean late = fault != null && faults.contains(fault);
          switch (kind) {
            case 0 -> oralReferral(day, late);
            case 1 -> refusedReferral(day, late);
            case 2 -> filedComplaint(day, late);
            case 3 -> testReport(day, late);
            case 4 -> copiedDecision(day, late);
            case 5 -> minorViolation(week, late);
            case 6 -> review(day, late);
            case 7 -> urgentCall(day, late);
            case 8 -> dataRequest(day, late);
            default -> specialInspection(day, late);
          }
        }
      }
      if (office != null) {
        meeting(faults.contains(Fault.LATE_TOPICS_CALL));
      }
    }

    /**
     * The working days a rule's limit allows, or 0 when the profile sets none (or another kind).
     */
    private int workingDays(Rule rule, boolean extended) {
      Limit limit =
          extended
              ? county.profile().limits(rule).extendedOrLimit()
              : county.profile().limits(rule).limit();
      return limit instanceof Limit.WorkingDays wd ? wd.days() : 0;
    }

    /** The hours a rule's limit allows, or 0 when the profile sets none (or another kind). */
    private int hours(Rule rule) {
      return county.profile().limits(rule).limit() instanceof Limit.Hours h ? h.hours() : 0;
    }

    /** Working days a duty took: one past the limit when late, else one (or the limit, if less). */
    private int taken(Rule rule, boolean late) {
      int limit = workingDays(rule, false);
      return late ? Math.max(limit, 1) + 1 : 1;
    }

    /**
     * Expects the rule late when a duty started on {@code start} was done after the profile's
     * working-day limit, by the working days after it.
     */
    private void expectLate(
        Rule rule, boolean extended, LocalDate start, LocalDate done, String key, Unit owing) {
      int limit = workingDays(rule, extended);
      LocalDate due = plus(start, limit);
      if (limit > 0 && done.isAfter(due)) {
        closedLate(rule, key, owing, due, done);
      }
    }

    /**
     * Expects a duty late (closed) or overdue (open) by {@code by} of its rule's unit, as of the
     * plan's last day.
     */
    private void late(Rule rule, String key, Unit owing, boolean overdue, Expected.Lateness by) {
      String entry =
          rule.key() + "|" + key + "|" + owing.code() + "|" + (overdue ? "OVERDUE" : "LATE");
      expected.lateOrOverdue().add(entry);
      expected.howLate().put(entry, by);
    }

    /** Expects a duty done after its deadline's day, late by the working days after it. */
    private void closedLate(Rule rule, String key, Unit owing, LocalDate due, LocalDate done) {
      late(rule, key, owing, false, workingDaysLate(due, done));
    }

    /**
     * Working days after a deadline's day up to the day a duty was done (a day off counts to the
     * next working day), as ../shared/rules.md counts lateness.
     */
    private Expected.Lateness workingDaysLate(LocalDate due, LocalDate done) {
      return new Expected.Lateness(
          calendar.workingDaysAfter(due, calendar.onOrNextWorkingDay(done)).value(),
          LateUnit.WORKING_DAYS);
    }

    /** The day the file holding a row of this latest date arrives: its week's Sunday. */
    private LocalDate arrivalDay(LocalDate latest) {
      return plan.firstMonday().plusWeeks(week(latest)).plusDays(6);
    }

    /** A row as the first side reports it, and the same row as the other side does. */
    private Map<String, String> otherSide(Map<String, String> row, String header, String label) {
      Map<String, String> other = new LinkedHashMap<>(row);
      other.put(header, label);
      return other;
    }

    /** An urgent referral made orally, its written formalities following within the hours. */
    private void oralReferral(LocalDate found, boolean late) {
      Unit sender = pick(departments);
      Unit receiver = pick(townships);
      String no = docNo(sender, "移");
      LocalDateTime sent = found.atTime(10, 0);
      int limit = hours(Rule.REFERRAL_PAPERWORK);
      LocalDateTime written = sent.plusHours(late ? Math.max(limit, 24) + 1 : 2);
      Map<String, String> out = referralOut(no, sender, receiver, "某液化气站", "违规充装液化气", found, sent);
      out.put("紧急", "是");
      out.put("口头移送", "是");
      out.put("书面补齐时间", date(written.toLocalDate()) + " " + written.toLocalTime());
      add(sender, written.toLocalDate(), RecordType.REFERRAL, out);
      LocalDate received = plus(found, 1);
      Map<String, String> in = otherSide(out, "移送方向", "移入");
      in.put("接收日期", date(received));
      in.put("受理情况", "受理");
      in.put("受理告知日期", date(received));
      add(receiver, received, RecordType.REFERRAL, in);
      if (late && limit > 0) {
        late(
            Rule.REFERRAL_PAPERWORK,
            no,
            sender,
            false,
            new Expected.Lateness(Math.max(limit, 24) + 1 - limit, LateUnit.HOURS));
      }
    }

    /** A referral's row as its sender reports it. */
    private Map<String, String> referralOut(
        String no,
        Unit sender,
        Unit receiver,
        String party,
        String violation,
        LocalDate found,
        LocalDateTime sent) {
      Map<String, String> out = new LinkedHashMap<>();
      out.put("移送文号", no);
      out.put("移送方向", "移出");
      out.put("移送单位", name(sender));
      out.put("接收单位", name(receiver));
      out.put("当事人", party + serial + "号");
      out.put("违法事项", violation);
      out.put("发现日期", date(found));
      out.put("移送时间", date(sent.toLocalDate()) + " " + sent.toLocalTime());
      return out;
    }

    /** A referral the receiver refuses, telling the sender so. */
    private void refusedReferral(LocalDate found, boolean late) {
      Unit sender = pick(townships);
      Unit receiver = pick(departments);
      String no = docNo(sender, "移");
      LocalDate sent = plus(found, 1);
      LocalDate received = plus(sent, 1);
      int took = taken(Rule.REFERRAL_REFUSAL_NOTICE, late);
      LocalDate told = plus(received, took);
      Map<String, String> out =
          referralOut(no, sender, receiver, "某养殖场", "未按规定处置养殖废弃物", found, sent.atTime(9, 30));
      add(sender, sent, RecordType.REFERRAL, out);
      Map<String, String> in = otherSide(out, "移送方向", "移入");
      in.put("接收日期", date(received));
      in.put("受理情况", "不予受理");
      in.put("受理告知日期", date(told));
      in.put("不予受理理由", "不属于本部门管辖");
      add(receiver, told, RecordType.REFERRAL, in);
      expectLate(Rule.REFERRAL_REFUSAL_NOTICE, false, received, told, no, receiver);
      expectLate(Rule.REFERRAL_NOTIFY, false, received, told, no, receiver);
      supplementedReferral(found);
    }

    /** A referral the receiver asks to supplement, told and supplemented a working day apart. */
    private void supplementedReferral(LocalDate found) {
      Unit sender = pick(departments);
      Unit receiver = pick(townships);
      String no = docNo(sender, "移");
      LocalDate sent = plus(found, 1);
      LocalDate received = plus(sent, 1);
      LocalDate supplemented = plus(received, 1);
      Map<String, String> out =
          referralOut(no, sender, receiver, "某汽修厂", "露天喷漆", found, sent.atTime(15, 0));
      out.put("补正完成日期", date(supplemented));
      add(sender, supplemented, RecordType.REFERRAL, out);
      Map<String, String> in = otherSide(out, "移送方向", "移入");
      in.remove("补正完成日期");
      in.put("接收日期", date(received));
      in.put("受理情况", "补正");
      in.put("受理告知日期", date(received));
      add(receiver, received, RecordType.REFERRAL, in);
    }

    /** A complaint transferred to a department, which opens a case and feeds the result back. */
    private void filedComplaint(LocalDate accepted, boolean late) {
      Unit first = pick(townships);
      Unit handling = pick(departments);
      String reg = "12345-" + accepted.format(STAMP) + "-" + (++serial);
      LocalDate transferred = plus(accepted, 1);
      int took = taken(Rule.COMPLAINT_FILING, late);
      LocalDate filed = plus(transferred, took);
      LocalDate closed = plus(filed, 1);
      Map<String, String> row = new LinkedHashMap<>();
      row.put("登记编号", reg);
      row.put("首接单位", name(first));
      row.put("受理日期", date(accepted));
      row.put("来源渠道", "网络");
      row.put("投诉人", pick(List.of("刘洋", "陈静", "杨光")));
      row.put("联系电话", "139" + String.format("%08d", random.nextInt(100_000_000)));
      row.put("被投诉对象", "某建材市场");
      row.put("事项摘要", "无证经营");
      row.put("办理单位", name(handling));
      row.put("转办日期", date(transferred));
      add(first, transferred, RecordType.COMPLAINT, row);
      Map<String, String> handled = new LinkedHashMap<>(row);
      handled.put("立案日期", date(filed));
      handled.put("办结日期", date(closed));
      handled.put("处理结果", "已立案查处");
      handled.put("答复日期", date(closed));
      handled.put("反馈首接单位日期", date(closed));
      add(handling, closed, RecordType.COMPLAINT, handled);
      expectLate(
          Rule.COMPLAINT_FILING, false, transferred, filed, first.code() + "|" + reg, handling);
    }

    /** A test the township asks for: received, the report issued, then delivered. */
    private void testReport(LocalDate sentOn, boolean late) {
      Unit requester = pick(townships);
      Unit helper = pick(departments);
      String no = docNo(requester, "协");
      LocalDate received = plus(sentOn, 1);
      LocalDate issued = plus(received, 1);
      int took = taken(Rule.ASSISTANCE_REPORT, late);
      LocalDate delivered = plus(issued, took);
      Map<String, String> out = new LinkedHashMap<>();
      out.put("协助函号", no);
      out.put("方向", "发出");
      out.put("请求单位", name(requester));
      out.put("协助单位", name(helper));
      out.put("协助类型", "检验检测鉴定");
      out.put("发函日期", date(sentOn));
      add(requester, sentOn, RecordType.ASSISTANCE, out);
      Map<String, String> in = otherSide(out, "方向", "收到");
      in.put("收函日期", date(received));
      in.put("出具日期", date(issued));
      in.put("复函日期", date(delivered));
      in.put("延期说明", "检测周期较长");
      add(helper, delivered, RecordType.ASSISTANCE, in);
      expectLate(Rule.ASSISTANCE_REPORT, false, issued, delivered, no, helper);
      expectLate(Rule.ASSISTANCE_ANSWER, true, received, delivered, no, helper);
    }

    /** A decision copied to the permit department, which reports its own two dates. */
    private void copiedDecision(LocalDate decided, boolean late) {
      Unit issuer = departments.get(0);
      Unit copied = departments.get(1);
      String no = docNo(issuer, "罚");
      int took = taken(Rule.DECISION_FOLLOWUP, late);
      LocalDate guided = plus(decided, took);
      Map<String, String> row = new LinkedHashMap<>();
      row.put("决定书文号", no);
      row.put("作出单位", name(issuer));
      row.put("当事人", "某药店" + serial + "号");
      row.put("违法事项", "未取得许可经营第二类医疗器械");
      row.put("决定日期", date(decided));
      row.put("罚没金额", "3000元");
      row.put("送达日期", date(decided));
      row.put("抄告单位", name(copied));
      row.put("抄告日期", date(decided));
      add(issuer, decided, RecordType.DECISION, row);
      Map<String, String> own = new LinkedHashMap<>(row);
      own.put("收到抄告日期", date(decided));
      own.put("规范指导日期", date(guided));
      add(copied, guided, RecordType.DECISION, own);
      expectLate(Rule.DECISION_FOLLOWUP, false, decided, guided, no, copied);
    }

    /**
     * A minor violation reported before a no-penalty decision: formed on the week's last working
     * day and shared in that week's file, or (late) formed on its first and shared a week later.
     */
    private void minorViolation(int week, boolean late) {
      Unit unit = pick(townships);
      LocalDate sunday = plan.firstMonday().plusWeeks(week).plusDays(6);
      LocalDate formed =
          late
              ? calendar.onOrNextWorkingDay(plan.firstMonday().plusWeeks(week))
              : lastWorkingDay(sunday);
      LocalDate arrival = late ? sunday.plusWeeks(1) : sunday;
      String no = "QW-" + formed.format(STAMP) + "-" + (++serial);
      Map<String, String> row = new LinkedHashMap<>();
      row.put("通报编号", no);
      row.put("类别", "轻微违法");
      row.put("标题", "关于某商户轻微违法拟不予处罚的报告");
      row.put("形成日期", date(formed));
      row.put("共享对象", name(pick(departments)));
      add(unit, arrival, RecordType.NOTICE, row);
      expectLate(Rule.SHARING_MINOR, false, formed, arrival, unit.code() + "|" + no, unit);
      expectLate(Rule.SHARING_LAG, true, formed, arrival, unit.code() + "|" + no, unit);
    }

    private LocalDate lastWorkingDay(LocalDate onOrBefore) {
      LocalDate day = onOrBefore;
      while (!calendar.isWorkingDay(day)) {
        day = day.minusDays(1);
      }
      return day;
    }

    /** A proposed penalty a township sends for legal review. */
    private void review(LocalDate submitted, boolean late) {
      Unit township = pick(townships);
      Unit reviewer = pick(departments);
      String no = docNo(township, "审");
      LocalDate received = plus(submitted, 1);
      int took = taken(Rule.REVIEW_ANSWER, late);
      LocalDate reviewed = plus(received, took);
      Map<String, String> out = new LinkedHashMap<>();
      out.put("送审编号", no);
      out.put("方向", "送审");
      out.put("送审单位", name(township));
      out.put("审核单位", name(reviewer));
      out.put("当事人", "某农资店" + serial + "号");
      out.put("违法事项", "销售不合格农药");
      out.put("送审日期", date(submitted));
      add(township, submitted, RecordType.REVIEW, out);
      Map<String, String> in = otherSide(out, "方向", "审核");
      in.put("收件日期", date(received));
      in.put("审核日期", date(reviewed));
      in.put("审核意见", "同意");
      add(reviewer, reviewed, RecordType.REVIEW, in);
      expectLate(Rule.REVIEW_ANSWER, false, received, reviewed, no, reviewer);
    }

    /** An emergency a department finds and calls a township out to. */
    private void urgentCall(LocalDate day, boolean late) {
      Unit caller = pick(departments);
      Unit responder = pick(townships);
      String no = "JJ-" + day.format(STAMP) + "-" + (++serial);
      LocalDateTime called = day.atTime(9, 0);
      int limit = hours(Rule.URGENT_ARRIVAL);
      LocalDateTime arrived = called.plusHours(late ? Math.max(limit, 1) + 1 : 1);
      Map<String, String> out = new LinkedHashMap<>();
      out.put("通报编号", no);
      out.put("方向", "发出");
      out.put("通报单位", name(caller));
      out.put("处置单位", name(responder));
      out.put("事项", "河道非法采砂正在进行");
      out.put("通报时间", date(day) + " 09:00");
      add(caller, day, RecordType.URGENT, out);
      Map<String, String> in = otherSide(out, "方向", "收到");
      in.put("到场时间", date(arrived.toLocalDate()) + " " + arrived.toLocalTime());
      in.put("处置情况", "已制止并固定证据");
      add(responder, arrived.toLocalDate(), RecordType.URGENT, in);
      if (late && limit > 0) {
        late(
            Rule.URGENT_ARRIVAL,
            caller.code() + "|" + no,
            responder,
            false,
            new Expected.Lateness(Math.max(limit, 1) + 1 - limit, LateUnit.HOURS));
      }
    }

    /** A department asks a township for its penalty data. */
    private void dataRequest(LocalDate requested, boolean late) {
      Unit requester = pick(departments);
      Unit provider = pick(townships);
      String no = "SJ-" + requested.format(STAMP) + "-" + (++serial);
      int took = taken(Rule.DATA_ANSWER, late);
      LocalDate provided = plus(requested, took);
      Map<String, String> out = new LinkedHashMap<>();
      out.put("请求编号", no);
      out.put("方向", "发出");
      out.put("请求单位", name(requester));
      out.put("提供单位", name(provider));
      out.put("用途", pick(List.of("行业管理", "统计分析", "督查考核")));
      out.put("请求日期", date(requested));
      add(requester, requested, RecordType.DATA_REQUEST, out);
      Map<String, String> in = otherSide(out, "方向", "收到");
      in.put("提供日期", date(provided));
      add(provider, provided, RecordType.DATA_REQUEST, in);
      expectLate(
          Rule.DATA_ANSWER, false, requested, provided, requester.code() + "|" + no, provider);
    }

    /** A special inspection, notified in writing ahead of its start (a day short when late). */
    private void specialInspection(LocalDate started, boolean late) {
      Unit lead = pick(departments);
      Unit township = pick(townships);
      int limit = workingDays(Rule.JOINT_NOTICE, false);
      int ahead = late ? Math.max(limit, 2) - 1 : Math.max(limit, 2) + 1;
      LocalDate notified = calendar.minusWorkingDays(started, ahead).value();
      LocalDate ended = plus(started, 2);
      String no = "ZX-" + started.format(STAMP) + "-" + (++serial);
      Map<String, String> row = new LinkedHashMap<>();
      row.put("行动编号", no);
      row.put("牵头单位", name(lead));
      row.put("行动类型", "专项检查");
      row.put("告知日期", date(notified));
      row.put("参与单位", name(township));
      row.put("开始日期", date(started));
      row.put("结束日期", date(ended));
      row.put("行动事项", "燃气安全专项检查");
      row.put("检查户次", "20");
      row.put("发现问题数", "3");
      row.put("立案数", "1");
      add(lead, ended, RecordType.JOINT, row);
      if (limit > 0 && ahead < limit) {
        LocalDate due = calendar.minusWorkingDays(started, limit).value();
        closedLate(Rule.JOINT_NOTICE, lead.code() + "|" + no, lead, due, notified);
      }
    }

    /**
     * The half year's routine meeting on the last week's Tuesday: the office calls for topics ahead
     * of it (a day short when late), two townships propose topics and the office decides them.
     */
    private void meeting(boolean late) {
      LocalDate on =
          calendar.onOrNextWorkingDay(plan.firstMonday().plusWeeks(plan.weeks() - 1).plusDays(1));
      int limit = workingDays(Rule.MEETING_TOPICS_CALL, false);
      int ahead = late ? Math.max(limit, 5) - 1 : Math.max(limit, 5) + 1;
      LocalDate called = calendar.minusWorkingDays(on, ahead).value();
      LocalDate topicsDue = calendar.minusWorkingDays(on, 2).value();
      String no = Meetings.defaultNumber(on, true);
      String convenor = "县政府分管副县长";
      meeting =
          new Meetings.Held(
              no,
              true,
              on,
              plan.lianxiCalls() ? Optional.empty() : Optional.of(called),
              Optional.of(topicsDue),
              Optional.empty(),
              Optional.of(convenor),
              0);
      if (!plan.lianxiCalls()) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("会议编号", no);
        row.put("会议类型", "例行");
        row.put("会议日期", date(on));
        row.put("征集通知日期", date(called));
        row.put("议题截止日期", date(topicsDue));
        row.put("召集人", convenor);
        add(office, called, RecordType.MEETING, row);
      }
      // Under lianxi's call two topics come a week ahead; the third is dated on the deadline but
      // its
      // file arrives at the week's end, after it.
      int proposed = plan.lianxiCalls() ? 3 : 2;
      for (int i = 0; i < proposed; i++) {
        Unit proposer = townships.get(i % townships.size());
        LocalDate submitted =
            !plan.lianxiCalls()
                ? plus(called, 1)
                : i < 2 ? calendar.minusWorkingDays(topicsDue, 5).value() : topicsDue;
        Map<String, String> topic = new LinkedHashMap<>();
        topic.put("议题编号", "YT-" + (++serial));
        topic.put("会议编号", no);
        topic.put("提出单位", name(proposer));
        topic.put("议题名称", List.of("乡镇执法装备配备不足", "部门移送案件材料不全问题", "联合执法经费保障").get(i));
        topic.put("涉及单位", name(pick(departments)));
        topic.put("提交日期", date(submitted));
        add(proposer, submitted, RecordType.TOPIC, topic);
        Map<String, String> decided = new LinkedHashMap<>(topic);
        decided.put("审定结果", i == 1 ? "会前协调解决" : "提交会议");
        add(
            office,
            submitted.isAfter(topicsDue) ? submitted : topicsDue,
            RecordType.TOPIC,
            decided);
      }
      if (limit > 0 && ahead < limit && !plan.lianxiCalls()) {
        LocalDate due = calendar.minusWorkingDays(on, limit).value();
        closedLate(Rule.MEETING_TOPICS_CALL, no, office, due, called);
      }
    }

    private int week(LocalDate day) {
      return (int) ChronoUnit.WEEKS.between(plan.firstMonday(), day);
    }

    /** A row goes into the unit's file of the week its latest date falls in. */
    private void add(Unit unit, LocalDate latest, RecordType type, Map<String, String> row) {
      rows.get(unit.code())
          .computeIfAbsent(week(latest), w -> new EnumMap<>(RecordType.class))
          .computeIfAbsent(type, t -> new ArrayList<>())
          .add(row);
    }

    private List<GeneratedFile> files() {
      int missedWeek = plan.faults().contains(Fault.MISSED_WEEK) ? 2 : -1;
      if (missedWeek >= 0) {
        expected.missedPeriods().add(quiet.code() + "|" + plan.firstMonday().plusWeeks(missedWeek));
      }
      List<GeneratedFile> files = new ArrayList<>();
      for (int week = 0; week < plan.weeks(); week++) {
        LocalDateTime arrival = plan.firstMonday().plusWeeks(week).plusDays(6).atTime(18, 0);
        for (var entry : rows.entrySet()) {
          if (entry.getKey().equals(quiet.code()) && week == missedWeek
              || office != null && entry.getKey().equals(office.code())) {
            continue;
          }
          Map<RecordType, List<Map<String, String>>> sheets =
              entry.getValue().getOrDefault(week, Map.of());
          String name = entry.getKey() + "_信息共享报送_" + arrival.toLocalDate().format(STAMP) + ".xlsx";
          int rowCount = sheets.values().stream().mapToInt(List::size).sum();
          files.add(
              new GeneratedFile(
                  entry.getKey(),
                  arrival,
                  name,
                  workbook(entry.getKey(), week, sheets),
                  rowCount,
                  false));
        }
        if (week == 2) { // someone resends last week's file on Monday
          GeneratedFile again = files.get(random.nextInt(rows.size() - (office == null ? 0 : 1)));
          files.add(
              new GeneratedFile(
                  again.unit(),
                  arrival.plusDays(1).withHour(9),
                  "重发_" + again.name(),
                  again.content(),
                  again.rows(),
                  true));
        }
      }
      if (office != null) { // the office sends a file only in the weeks it has rows to report
        for (var week : rows.get(office.code()).entrySet()) {
          LocalDateTime arrival =
              plan.firstMonday().plusWeeks(week.getKey()).plusDays(6).atTime(18, 30);
          String name = office.code() + "_信息共享报送_" + arrival.toLocalDate().format(STAMP) + ".xlsx";
          int rowCount = week.getValue().values().stream().mapToInt(List::size).sum();
          files.add(
              new GeneratedFile(
                  office.code(),
                  arrival,
                  name,
                  workbook(office.code(), week.getKey(), week.getValue()),
                  rowCount,
                  false));
        }
        files.sort(java.util.Comparator.comparing(GeneratedFile::arrival)); // stable
      }
      return files;
    }

    /** A workbook of the given sheets, or a zero report (every sheet, headers only) when empty. */
    private byte[] workbook(
        String unit, int week, Map<RecordType, List<Map<String, String>>> sheets) {
      Set<RecordType> types = sheets.isEmpty() ? EnumSet.allOf(RecordType.class) : sheets.keySet();
      try (XSSFWorkbook workbook = new XSSFWorkbook()) {
        // POI stamps a new workbook with the clock; a fixed date keeps the bytes deterministic.
        workbook
            .getProperties()
            .getCoreProperties()
            .setCreated(
                java.util.Optional.of(
                    java.util.Date.from(
                        plan.firstMonday().atStartOfDay(java.time.ZoneOffset.UTC).toInstant())));
        for (RecordType type : types) {
          Sheet sheet = workbook.createSheet(type.sheet());
          // Each sheet's look has its own random source: what one file holds moves no other.
          Random style = new Random(Objects.hash(plan.seed(), unit, week, type.key()));
          int r = 0;
          if (style.nextInt(3) == 0) {
            sheet.createRow(r++).createCell(0).setCellValue(type.sheet() + "信息报送表");
          }
          Row header = sheet.createRow(r++);
          List<Column> columns = type.columns();
          for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            header
                .createCell(c)
                .setCellValue(
                    (column.required() && style.nextBoolean() ? "*" : "") + column.header());
          }
          for (Map<String, String> values : sheets.getOrDefault(type, List.of())) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < columns.size(); c++) {
              String value = values.get(columns.get(c).header());
              if (value != null) {
                row.createCell(c).setCellValue(value);
              }
            }
          }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        workbook.write(bytes);
        return bytes.toByteArray();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private String docNo(Unit unit, String kind) {
      return "古" + unit.code() + kind + "〔2026〕" + (++serial) + "号";
    }

    /** How another clerk types the same number: other brackets, 第, leading zeros, full width. */
    private String retype(String no) {
      String body = no.replace("〔", "").replace("〕", "|");
      String[] parts = body.split("\\|");
      String prefix = parts[0].substring(0, parts[0].length() - 4);
      String year = parts[0].substring(parts[0].length() - 4);
      String serialPart = parts[1].replace("号", "");
      return switch (random.nextInt(4)) {
        case 0 -> prefix + "[" + year + "]" + serialPart + "号";
        case 1 -> prefix + "（" + year + "）第0" + serialPart + "号";
        case 2 -> prefix + "〔" + toFullWidth(year) + "〕" + toFullWidth(serialPart) + "号";
        default -> prefix + " 【" + year + "】 " + serialPart + "号";
      };
    }

    private String canonical(String no) {
      return no; // generated numbers are already in the canonical form
    }

    /** Units as people type them: full name, an alias or the code. */
    private String name(Unit unit) {
      return switch (random.nextInt(3)) {
        case 0 -> unit.name();
        case 1 ->
            unit.aliases().isEmpty()
                ? unit.name()
                : unit.aliases().get(random.nextInt(unit.aliases().size()));
        default -> unit.code();
      };
    }

    /** A date in one of the accepted forms. */
    private String date(LocalDate day) {
      return switch (random.nextInt(5)) {
        case 0 -> day.toString();
        case 1 -> day.getYear() + "/" + day.getMonthValue() + "/" + day.getDayOfMonth();
        case 2 -> day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
        case 3 -> day.format(STAMP);
        default -> day.getYear() + "." + day.getMonthValue() + "." + day.getDayOfMonth();
      };
    }
  }

  private static String toFullWidth(String digits) {
    StringBuilder out = new StringBuilder();
    digits
        .chars()
        .forEach(c -> out.append(Character.isDigit(c) ? (char) (c - '0' + '０') : (char) c));
    return out.toString();
  }
}
