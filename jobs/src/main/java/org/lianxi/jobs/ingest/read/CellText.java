package org.lianxi.jobs.ingest.read;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Numeric cells as text the value parsers read: a date-formatted number as an ISO date (or
 * date-time), any other number in plain notation (never 1.2E+17).
 */
final class CellText {

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private CellText() {}

  static String number(String raw, boolean dateFormatted, boolean use1904) {
    double value;
    try {
      value = Double.parseDouble(raw);
    } catch (NumberFormatException e) {
      return raw;
    }
    if (dateFormatted && DateUtil.isValidExcelDate(value)) {
      return date(DateUtil.getLocalDateTime(value, use1904, true));
    }
    return new BigDecimal(raw.strip()).stripTrailingZeros().toPlainString();
  }

  static String date(LocalDateTime dateTime) {
    return dateTime.toLocalTime().equals(LocalTime.MIDNIGHT)
        ? dateTime.toLocalDate().toString()
        : DATE_TIME.format(dateTime);
  }
}
