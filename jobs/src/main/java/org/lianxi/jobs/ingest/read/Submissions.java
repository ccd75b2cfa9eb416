package org.lianxi.jobs.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.lianxi.ledger.standard.RecordType;

/**
 * Opens a received file by what its bytes are, not by what its name claims: a zip is an {@code
 * .xlsx}, an OLE2 container an {@code .xls} (or an encrypted workbook), text a CSV, nothing at all
 * an empty file. The name only tells a CSV's record type.
 */
public final class Submissions {

  private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
  private static final byte[] OLE2 = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };

  private static final int MAX_ENTRIES = 1000;

  static {
    // Bounds for what a workbook may unpack to. Deflate alone never shrinks data below about
    // 1/1032, and a cell of 32,767 repeated characters (Excel's largest) gets close to that: the
    // ratio check only catches crafted archives, the size cap on every part catches the rest.
    ZipSecureFile.setMinInflateRatio(0.0005);
    ZipSecureFile.setMaxEntrySize(200L * 1024 * 1024);
    ZipSecureFile.setMaxFileCount(MAX_ENTRIES);
  }

  private Submissions() {}

  /**
   * @param displayName the name the file came with, shown in receipts and used only to tell a CSV's
   *     record type; never used as a path
   */
  public static Submission open(Path file, String displayName)
      throws IOException, UnreadableFileException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(TEXT_SNIFF);
    }
    if (head.length == 0) {
      throw new UnreadableFileException("文件为空（0字节），未能导入，请重新导出后报送");
    }
    if (startsWith(head, ZIP)) {
      return new XlsxSubmission(file, MAX_ENTRIES);
    }
    if (startsWith(head, OLE2)) {
      return new XlsSubmission(file);
    }
    if (looksLikeText(head)) {
      // Text is read as a CSV whatever the name's ending; the name tells its record type.
      java.util.Optional<RecordType> type = RecordType.byFileName(displayName);
      if (type.isPresent()) {
        return new CsvSubmission(file, type.get().sheet());
      }
      if (displayName.toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
        throw new UnreadableFileException(
            "CSV文件名应以工作表名称或英文键开头，如“案件移送_20260312.csv”或“referral-20260312.csv”");
      }
    }
    throw new UnreadableFileException("文件格式无法识别，应为 .xlsx、.xls 或 .csv 文件");
  }

  /** How much of a file is looked at to tell text from a binary format. */
  private static final int TEXT_SNIFF = 4096;

  /**
   * Text (a CSV in UTF-8, GBK or GB18030) has no NUL byte and few control characters other than tab
   * and line ends; every binary format that units send has both.
   */
  private static boolean looksLikeText(byte[] head) {
    int control = 0;
    for (byte b : head) {
      if (b == 0) {
        return false;
      }
      if (b > 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != 0x0C) {
        control++;
      }
    }
    return control * 100 <= head.length;
  }

  private static boolean startsWith(byte[] head, byte[] magic) {
    if (head.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (head[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
