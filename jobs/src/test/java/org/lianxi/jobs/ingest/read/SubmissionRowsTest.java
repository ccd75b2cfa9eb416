package org.lianxi.jobs.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lianxi.jobs.ingest.TestFiles.sheet;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lianxi.jobs.ingest.TestFiles;
import org.lianxi.ledger.standard.Column;
import org.lianxi.ledger.standard.RecordType;

class SubmissionRowsTest {

  @TempDir Path dir;

  private static final List<Object> TITLE = List.of("古县市场监督管理局 信息共享报送表（2026年3月）");
  private static final List<Object> HEADERS =
      List.of("备用列", "*移送文号", "移送方向", "移送单位*", "接收单位", "当事人", "违法事项", "发现日期", "移送时间", "紧急");

  private List<SheetRow> readAll(Path file, String name) throws Exception {
    List<SheetRow> rows = new ArrayList<>();
    try (SubmissionRows reader = new SubmissionRows(Submissions.open(file, name))) {
      for (Optional<SheetRow> row = reader.next(); row.isPresent(); row = reader.next()) {
        rows.add(row.get());
      }
    }
    return rows;
  }

  private static String cell(SheetRow row, String header) {
    return row.cells().entrySet().stream()
        .filter(e -> e.getKey().header().equals(header))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(null);
  }

  private TestFiles.SheetData referralSheet(String name) {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(TITLE);
    rows.add(null);
    rows.add(HEADERS);
    rows.add(
        Arrays.asList(
            "x",
            "古市监移[2026]12号",
            "移出",
            "县市场监管局",
            "岳阳镇",
            "某商店",
            "无照经营",
            LocalDateTime.of(2026, 3, 2, 0, 0),
            LocalDateTime.of(2026, 3, 4, 14, 30),
            "=IF(1,\"是\",\"否\")|是"));
    rows.add(null);
    rows.add(
        Arrays.asList(
            null,
            "古市监移（２０２６）第013号",
            "移出",
            "D02",
            "T01",
            "某公司",
            "超范围经营",
            "2026年3月5日",
            "20260306 09:15",
            "否"));
    return TestFiles.sheet(name, rows);
  }

  @Test
  void anXlsxWithATitleRowStarredHeadersFormulasAndAnUnknownSheet() throws Exception {
    Path file =
        TestFiles.xlsx(
            dir.resolve("a.xlsx"), sheet("说明", List.of(List.of("填表说明"))), referralSheet(" 案件移送 "));
    SubmissionRows reader = new SubmissionRows(Submissions.open(file, "a.xlsx"));
    List<SheetRow> rows = new ArrayList<>();
    for (Optional<SheetRow> row = reader.next(); row.isPresent(); row = reader.next()) {
      rows.add(row.get());
    }
    reader.close();
    assertThat(rows)
        .extracting(SheetRow::row)
        .containsExactly(4, 6); // as the spreadsheet shows them
    assertThat(rows).allMatch(r -> r.type() == RecordType.REFERRAL);
    SheetRow first = rows.get(0);
    assertThat(cell(first, "移送文号")).isEqualTo("古市监移[2026]12号");
    assertThat(cell(first, "发现日期")).isEqualTo("2026-03-02");
    assertThat(cell(first, "移送时间")).isEqualTo("2026-03-04 14:30:00");
    assertThat(cell(first, "紧急")).isEqualTo("是"); // the formula's cached value
    assertThat(cell(rows.get(1), "移送单位")).isEqualTo("D02");
    assertThat(reader.ignoredSheets()).containsExactly("说明");
    assertThat(reader.recognisedSheets()).containsExactly(" 案件移送 ");
    assertThat(reader.rowsPerSheet()).containsEntry(" 案件移送 ", 2);
  }

  @Test
  void aLegacyXlsReadsTheSame() throws Exception {
    Path file = TestFiles.xls(dir.resolve("b.xls"), referralSheet("案件移送"));
    List<SheetRow> rows = readAll(file, "b.xls");
    assertThat(rows).extracting(SheetRow::row).containsExactly(4, 6);
    assertThat(cell(rows.get(0), "发现日期")).isEqualTo("2026-03-02");
    assertThat(cell(rows.get(0), "移送时间")).isEqualTo("2026-03-04 14:30:00");
    assertThat(cell(rows.get(0), "紧急")).isEqualTo("是");
  }

