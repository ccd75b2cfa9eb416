package org.lianxi.reports.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
            assessment.beforeV2()
                ? "考核指标及权重："
                    + weights
                    + "。各指标得分＝权重×比率；单位在某项指标上没有可计数的事项时，该指标记为“不适用”，其权重按比例分配给该单位的其他指标，每个单位均按百分制计分。乡镇（街道）与县直部门分别排名。"
                : method(assessment, weights)));
    String rounding = assessment.beforeV2() ? "" : ROUNDING;
    sections.add(ranking("二、乡镇（街道）排名", "乡镇排名", "乡镇（街道）", assessment, rounding));
    sections.add(ranking("三、县直部门排名", "部门排名", "县直部门", assessment, rounding));
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
            "各单位各项指标的分子、分母、比率和得分如下。" + rounding,
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

  /** How points and totals are rounded, printed beside them (from v2 on). */
  public static final String ROUNDING = "得分和总分均按未经舍入的数值计算，打印时各自四舍五入保留两位小数，因此各项得分相加与总分可能相差0.01分左右。";

  /** The method of a v2 assessment: weights, what each indicator counts, how points are scaled. */
  private static String method(Assessment a, String weights) {
    int sum = a.weights().values().stream().mapToInt(Integer::intValue).sum();
    StringBuilder text =
        new StringBuilder("考核指标及权重：").append(weights).append("，合计").append(sum).append("分。");
    List<String> counted = new ArrayList<>();
    a.indicators()
        .forEach(
            (indicator, rules) ->
                counted.add(
                    indicator
                        + "："
                        + (rules.isEmpty() ? "本县规则对所计事项未设时限，各单位均为不适用" : String.join("、", rules))));
    if (!counted.isEmpty()) {
      text.append("各项及时率所计的事项如下（括号内为判定按时的时限），每件事项计入应当办理该事项的单位：")
          .append(String.join("；", counted))
          .append("。本县规则未设时限的事项只跟踪，不计入考核。");
    }
    return text.append(
            "各指标得分＝权重×比率×100÷该单位适用指标的权重之和，每个单位均按百分制计分：单位在某项指标上没有可计数的事项时，该指标记为“不适用”，不计入权重之和，其权重即按比例分配给该单位的其他指标。")
        .append(ROUNDING)
        .append("乡镇（街道）与县直部门分别排名，总分相同的名次并列。")
        .toString();
  }

  private static Section ranking(
      String heading, String name, String type, Assessment a, String rounding) {
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
        rows.isEmpty() ? "本县没有" + type + "参加考核。" : "共" + rows.size() + "个单位参加考核。" + rounding,
        new Table(name, List.of("单位", "名次", "总分", "不适用指标数"), rows));
  }

  /** Points or a total as printed: rounded once, half up, to two decimals. */
  static String points(double points) {
    return printedPoints(points).toPlainString();
  }

  static BigDecimal printedPoints(double points) {
    return BigDecimal.valueOf(points).setScale(2, RoundingMode.HALF_UP);
  }
}
