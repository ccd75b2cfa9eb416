package org.lianxi.jobs.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lianxi.jobs.ingest.TestFiles;

/**
 * The {@code .xlsx} reader follows the package's relationships as other producers write them:
 * absolute targets, sheets in tab order whatever their part names, rich-text and phonetic runs in
 * shared strings, the 1904 date system, a date style, and part names in another case.
 */
class XlsxPackageTest {

  @TempDir Path dir;

  private static final String REL =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  @Test
  void aPackageWrittenByAnotherProducerReadsAsExcelShowsIt() throws Exception {
    Path file =
        TestFiles.zip(
            dir.resolve("other.xlsx"),
            "[Content_Types].xml",
            "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>",
            "_rels/.rels",
            rels(
                "<Relationship Id=\"rId1\" Type=\""
                    + REL
                    + "/officeDocument\" Target=\"/xl/workbook.xml\"/>"),
            "xl/workbook.xml",
            "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\""
                + REL
                + "\"><workbookPr date1904=\"1\"/><sheets>"
                + "<sheet name=\"第一\" sheetId=\"2\" r:id=\"rId9\"/>"
                + "<sheet name=\"第二\" sheetId=\"1\" r:id=\"rId3\"/></sheets></workbook>",
            "xl/_rels/workbook.xml.rels",
            rels(
                "<Relationship Id=\"rId3\" Type=\""
                    + REL
                    + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId9\" Type=\""
                    + REL
                    + "/worksheet\" Target=\"/xl/worksheets/Sheet2.xml\"/>"
                    + "<Relationship Id=\"rId4\" Type=\""
                    + REL
                    + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                    + "<Relationship Id=\"rId5\" Type=\""
                    + REL
                    + "/styles\" Target=\"./styles.xml\"/>"
                    + "<Relationship Id=\"rId6\" Type=\""
                    + REL
                    + "/hyperlink\" Target=\"http://example.org\" TargetMode=\"External\"/>"),
            "xl/sharedStrings.xml",
            "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<si><t>岳阳镇</t></si>"
                + "<si><r><t>古县</t></r><r><rPr><b/></rPr><t xml:space=\"preserve\">市场 </t></r>"
                + "<rPh sb=\"0\" eb=\"2\"><t>gu xian</t></rPh></si></sst>",
            "xl/styles.xml",
            "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs></styleSheet>",
            "xl/worksheets/sheet2.xml", // named in another case than its relationship says
            sheet(
                "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>1</v></c><c r=\"C1\" s=\"1\"><v>0</v></c></row>"),
            "xl/worksheets/sheet1.xml",
            sheet(
                "<row r=\"3\"><c r=\"B3\" t=\"s\"><v>0</v></c><c r=\"C3\" t=\"inlineStr\"><is><t>行内</t></is></c></row>"));

    List<String> read = new ArrayList<>();
    try (Submission workbook = Submissions.open(file, "other.xlsx")) {
      for (Optional<SheetCursor> sheet = workbook.nextSheet();
          sheet.isPresent();
          sheet = workbook.nextSheet()) {
        for (Optional<RawRow> row = sheet.get().next(); row.isPresent(); row = sheet.get().next()) {
          read.add(sheet.get().name() + " " + row.get().number() + " " + row.get().cells());
        }
      }
    }
    assertThat(read).containsExactly("第一 1 [古县市场 , null, 1904-01-01]", "第二 3 [null, 岳阳镇, 行内]");
  }

  @Test
  void relationshipTargetsResolveAgainstTheirPartsFolder() {
    assertThat(XlsxSubmission.resolve("xl/", "worksheets/sheet1.xml"))
        .isEqualTo("xl/worksheets/sheet1.xml");
    assertThat(XlsxSubmission.resolve("xl/", "/xl/styles.xml")).isEqualTo("xl/styles.xml");
    assertThat(XlsxSubmission.resolve("xl/worksheets/", "../sharedStrings.xml"))
        .isEqualTo("xl/sharedStrings.xml");
    assertThat(XlsxSubmission.resolve("", "xl/workbook.xml")).isEqualTo("xl/workbook.xml");
    assertThat(XlsxSubmission.resolve("", "//xl/workbook.xml")).isEqualTo("xl/workbook.xml");
    assertThat(XlsxSubmission.resolve("xl/", "./worksheets//sheet2.xml"))
        .isEqualTo("xl/worksheets/sheet2.xml");
  }

  private static String rels(String relationships) {
    return "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + relationships
        + "</Relationships>";
  }

  private static String sheet(String rows) {
    return "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        + rows
        + "</sheetData></worksheet>";
  }
}
