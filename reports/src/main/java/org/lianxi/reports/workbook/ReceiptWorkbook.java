package org.lianxi.reports.workbook;

import java.io.IOException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.lianxi.ledger.Masking;
import org.lianxi.ledger.files.Channel;
import org.lianxi.ledger.files.Receipt;
import org.lianxi.ledger.standard.Problem;

/**
 * The receipt (回执) of one file (../shared/reports.md section 3), as XLSX: sheet {@code 回执} with the
 * file, the outcome and per sheet the rows loaded, replaced, unchanged and rejected; sheet {@code
 * 问题明细} with one row per problem. Personal information in a quoted value is masked.
 */
public final class ReceiptWorkbook {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private ReceiptWorkbook() {}

  public static void write(Receipt receipt, Path target) throws IOException {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
      CellStyle bold = WorkbookFiles.bold(workbook);
      Sheet summary = workbook.createSheet("回执");
      int r = 0;
      WorkbookFiles.row(summary, r++, bold, "信息共享报送回执");
      r++;
      WorkbookFiles.row(
          summary, r++, null, "报送单位", receipt.senderName() + "（" + receipt.file().sender() + "）");
      WorkbookFiles.row(summary, r++, null, "文件名", receipt.file().originalName());
      WorkbookFiles.row(summary, r++, null, "接收时间", WHEN.format(receipt.file().receivedAt()));
      WorkbookFiles.row(summary, r++, null, "接收渠道", channel(receipt));
      WorkbookFiles.row(summary, r++, null, "校验码（SHA-256）", receipt.file().checksum());
      WorkbookFiles.row(summary, r++, null, "处理结果", outcome(receipt));
      if (receipt.rejected()) {
        WorkbookFiles.row(summary, r++, null, "拒收原因", receipt.reason());
      }
      WorkbookFiles.row(summary, r++, null, "零报告", receipt.zeroReport() ? "是" : "否");
      r++;
      WorkbookFiles.row(summary, r++, bold, "工作表", "新增", "更新", "未变化", "未通过");
      int[] total = new int[4];
      for (Receipt.SheetCounts s : receipt.sheets()) {
        WorkbookFiles.row(
            summary, r++, null, s.sheet(), s.loaded(), s.replaced(), s.unchanged(), s.rejected());
        total[0] += s.loaded();
        total[1] += s.replaced();
        total[2] += s.unchanged();
        total[3] += s.rejected();
      }
      WorkbookFiles.row(summary, r++, bold, "合计", total[0], total[1], total[2], total[3]);
      if (!receipt.ignoredSheets().isEmpty()) {
        r++;
        WorkbookFiles.row(
            summary, r++, null, "未识别的工作表（已忽略）", String.join("、", receipt.ignoredSheets()));
      }
      summary.setColumnWidth(0, 24 * 256);
      summary.setColumnWidth(1, 60 * 256);

      Sheet details = workbook.createSheet("问题明细");
      WorkbookFiles.row(details, 0, bold, "工作表", "行号", "列", "值", "原因");
      int d = 1;
      for (Problem p : receipt.problems()) {
        WorkbookFiles.row(
            details,
            d++,
            null,
            p.sheet(),
            p.row(),
            p.column(),
            Masking.inText(Masking.byColumn(p.column(), p.value())),
            p.reason());
      }
      details.setColumnWidth(0, 14 * 256);
      details.setColumnWidth(3, 30 * 256);
      details.setColumnWidth(4, 60 * 256);
      WorkbookFiles.save(workbook, target);
    }
  }

  static String outcome(Receipt receipt) {
    if (receipt.duplicate()) {
      return "重复报送：该文件此前已接收，未重复导入";
    }
    if (receipt.rejected()) {
      return "拒收：整个文件未导入";
    }
    if (receipt.rowsRejected() > 0 && receipt.rowsAccepted() == 0) {
      return "已接收，但各行均未通过校验（见问题明细），没有导入任何一行";
    }
    if (receipt.rowsRejected() > 0) {
      return "已接收，部分行未通过校验（见问题明细），其余各行已导入";
    }
    return "已接收，全部导入";
  }

  private static String channel(Receipt receipt) {
    return channel(receipt.file().channel());
  }

  /** How a file came, as the receipt and the console say it. */
  public static String channel(Channel channel) {
    return switch (channel) {
      case SFTP -> "SFTP";
      case MAIL -> "电子邮件";
      case DROP -> "本地投递目录";
      case HAND -> "联席会议办公室导入";
      case CONSOLE -> "联席工作台上传";
    };
  }
}
