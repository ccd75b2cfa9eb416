package org.lianxi.jobs.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.lianxi.ledger.standard.RecordType;

/**
 * Opens a received file by what its bytes are, not by what its name claims: a zip is an {@code
 * .xlsx}, an OLE2 container an {@code .xls} (or an encrypted workbook), text a CSV. The name only
 * tells a CSV's record type.
 */
public final class Submissions {

  private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
  private static final byte[] OLE2 = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };

  private static final int MAX_ENTRIES = 1000;

  static {
    // Bounds for what a workbook may unpack to: POI's ratio check stays on, entries are capped.
    ZipSecureFile.setMinInflateRatio(0.01);
    ZipSecureFile.setMaxEntrySize(512L * 1024 * 1024);
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
      head = in.readNBytes(8);
    }
    if (startsWith(head, ZIP)) {
      return new XlsxSubmission(file, MAX_ENTRIES);
    }
    if (startsWith(head, OLE2)) {
      return new XlsSubmission(file);
    }
    if (displayName.toLowerCase(Locale.ROOT).endsWith(".csv")) {
      RecordType type =
          RecordType.byFileName(displayName)
              .orElseThrow(
                  () ->
                      new UnreadableFileException(
                          "CSV文件名应以工作表名称或英文键开头，如“案件移送_20260312.csv”或“referral-20260312.csv”"));
      return new CsvSubmission(file, type.sheet());
    }
    throw new UnreadableFileException("文件格式无法识别，应为 .xlsx、.xls 或 .csv 文件");
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