  @Test
  void csvInUtf8WithAndWithoutBomAndInGbk() throws Exception {
    String[] lines = {
      "移送文号,移送方向,移送单位,接收单位,当事人,违法事项,发现日期,移送时间",
      "古市监移〔2026〕12号,移出,县市场监管局,岳阳镇,\"某商店,南街\",无照经营,2026/3/2,2026-03-04 14:30",
      "",
      "古市监移〔2026〕13号,移出,县市场监管局,岳阳镇,某公司,超范围经营,2026.3.5,2026-03-06 09:15"
    };
    for (var encoding :
        List.of(
            new Object[] {StandardCharsets.UTF_8, true},
            new Object[] {StandardCharsets.UTF_8, false},
            new Object[] {Charset.forName("GBK"), false},
            new Object[] {Charset.forName("GB18030"), false})) {
      Path file =
          TestFiles.csv(
              dir.resolve("案件移送_20260312.csv"),
              (Charset) encoding[0],
              (Boolean) encoding[1],
              lines);
      List<SheetRow> rows = readAll(file, "案件移送_20260312.csv");
      assertThat(rows)
          .as(encoding[0] + " bom " + encoding[1])
          .extracting(SheetRow::row)
          .containsExactly(2, 4);
      assertThat(cell(rows.get(0), "当事人")).isEqualTo("某商店,南街");
      assertThat(cell(rows.get(0), "移送单位")).isEqualTo("县市场监管局");
      assertThat(rows.get(0).sheet()).isEqualTo("案件移送");
    }
    Path english =
        TestFiles.csv(dir.resolve("referral-20260312.csv"), StandardCharsets.UTF_8, false, lines);
    assertThat(readAll(english, "referral-20260312.csv")).hasSize(2);
  }

