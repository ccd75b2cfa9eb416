package org.lianxi.reports.meeting;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.lianxi.ledger.exchange.Table;
import org.lianxi.ledger.files.WholeFiles;
import org.lianxi.ledger.standard.Fields;

/**
 * The minutes draft as a Word document the office edits: real headings, paragraphs and tables (not
 * the positioned frames a report exporter writes), in the fonts of Chinese official papers.
 */
public final class MinutesDocument {

  private static final String BODY_FONT = "仿宋";
  private static final String TITLE_FONT = "方正小标宋简体";
  private static final String HEADING_FONT = "黑体";

  private MinutesDocument() {}

  /** Writes the draft; the file appears whole or not at all. */
  public static void write(MinutesDraft draft, Path target) throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      paragraph(doc, draft.title(), TITLE_FONT, 22, true, ParagraphAlignment.CENTER);
      paragraph(doc, draft.heading(), BODY_FONT, 12, false, ParagraphAlignment.CENTER);
      heading(doc, "一、参会成员单位");
      paragraph(doc, String.join("、", draft.members()) + "。");
      heading(doc, "二、会议议题");
      paragraph(doc, draft.topicsSummary());
      table(doc, draft.topics().headers(), draft.topics().rows());
      heading(doc, "三、工作简报主要数据");
      for (String text : draft.headline()) {
        paragraph(doc, text);
      }
      heading(doc, "四、以往会议议定事项落实情况");
      if (draft.earlier().rows().isEmpty()) {
        paragraph(doc, "账内没有以往会议的议定事项。");
      } else {
        paragraph(doc, "上次会议议定事项列在前。");
        table(doc, draft.earlier().headers(), draft.earlier().rows());
      }
      heading(doc, "五、会议议定事项");
      paragraph(doc, draft.resolutionsNote());
      List<List<String>> blank = new ArrayList<>();
      for (int i = 0; i < MinutesDraft.BLANK_ROWS; i++) {
        blank.add(
            MinutesDraft.resolutionHeaders().stream()
                .map(
                    h ->
                        h.equals(Fields.Resolution.MEETING_ON.header())
                            ? draft.meeting().on().toString()
                            : "")
                .toList());
      }
      table(doc, MinutesDraft.resolutionHeaders(), blank);
      paragraph(doc, "");
      paragraph(doc, "召集人（签发）：________", BODY_FONT, 14, false, ParagraphAlignment.RIGHT);
      paragraph(
          doc,
          draft.office() + "　" + org.lianxi.reports.figures.Chinese.date(draft.draftedOn()) + "草拟",
          BODY_FONT,
          14,
          false,
          ParagraphAlignment.RIGHT);
      WholeFiles.write(target, doc::write);
    }
  }

  /** The draft's tables, as it wrote them: for reading a draft back. */
  public static List<Table> tables(XWPFDocument doc) {
    List<Table> tables = new ArrayList<>();
    for (XWPFTable t : doc.getTables()) {
      List<List<String>> rows = new ArrayList<>();
      for (XWPFTableRow row : t.getRows()) {
        rows.add(row.getTableCells().stream().map(c -> c.getText()).toList());
      }
      tables.add(new Table("", rows.get(0), rows.subList(1, rows.size())));
    }
    return tables;
  }

  private static void heading(XWPFDocument doc, String text) {
    paragraph(doc, text, HEADING_FONT, 16, false, ParagraphAlignment.LEFT);
  }

  private static void paragraph(XWPFDocument doc, String text) {
    for (String line : text.split("\n", -1)) {
      paragraph(doc, line, BODY_FONT, 14, false, ParagraphAlignment.BOTH);
    }
  }

  private static void paragraph(
      XWPFDocument doc,
      String text,
      String font,
      int points,
      boolean bold,
      ParagraphAlignment alignment) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(alignment);
    XWPFRun run = p.createRun();
    font(run, font, points);
    run.setBold(bold);
    run.setText(text);
  }

  private static void table(XWPFDocument doc, List<String> headers, List<List<String>> rows) {
    XWPFTable table = doc.createTable(rows.size() + 1, headers.size());
    table.setWidth("100%");
    fill(table.getRow(0), headers, true);
    for (int i = 0; i < rows.size(); i++) {
      fill(table.getRow(i + 1), rows.get(i), false);
    }
  }

  private static void fill(XWPFTableRow row, List<String> cells, boolean header) {
    for (int c = 0; c < cells.size(); c++) {
      XWPFParagraph p = row.getCell(c).getParagraphs().get(0);
      XWPFRun run = p.createRun();
      font(run, header ? HEADING_FONT : BODY_FONT, 10);
      run.setText(cells.get(c));
    }
  }

  private static void font(XWPFRun run, String font, int points) {
    run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
    run.setFontFamily("Times New Roman", XWPFRun.FontCharRange.ascii);
    run.setFontSize(points);
  }
}
