package org.lianxi.reports.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.lianxi.ledger.exchange.Table;
import org.lianxi.reports.assessment.Assessment.Score;
import org.lianxi.reports.assessment.Assessment.Total;
import org.lianxi.reports.figures.Chinese;
import org.lianxi.reports.figures.Tally;
import org.lianxi.reports.print.PrintedReport;
import org.lianxi.reports.print.Section;

/** What the assessment prints: the method, the two rankings, and every unit's figures. */
public final class AssessmentReport {

  private AssessmentReport() {}

  public static PrintedReport printed(
      Assessment assessment, String countyName, String office, LocalDate issuedOn) {
    String weights =
        assessment.weights().entrySet().stream()
            .sorted(
                Map.Entry.<String, Integer>comparingByValue()
                    .reversed()
                    .thenComparing(Map.Entry.comparingByKey()))
            .map(e -> e.getKey() + e.getValue() + "分")
            .collect(Collectors.joining("、"));
    List<Section> sections = new ArrayList<>();
    sections.add(
        Section.text(
            "一、考核办法",
            "考核指标及权重："
                + weights
                + "。各指标得分＝权重×比率；单位在某项指标上没有可计数的事项时，该指标记为“不适用”，其权重按比例分配给该单位的其他指标，每个单位均按百分制计分。乡镇（街道）与县直部门分别排名。"));
    sections.add(ranking("二、乡镇（街道）排名", "乡镇排名", "乡镇（街道）", assessment));
    sections.add(ranking("三、县直部门排名", "部门排名", "县直部门", assessment));
    List<List<String>> rows = new ArrayList<>();
    for (Score s : assessment.scores()) {
      rows.add(
          List.of(
              s.unitName(),
              s.indicator(),
              s.numerator() + "/" + s.denominator(),
              s.rate() == null ? "不适用" : Tally.percent(s.rate()),
              String.valueOf(s.weight()),
              points(s.points())));
    }
    sections.add(
        Section.table(
            "四、指标明细",
            "各单位各项指标的分子、分母、比率和得分如下。",
            new Table("指标明细", List.of("单位", "指标", "分子/分母", "比率", "权重", "得分"), rows)));
    return new PrintedReport(
        "年度目标考核统计",
        assessment.year() + "年度",
        countyName + assessment.year() + "年度行政执法协作目标考核统计",
        office,
        Chinese.date(issuedOn) + "印发",
        "数据截至" + Chinese.date(LocalDate.parse(assessment.asOf())) + "。",
        sections);
  }

  private static Section ranking(String heading, String name, String type, Assessment a) {
    List<List<String>> rows = new ArrayList<>();
    for (Total t : a.totals()) {
      if (t.unitType().equals(type)) {
        long notApplicable =
            a.scores().stream()
                .filter(s -> s.unitCode().equals(t.unitCode()) && s.rate() == null)
                .count();
        rows.add(
            List.of(
                t.unitName(),
                String.valueOf(t.rank()),
                points(t.total()),
                String.valueOf(notApplicable)));
      }
    }
    return Section.table(
        heading,
        rows.isEmpty() ? "本县没有" + type + "参加考核。" : "共" + rows.size() + "个单位参加考核。",
        new Table(name, List.of("单位", "名次", "总分", "不适用指标数"), rows));
  }

  static String points(double points) {
    return String.format(Locale.ROOT, "%.2f", points);
  }
}