  @Test
  void aSheetWithoutItsHeaderIsReportedAndTheOthersRead() throws Exception {
    Path file =
        TestFiles.xlsx(
            dir.resolve("c.xlsx"),
            sheet("信息通报", List.of(List.of("编号", "标题"), List.of("N1", "x"))),
            referralSheet("案件移送"));
    try (SubmissionRows reader = new SubmissionRows(Submissions.open(file, "c.xlsx"))) {
      int count = 0;
      while (reader.next().isPresent()) {
        count++;
      }
      assertThat(count).isEqualTo(2);
      assertThat(reader.sheetProblems())
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.sheet()).isEqualTo("信息通报");
                assertThat(p.reason()).contains("未找到表头", "通报编号", "类别", "标题", "形成日期");
              });
      assertThat(reader.recognisedSheets()).containsExactly("案件移送");
    }
  }

  @Test
  void aZeroReportHasItsSheetsAndNoRows() throws Exception {
    List<Object> headers =
        RecordType.NOTICE.columns().stream().map(c -> (Object) c.header()).toList();
    Path file = TestFiles.xlsx(dir.resolve("zero.xlsx"), sheet("信息通报", List.of(headers)));
    try (SubmissionRows reader = new SubmissionRows(Submissions.open(file, "zero.xlsx"))) {
      assertThat(reader.next()).isEmpty();
      assertThat(reader.recognisedSheets()).containsExactly("信息通报");
      assertThat(reader.rowsPerSheet()).containsEntry("信息通报", 0);
    }
  }

  private static String reasonFor(Path file, String name) {
    try (SubmissionRows reader = new SubmissionRows(Submissions.open(file, name))) {
      while (reader.next().isPresent()) {
        // read everything
      }
      return "read";
    } catch (UnreadableFileException e) {
      return e.getMessage();
    } catch (Exception e) {
      return "unexpected " + e;
    }
  }

  @Test
  void cellsAsLongAsExcelAllowsAreReadNotTakenForAZipBomb() throws Exception {
    String longest = "违".repeat(32_765); // with two digits, Excel's most characters in a cell
    List<List<Object>> rows = new ArrayList<>();
    rows.add(HEADERS);
    for (int i = 0; i < 20; i++) {
      rows.add(
          Arrays.asList(
              null,
              "古市监移[2026]" + (i + 1) + "号",
              "移出",
              "D02",
              "T01",
              "某商店",
              longest + String.format("%02d", i),
              "2026-03-02",
              "2026-03-04 14:30",
              "否"));
    }
    Path file = TestFiles.xlsx(dir.resolve("long.xlsx"), TestFiles.sheet("案件移送", rows));
    List<SheetRow> read = readAll(file, "long.xlsx");
    assertThat(read).hasSize(20);
    assertThat(cell(read.get(19), "违法事项")).hasSize(32_767).endsWith("19");
  }

  @Test
  void anEmptyFileIsCalledEmptyAndACsvIsKnownByItsBytesNotItsName() throws Exception {
    Path empty = Files.write(dir.resolve("空.xlsx"), new byte[0]);
    assertThat(reasonFor(empty, "空.xlsx")).isEqualTo("文件为空（0字节），未能导入，请重新导出后报送");

    Path csv =
        TestFiles.csv(
            dir.resolve("referral.txt"),
            StandardCharsets.UTF_8,
            false,
            "移送文号,移送方向,移送单位,接收单位,当事人,违法事项,发现日期,移送时间",
            "古市监移[2026]12号,移出,D02,T01,某商店,无照经营,2026-03-02,2026-03-04 14:30");
    assertThat(readAll(csv, "referral-20260304.txt")).hasSize(1);

    Path binary = Files.write(dir.resolve("b.csv"), new byte[] {1, 0, 2, 0, 3, 0, 0, 0, 9});
    assertThat(reasonFor(binary, "案件移送.csv")).contains("文件格式无法识别");
  }

  @Test
  void aCatalogueOfFilesThatCannotBeOpened() throws Exception {
    Path good = TestFiles.xlsx(dir.resolve("good.xlsx"), referralSheet("案件移送"));
    byte[] bytes = Files.readAllBytes(good);

    Path truncated =
        Files.write(dir.resolve("truncated.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));
    assertThat(reasonFor(truncated, "truncated.xlsx")).contains("文件无法打开");

    Path notAWorkbook = Files.writeString(dir.resolve("x.xlsx"), "hello, this is not a workbook");
    assertThat(reasonFor(notAWorkbook, "x.xlsx")).contains("文件格式无法识别");

    Path pdf = Files.write(dir.resolve("y.xlsx"), "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
    assertThat(reasonFor(pdf, "y.xlsx")).contains("文件格式无法识别");

    assertThat(reasonFor(encrypted(good), "secret.xlsx")).contains("文件已加密");

    Path entities =
        TestFiles.zip(
            dir.resolve("entities.xlsx"),
            "[Content_Types].xml",
            "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">&b;</Types>");
    assertThat(reasonFor(entities, "entities.xlsx")).isEqualTo("文件含有不允许的XML实体声明，已拒收");

    Path secret = Files.writeString(dir.resolve("secret.txt"), "口令123");
    Path external =
        TestFiles.zip(
            dir.resolve("external.xlsx"),
            "[Content_Types].xml",
            "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY s SYSTEM \""
                + secret.toUri()
                + "\">]><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "&s;</Types>");
    assertThat(reasonFor(external, "external.xlsx")).isEqualTo("文件含有不允许的XML实体声明，已拒收");

    assertThat(reasonFor(zipBomb(), "bomb.xlsx")).contains("压缩炸弹");
    assertThat(reasonFor(manyEntries(), "many.xlsx")).contains("条目过多");

    Path badCsvName = TestFiles.csv(dir.resolve("data.csv"), StandardCharsets.UTF_8, false, "a,b");
    assertThat(reasonFor(badCsvName, "data.csv")).contains("CSV文件名应以工作表名称或英文键开头");
  }

  private Path encrypted(Path plain) throws Exception {
    Path file = dir.resolve("secret.xlsx");
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor encryptor = info.getEncryptor();
      encryptor.confirmPassword("secret");
      try (OutputStream out = encryptor.getDataStream(fs)) {
        Files.copy(plain, out);
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        fs.writeFilesystem(out);
      }
    }
    return file;
  }

  /** A workbook whose sheet inflates a few kilobytes into hundreds of megabytes. */
  private Path zipBomb() throws Exception {
    Path file = dir.resolve("bomb.xlsx");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      byte[] block = new byte[1 << 20];
      Arrays.fill(block, (byte) ' ');
      for (int i = 0; i < 300; i++) {
        zip.write(block);
      }
      zip.closeEntry();
    }
    return file;
  }

  private Path manyEntries() throws Exception {
    Path file = dir.resolve("many.xlsx");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      for (int i = 0; i < 1500; i++) {
        zip.putNextEntry(new ZipEntry("xl/media/e" + i + ".bin"));
        zip.write(new byte[] {1, 2, 3});
        zip.closeEntry();
      }
    }
    return file;
  }

  @Test
  void headersMatchAfterFoldingAndStars() {
    assertThat(SubmissionRows.headerText(" ＊移送文号＊ ")).isEqualTo("移送文号");
    assertThat(SubmissionRows.headerText("**接收单位")).isEqualTo("接收单位");
    assertThat(RecordType.REFERRAL.columns().stream().map(Column::header)).contains("移送文号");
    assertThatThrownBy(() -> Submissions.open(dir.resolve("missing.xlsx"), "missing.xlsx"))
        .isInstanceOf(java.io.IOException.class);
  }
}
