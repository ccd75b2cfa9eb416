package org.lianxi.reports.accountability;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.lianxi.ledger.county.Accountability;
import org.lianxi.ledger.county.CountyConfig;
import org.lianxi.ledger.exchange.Table;
import org.lianxi.reports.accountability.AccountabilityList.Line;
import org.lianxi.reports.accountability.AccountabilityList.Repeat;
import org.lianxi.reports.figures.Chinese;
import org.lianxi.reports.period.ReportPeriod;
import org.lianxi.reports.print.PrintedReport;
import org.lianxi.reports.print.Section;

/**
 * What the accountability list prints (PDF) and holds in full (XLSX): which duties it names and
 * why, every named duty, and the units late again and again on one rule.
 */
public final class AccountabilityReport {

  /** A record's matter is cut to this many characters in print (the workbook keeps it whole). */
  private static final int PRINTED_MATTER = 40;

  private AccountabilityReport() {}

  public static PrintedReport printed(
      AccountabilityList list, CountyConfig county, LocalDate issuedOn) {
    ReportPeriod period = ReportPeriod.parse(list.period());
    List<Section> sections = new ArrayList<>();
    sections.add(Section.text("一、说明", criteria(list, county)));
    List<List<String>> lines = new ArrayList<>();
    for (Line l : list.lines()) {
      lines.add(
          List.of(
              l.unit(),
              l.sheet()
                  + "\n"
                  + l.number()
                  + (l.matter().isEmpty() ? "" : "\n" + printed(l.matter())),
              l.rule() + "\n依据：" + l.citation(),
              l.deadline(),
              l.status() + "\n" + l.late(),
              l.source()));
    }
    sections.add(
        Section.list(
            "二、超时和逾期事项",
            list.lines().isEmpty()
                ? "本期没有达到列入标准的超时或逾期事项。"
                : "共" + list.lines().size() + "项，按责任单位、规则排列。",
            new Table(
                "超时和逾期事项", List.of("责任单位", "事项（文号）", "规则（时限）及依据", "期限", "超出时限", "事实来源"), lines)));
    List<List<String>> repeats = new ArrayList<>();
    for (Repeat r : list.repeats()) {
      repeats.add(
          List.of(
              r.unit(),
              String.join("、", r.numbers()),
              r.rule() + "\n依据：" + r.citation(),
              r.times() + "次",
              r.overdue() + "次",
              r.named() + "次"));
    }
    int times = county.accountability().repeated();
    sections.add(
        Section.list(
            "三、多次超时的单位",
            repeats.isEmpty()
                ? "本期没有单位在同一规则上超时或逾期" + times + "次及以上。"
                : "以下单位在同一规则上超时或逾期" + times + "次及以上（不论超出多少，均计次数）。",
            new Table(
                "多次超时的单位",
                List.of("责任单位", "涉及文号（编号）", "规则（时限）及依据", "超时次数", "其中逾期未办", "其中列入第二部分"),
                repeats)));
    return new PrintedReport(
        "问责线索清单",
        county.countyName() + period.label(),
        county.countyName() + period.label() + "行政执法协作责任追究线索",
        Chinese.office(county),
        Chinese.date(issuedOn) + "印发",
        "数据截至"
            + Chinese.date(LocalDate.parse(list.asOf()))
            + "，按官方工作日历和本县时限规则计算。本清单只列明事实及其来源，供领导小组研究，不对任何单位或个人作出认定。",
        sections);
  }

  /** The same, every field in a column of its own: for the XLSX. */
  public static List<Table> tables(AccountabilityList list, CountyConfig county) {
    List<List<String>> lines = new ArrayList<>();
    for (Line l : list.lines()) {
      lines.add(
          List.of(
              l.unit(),
              l.sheet(),
              l.number(),
              l.matter(),
              l.rule(),
              l.citation(),
              l.deadline(),
              l.status(),
              l.late(),
              l.file(),
              l.fileSheet(),
              l.row() == 0 ? "" : String.valueOf(l.row())));
    }
    List<List<String>> repeats = new ArrayList<>();
    for (Repeat r : list.repeats()) {
      repeats.add(
          List.of(
              r.unit(),
              r.rule(),
              r.citation(),
              String.valueOf(r.times()),
              String.valueOf(r.overdue()),
              String.valueOf(r.named()),
              String.join("、", r.numbers())));
    }
    return List.of(
        new Table(
            "超时和逾期事项",
            List.of(
                "责任单位", "事项类型", "文号（编号）", "事由", "规则（时限）", "依据", "期限", "状态", "超出时限", "来源文件", "工作表",
                "行号"),
            lines),
        new Table(
            "多次超时的单位",
            List.of("责任单位", "规则（时限）", "依据", "超时次数", "其中逾期未办", "其中列入超时和逾期事项", "涉及文号（编号）"),
            repeats),
        new Table("说明", List.of("说明"), List.of(List.of(criteria(list, county)))));
  }

  /** Which duties the list names, as the county configured it. */
  private static String criteria(AccountabilityList list, CountyConfig county) {
    Accountability a = county.accountability();
    List<String> always =
        county.profile().catalogue().rules().stream()
            .filter(spec -> a.anyLateness().contains(spec.rule()))
            .map(spec -> spec.label())
            .toList();
    return "本清单列入本期"
        + "（"
        + ReportPeriod.parse(list.period()).label()
        + "，事项按其时限起算日计入期间）"
        + "逾期未办或超时办结超过"
        + Chinese.limit(a.threshold().text())
        + "的事项"
        + (always.isEmpty() ? "" : "，其中" + String.join("、", always) + "只要超时即列入")
        + "；同一单位在同一规则上超时或逾期"
        + a.repeated()
        + "次及以上的，另行列明。每项列明责任单位、记录的文号（编号）、规则及其时限和本县文件依据、期限、超出时限，以及事实所出的报送文件、工作表和行号，供核对。个人信息已按规定隐去部分内容。";
  }

  /** A matter in print: each field on a line of its own (a line never starts with ；), cut short. */
  private static String printed(String matter) {
    String text =
        matter.length() <= PRINTED_MATTER ? matter : matter.substring(0, PRINTED_MATTER) + "…";
    return text.replace("；", "\n");
  }
}
