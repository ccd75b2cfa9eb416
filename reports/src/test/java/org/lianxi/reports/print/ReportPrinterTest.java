package org.lianxi.reports.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lianxi.ledger.exchange.Table;

/** The templates print Chinese with the bundled font, embedded, and it reads back as printed. */
class ReportPrinterTest {

  @TempDir Path dir;

  private static PrintedReport sample() {
    return new PrintedReport(
        "联席会议工作简报",
        "2026年第1期",
        "古县2026年上半年行政执法协作情况",
        "古县司法局（联席会议办公室）",
        "2026年7月3日印发",
        "本期数据截至2026年6月30日。",
        List.of(
            Section.text("一、总体情况", "上半年各成员单位共移送案件12件。"),
            Section.table(
                    "二、时效情况",
                    "按时率见下表。",
                    new Table(
                        "时效情况",
                        List.of("单位", "应计", "按时", "超时", "超期未办", "按时率"),
                        List.of(
                            List.of("古县市场监督管理局", "10", "9", "1", "0", "90.0%"),
                            List.of("古县岳阳镇人民政府", "4", "2", "1", "1", "50.0%"))))
                .withChart(
                    "各单位按时率（%）",
                    List.of(
                        new Section.Bar("按时率", "古县市场监督管理局", 90.0),
                        new Section.Bar("按时率", "古县岳阳镇人民政府", 50.0)))));
  }

  @Test
  void thePdfEmbedsTheBundledFontAndItsTextReadsBackAsTheChineseThatWasPrinted() throws Exception {
    Path pdf = dir.resolve("简报.pdf");
    new ReportPrinter().pdf(sample(), pdf);
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text)
          .contains(
              "联席会议工作简报", "2026年第1期", "一、总体情况", "上半年各成员单位共移送案件12件。", "古县市场监督管理局", "90.0%", "按时率");
      java.util.Set<String> fonts = new java.util.TreeSet<>();
      for (var page : document.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
          fonts.add(font.getName().replaceAll("^[A-Z]{6}\\+", "")); // without the subset tag
        }
      }
      assertThat(fonts).contains("DroidSansFallback", "DejaVuSans");
    }
  }

  @Test
  void theDocxIsWritten() throws Exception {
    Path docx = dir.resolve("简报.docx");
    new ReportPrinter().docx(sample(), docx);
    assertThat(Files.size(docx)).isPositive();
    try (var zip = new java.util.zip.ZipFile(docx.toFile())) {
      String body =
          new String(
              zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(),
              java.nio.charset.StandardCharsets.UTF_8);
      assertThat(body).contains("联席会议工作简报", "古县岳阳镇人民政府");
    }
  }
}
