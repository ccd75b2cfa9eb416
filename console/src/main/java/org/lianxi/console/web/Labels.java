package org.lianxi.console.web;

import org.lianxi.ledger.files.Channel;
import org.lianxi.reports.figures.Chinese;
import org.lianxi.reports.workbook.ReceiptWorkbook;
import org.springframework.stereotype.Component;

/** Codes as users read them, for the templates: {@code ${@labels.channel(f.channel())}}. */
@Component("labels")
public class Labels {

  /** How a file came: SFTP, 电子邮件, 联席工作台上传 … as on its receipt. */
  public String channel(Channel channel) {
    return ReceiptWorkbook.channel(channel);
  }

  /** A rule's limit as configured (3wd, 24h, none) in words: 3个工作日, 24小时, 无时限. */
  public String limit(String text) {
    return Chinese.limit(text);
  }
}
