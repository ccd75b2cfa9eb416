package org.lianxi.ledger.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.lianxi.ledger.Masking;
import org.lianxi.ledger.standard.CellKind;
import org.lianxi.ledger.standard.Column;
import org.lianxi.ledger.standard.IdentityCodes;
import org.lianxi.ledger.standard.Values;

/**
 * A ledger value as people read it: choices by their Chinese label, units by name, 是/否, document
 * numbers canonical, personal information masked (投诉人, 联系电话, a person's ID number, and ID or phone
 * numbers inside free text).
 */
public final class Display {

  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final Map<String, String> unitNames;
  private final boolean unmasked;

  public Display(Map<String, String> unitNames) {
    this(unitNames, false);
  }

  /**
   * @param unmasked personal information shown in full: only for the office's own export, asked for
   *     on purpose (and logged by whoever asks)
   */
  public Display(Map<String, String> unitNames, boolean unmasked) {
    this.unitNames = unitNames;
    this.unmasked = unmasked;
  }

  public String format(Column column, Object value) {
    if (value == null) {
      return "";
    }
    if (unmasked && (column.kind() == CellKind.TEXT || column.kind() == CellKind.CODE)) {
      return value.toString();
    }
    return switch (column.kind()) {
      case CHOICE ->
          column.choices().entrySet().stream()
              .filter(e -> e.getValue().equals(value))
              .map(Map.Entry::getKey)
              .findFirst()
              .orElse(value.toString());
      case UNIT -> unitNames.getOrDefault(value.toString(), value.toString());
      case UNITS, UNITS_OR_ALL ->
          Arrays.stream(value.toString().split(","))
              .map(code -> code.equals(Values.ALL) ? "全体" : unitNames.getOrDefault(code, code))
              .collect(Collectors.joining("、"));
      case YES_NO -> List.of("true", "1").contains(value.toString()) ? "是" : "否";
      case DATE -> value instanceof LocalDate d ? d.toString() : value.toString();
      case DATE_TIME -> dateTime(value);
      case AMOUNT -> value instanceof BigDecimal a ? a.toPlainString() : value.toString();
      case CODE ->
          IdentityCodes.isResidentId(value.toString())
              ? Masking.idNumber(value.toString())
              : value.toString();
      // Free text may hold an ID or phone number a clerk typed in (当事人, 违法事项, 备注 …).
      default -> Masking.inText(Masking.byColumn(column.header(), value.toString()));
    };
  }

  /** A date-time as read from a report, or as a discrepancy keeps it (ISO text). */
  private static String dateTime(Object value) {
    if (value instanceof LocalDateTime t) {
      return MINUTE.format(t);
    }
    try {
      return MINUTE.format(LocalDateTime.parse(value.toString()));
    } catch (java.time.format.DateTimeParseException notIso) {
      return value.toString();
    }
  }
}
