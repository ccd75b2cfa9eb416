package org.lianxi.reports.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.lianxi.ledger.Masking;
import org.lianxi.ledger.county.CountyConfig;
import org.lianxi.ledger.county.Unit;
import org.lianxi.ledger.exchange.Table;
import org.lianxi.ledger.meeting.Meetings;
import org.lianxi.ledger.standard.Column;
import org.lianxi.ledger.standard.Fields;
import org.lianxi.ledger.standard.RecordType;
import org.lianxi.reports.briefing.Briefing;
import org.lianxi.reports.figures.Chinese;
import org.lianxi.reports.print.PrintedReport;
import org.lianxi.reports.print.Section;

/**
 * The draft minutes of a joint meeting (会议纪要（草稿）, ../shared/reports.md section 6): its heading, the
 * member units, the topics put to it, the briefing's headline figures, the progress of earlier
 * resolutions (the last meeting's first) and an empty resolutions table in the columns of sheet
 * 议定事项. The office edits the DOCX; its resolutions come back as a 议定事项 workbook. Personal data is
 * masked as in every output.
 *
 * @param headline the briefing's 总体情况 and 时效情况 paragraphs, as of the meeting (or today)
 * @param earlier the briefing's 议定事项落实情况 table
 */
public record MinutesDraft(
    String county,
    String office,
    Meetings.Held meeting,
    List<String> members,
    Table topics,
    String topicsSummary,
    List<String> headline,
    Table earlier,
    LocalDate draftedOn) {

  /** Blank rows of the resolutions table, for the office to fill. */
  public static final int BLANK_ROWS = 5;

  /** The columns of sheet 议定事项 (exchange standard 4.9): what the filled table loads as. */
  public static List<String> resolutionHeaders() {
    return RecordType.RESOLUTION.columns().stream().map(Column::header).toList();
  }

  /**
   * The draft of a meeting from its topics and the briefing of its half year.
   *
   * @param topicsDue the meeting's topics deadline: a topic that arrived after it is marked 逾期
   */
  public static MinutesDraft of(
      CountyConfig county,
      Meetings.Held meeting,
      List<Meetings.ProposedTopic> topics,
      Briefing briefing,
      LocalDate draftedOn) {
    Map<String, Unit> units = county.unitsByCode();
    Function<String, String> name = code -> units.containsKey(code) ? units.get(code).name() : code;
    List<List<String>> rows = new ArrayList<>();
    int late = 0;
    Map<String, Integer> decided = new java.util.LinkedHashMap<>();
    for (Meetings.ProposedTopic t : topics) {
      String verdict = t.verdict().map(Fields.Topic.VERDICT::labelOf).orElse("待审定");
      decided.merge(verdict, 1, Integer::sum);
      late += t.late() ? 1 : 0;
      rows.add(
          List.of(
              t.number(),
              name.apply(t.proposer()),
              Masking.inText(t.title()),
              String.join("、", t.unitsInvolved().stream().map(name).toList()),
              verdict,
              Chinese.date(t.arrived().toLocalDate()) + (t.late() ? "（逾期）" : "")));
    }
    StringBuilder summary = new StringBuilder();
    if (topics.isEmpty()) {
      summary.append("本次会议未收到成员单位报送的议题。");
    } else {
      summary.append("各成员单位报送议题").append(topics.size()).append("项");
      if (late > 0) {
        summary.append("（其中逾期报送").append(late).append("项，已标注）");
      }
      summary.append("，审定情况：");
      List<String> parts = new ArrayList<>();
      decided.forEach((verdict, n) -> parts.add(verdict + n + "项"));
      summary.append(String.join("，", parts)).append("。");
    }
    List<Section> sections = briefing.printed().sections();
    return new MinutesDraft(
        county.countyName(),
        Chinese.office(county),
        meeting,
        county.units().stream().map(Unit::name).toList(),
        new Table("会议议题", List.of("议题编号", "提出单位", "议题名称", "涉及单位", "审定结果", "报送日期"), rows),
        summary.toString(),
        List.of(sections.get(0).text(), sections.get(1).text()),
        section(sections, "六、").table(),
        draftedOn);
  }

  private static Section section(List<Section> sections, String numbered) {
    return sections.stream()
        .filter(s -> s.heading().startsWith(numbered))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("the briefing has no section " + numbered));
  }

  /** The heading line: 会议编号, type, date, convenor. */
  public String heading() {
    return "会议编号："
        + meeting.number()
        + "　会议类型："
        + (meeting.routine() ? "例行会议" : "专题会议")
        + "　会议日期："
        + Chinese.date(meeting.on())
        + "　召集人："
        + meeting.convenor().orElse("________");
  }

  public String title() {
    return county + "综合行政执法联席会议纪要（草稿）";
  }

  /** What the office does with the resolutions table. */
  public String resolutionsNote() {
    return "会议议定事项逐项填入下表（每行一项，会议日期填"
        + Chinese.date(meeting.on())
        + "）。定稿后请将随附的《议定事项_"
        + meeting.number()
        + ".xlsx》填好，作为联席会议办公室的报送文件报送，每一行即成为一项议定事项，按办理时限催办，并在下次会议报告落实情况。";
  }

  /** The same draft as a printed report, for the PDF. */
  public PrintedReport printed() {
    List<String> blank = new ArrayList<>();
    for (String h : resolutionHeaders()) {
      blank.add(h.equals(Fields.Resolution.MEETING_ON.header()) ? meeting.on().toString() : "");
    }
    List<List<String>> blankRows = new ArrayList<>();
    for (int i = 0; i < BLANK_ROWS; i++) {
      blankRows.add(blank.subList(0, 6)); // a printed table holds six columns
    }
    List<Section> sections =
        List.of(
            Section.text("一、参会成员单位", String.join("、", members) + "。"),
            Section.table("二、会议议题", topicsSummary, topics),
            Section.text("三、工作简报主要数据", String.join("\n", headline)),
            Section.table(
                "四、以往会议议定事项落实情况",
                earlier.rows().isEmpty() ? "账内没有以往会议的议定事项。" : "上次会议议定事项列在前。",
                earlier),
            Section.table(
                "五、会议议定事项",
                resolutionsNote(),
                new Table("会议议定事项", resolutionHeaders().subList(0, 6), blankRows)));
    return new PrintedReport(
        "会议纪要（草稿）",
        meeting.number(),
        title(),
        office,
        Chinese.date(draftedOn) + "草拟",
        heading() + "。本稿由系统根据台账生成，供联席会议办公室修改后报召集人签发。",
        sections);
  }
}
