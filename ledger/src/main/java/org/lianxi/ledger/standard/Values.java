package org.lianxi.ledger.standard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lianxi.ledger.county.Unit;
import org.lianxi.ledger.county.UnitDirectory;

/**
 * Normalises one cell per its kind (exchange standard, section 3). Every refusal is an {@link
 * InvalidValueException} whose message is plain Chinese for the receipt.
 */
public final class Values {

  /** {@link CellKind#UNITS_OR_ALL}: 全体, everyone. */
  public static final String ALL = "ALL";

  private static final Pattern DATE =
      Pattern.compile(
          "^(?<y>\\d{1,4})[-/.年](?<m>\\d{1,2})[-/.月](?<d>\\d{1,2})日?"
              + "(?:(?:\\s+|T)(?<h>\\d{1,2})[:：](?<min>\\d{2})(?:[:：](?<s>\\d{2})(?:\\.\\d+)?)?)?$");
  private static final Pattern COMPACT_DATE =
      Pattern.compile(
          "^(?<y>\\d{4})(?<m>\\d{2})(?<d>\\d{2})(?:\\s+(?<h>\\d{1,2}):(?<min>\\d{2})(?::(?<s>\\d{2}))?)?$");
  private static final Pattern AMOUNT =
      Pattern.compile("^\\d{1,3}(,\\d{3})*(\\.\\d+)?$|^\\d+(\\.\\d+)?$");
  private static final Pattern UNIT_SEPARATORS = Pattern.compile("[、,，;；]");
  // A whole number as typed, or as a spreadsheet shows one (with a zero fraction).
  private static final Pattern WHOLE = Pattern.compile("(\\d{1,9})(?:\\.0+)?");

  /** The longest text each ledger column holds. */
  private static final Map<String, Integer> TEXT_LIMITS =
      Map.ofEntries(
          Map.entry("summary", 10_000),
          Map.entry("result", 10_000),
          Map.entry("content", 10_000),
          Map.entry("party", 500),
          Map.entry("respondent", 500),
          Map.entry("title", 500),
          Map.entry("complainant", 200),
          Map.entry("phone", 50),
          Map.entry("item_code", 100),
          Map.entry("reg_no", 100),
          Map.entry("dispute_no", 100),
          Map.entry("action_no", 100),
          Map.entry("notice_no", 100),
          Map.entry("item_no", 100));

  private final UnitDirectory units;

  public Values(UnitDirectory units) {
    this.units = units;
  }

  /**
   * The normalised value of a non-blank cell: String, LocalDate, LocalDateTime, Boolean,
   * BigDecimal, Integer, {@link DocumentNumber}, a unit code, or a list of unit codes.
   */
  public Object parse(Column column, String raw) throws InvalidValueException {
    String value = Text.strip(raw);
    return switch (column.kind()) {
      case TEXT -> text(column, value);
      case DATE -> date(value);
      case DATE_TIME -> dateTime(value);
      case YES_NO -> yesNo(value);
      case AMOUNT -> amount(value);
      case DOC_NO -> new DocumentNumber(DocumentNumbers.canonical(value), value);
      case UNIT -> unit(value).code();
      case UNITS -> unitList(value);
      case UNITS_OR_ALL -> value.equals("全体") ? List.of(ALL) : unitList(value);
      case CODE -> IdentityCodes.normalise(value);
      case WHOLE -> whole(value);
      case CHOICE -> choice(column, value);
    };
  }

  private static String text(Column column, String value) throws InvalidValueException {
    int limit = TEXT_LIMITS.getOrDefault(column.field(), 1000);
    if (value.codePointCount(0, value.length()) > limit) {
      throw new InvalidValueException("内容过长（最多" + limit + "字）");
    }
    return value;
  }

  /** A date; a date-time (an Excel date-time cell in a date column) counts by its date. */
  public static LocalDate date(String value) throws InvalidValueException {
    return dateTime(value).toLocalDate();
  }

  public static LocalDateTime dateTime(String value) throws InvalidValueException {
    String folded = Text.fold(value).strip();
    Matcher m = DATE.matcher(folded);
    if (!m.matches()) {
      m = COMPACT_DATE.matcher(folded);
      if (!m.matches()) {
        throw new InvalidValueException("日期无法识别，应如“2026-03-05”或“2026-03-05 14:30”");
      }
    }
    if (m.group("y").length() != 4) {
      throw new InvalidValueException("年份应为四位数字");
    }
    try {
      LocalDate date =
          LocalDate.of(
              Integer.parseInt(m.group("y")),
              Integer.parseInt(m.group("m")),
              Integer.parseInt(m.group("d")));
      if (m.group("h") == null) {
        return date.atStartOfDay();
      }
      return date.atTime(
          Integer.parseInt(m.group("h")),
          Integer.parseInt(m.group("min")),
          m.group("s") == null ? 0 : Integer.parseInt(m.group("s")));
    } catch (DateTimeException e) {
      throw new InvalidValueException("日期或时间不存在");
    }
  }

  private static Boolean yesNo(String value) throws InvalidValueException {
    return switch (Text.fold(value).toLowerCase(Locale.ROOT)) {
      case "是", "y", "yes", "1", "true" -> true;
      case "否", "n", "no", "0", "false" -> false;
      default -> throw new InvalidValueException("应填写“是”或“否”");
    };
  }

  private static BigDecimal amount(String value) throws InvalidValueException {
    String number = Text.compact(value);
    if (number.endsWith("元")) {
      number = number.substring(0, number.length() - 1);
    }
    if (!AMOUNT.matcher(number).matches()) {
      throw new InvalidValueException("金额应为数字，如“12,500.00”或“12500元”");
    }
    BigDecimal amount = new BigDecimal(number.replace(",", "")).setScale(2, RoundingMode.HALF_UP);
    if (amount.precision() > 16) {
      throw new InvalidValueException("金额过大");
    }
    return amount;
  }

  private static Integer whole(String value) throws InvalidValueException {
    Matcher whole = WHOLE.matcher(Text.compact(value));
    if (whole.matches()) {
      return Integer.valueOf(whole.group(1));
    }
    throw new InvalidValueException("应为不小于0的整数");
  }

  private static String choice(Column column, String value) throws InvalidValueException {
    String code = column.choices().get(Text.compact(value));
    if (code == null) {
      throw new InvalidValueException("应为以下之一：" + String.join("、", column.choices().keySet()));
    }
    return code;
  }

  private Unit unit(String value) throws InvalidValueException {
    return units.resolve(value).orElseThrow(() -> new InvalidValueException("单位未登记（应为单位全称、简称或编码）"));
  }

  private List<String> unitList(String value) throws InvalidValueException {
    Set<String> codes = new LinkedHashSet<>();
    for (String part : UNIT_SEPARATORS.split(value)) {
      if (!Text.strip(part).isEmpty()) {
        codes.add(unit(part).code());
      }
    }
    if (codes.isEmpty()) {
      throw new InvalidValueException("未填写单位");
    }
    return new ArrayList<>(codes);
  }
}
