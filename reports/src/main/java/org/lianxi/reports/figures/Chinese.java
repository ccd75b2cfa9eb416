package org.lianxi.reports.figures;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lianxi.ledger.county.CountyConfig;
import org.lianxi.ledger.county.Unit;
import org.lianxi.ledger.county.UnitType;
import org.lianxi.ledger.rules.Citation;
import org.lianxi.ledger.rules.Judgement;
import org.lianxi.ledger.rules.Limit;
import org.lianxi.ledger.rules.RuleLimits;
import org.lianxi.ledger.rules.RuleSpec;

/** How figures, dates and limits are written in the printed reports. */
public final class Chinese {

  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private Chinese() {}

  /** 2026年7月3日 */
  public static String date(LocalDate day) {
    return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
  }

  public static String minute(LocalDateTime time) {
    return time == null ? "" : MINUTE.format(time);
  }

  /** A limit as configured (3wd, 15d, 24h, at-once, none, by 2026-03-31) in words. */
  public static String limit(String text) {
    if (text.equals("none")) {
      return "无时限";
    }
    if (text.equals("at-once")) {
      return "立即";
    }
    if (text.equals("0wd")) {
      return "当日";
    }
    if (text.endsWith("wd")) {
      return text.substring(0, text.length() - 2) + "个工作日";
    }
    if (text.equals("0d")) {
      return "当日";
    }
    if (text.endsWith("d")) {
      return text.substring(0, text.length() - 1) + "日";
    }
    if (text.endsWith("h")) {
      return text.substring(0, text.length() - 1) + "小时";
    }
    if (text.startsWith("by ")) {
      return "按办理时限";
    }
    return text;
  }

  /**
   * A rule named with the limits that decide it: 移送案件（3个工作日；紧急：24小时）, 协助复函（2个工作日；延期：7个工作日）,
   * 共享信息（5个工作日） where the extended limit decides every record (never the same-day target above a
   * figure judged at 5 working days), 办结议定事项（按办理时限）, 征集会议议题（提前5个工作日）, 告知受理情况（无时限）.
   */
  public static String rule(RuleSpec spec, RuleLimits limits) {
    List<String> parts = new ArrayList<>();
    Limit ordinary = spec.extendedAlways() ? limits.extendedOrLimit() : limits.limit();
    if (spec.due().isPresent()) {
      parts.add("按办理时限");
      if (!(ordinary instanceof Limit.None)) {
        parts.add("未定时限的" + limit(ordinary.text()));
      }
    } else if (spec.before() && !(ordinary instanceof Limit.None)) {
      parts.add("提前" + limit(ordinary.text())); // an advance notice: 征集会议议题（提前5个工作日）
    } else {
      parts.add(limit(ordinary.text()));
    }
    if (spec.urgentWhen().isPresent()) {
      limits.urgent().ifPresent(u -> parts.add("紧急：" + limit(u.text())));
    }
    if (spec.extendedWhen().isPresent() && !spec.extendedAlways()) {
      limits.extended().ifPresent(e -> parts.add("延期：" + limit(e.text())));
    }
    return spec.label() + "（" + String.join("；", parts) + "）";
  }

  /**
   * Where a rule's figures come from: 《古县乡镇综合行政执法协调联动机制》三(一)2; 文件未定时限，本县自定 where the figure is the
   * profile's own choice; 本县调整 where the county changed it (with the clause it replaced); 本县自定 for
   * a rule of the county's own.
   */
  public static String citation(Citation citation) {
    Optional<String> clause =
        citation
            .clause()
            .map(c -> (c.document().isEmpty() ? "" : "《" + c.document() + "》") + c.number());
    if (citation.county()) {
      return clause.map(c -> "本县调整（原依据" + c + "）").orElse("本县自定");
    }
    if (clause.isPresent()) {
      return clause.get() + (citation.choice().isPresent() ? "；部分时限文件未定，本县自定" : "");
    }
    return citation.choice().isPresent() ? "文件未定时限，本县自定" : "未载明依据";
  }

  /** A deadline: its day (2026-04-09), to the minute for an hour rule, 暂定 where provisional. */
  public static String deadline(Judgement judgement) {
    return judgement
        .due()
        .map(
            due ->
                (judgement.lateUnit() == Judgement.LateUnit.HOURS
                        ? minute(due)
                        : due.toLocalDate().toString())
                    + (judgement.provisional() ? "（暂定）" : ""))
        .orElse("无时限");
  }

  /** Who issues the reports: the joint-meeting office (the unit of type OFFICE). */
  public static String office(CountyConfig county) {
    return county.units().stream()
        .filter(u -> u.type() == UnitType.OFFICE)
        .findFirst()
        .map(u -> u.name() + "（联席会议办公室）")
        .orElse(county.countyName() + "联席会议办公室");
  }

  public static String unitType(Unit unit) {
    return unit.type() == UnitType.TOWNSHIP
        ? "乡镇（街道）"
        : unit.type() == UnitType.DEPARTMENT
            ? "县直部门"
            : unit.type() == UnitType.JUDICIAL ? "司法机关" : "办公室";
  }
}
