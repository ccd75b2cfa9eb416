package org.lianxi.ledger.standard;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Document numbers (文号), section 3.1: two numbers are the same number when their canonical forms
 * are equal. Canonical form: full-width folded, no white space, the brackets around the year {@code
 * 〔〕}, no {@code 第} before the serial, no leading zeros in the serial.
 */
public final class DocumentNumbers {

  private static final Pattern FORM =
      Pattern.compile(
          "^(?<prefix>.+?)[〔\\[(【{]\\s*(?<year>\\d+)\\s*[〕\\])】}](?:第)?0*(?<serial>\\d+)(?<rest>号.*)?$");

  private DocumentNumbers() {}

  /**
   * The canonical form of a typed document number.
   *
   * @throws InvalidValueException when it has no bracketed four-digit year and serial
   */
  public static String canonical(String typed) throws InvalidValueException {
    String compact = Text.compact(typed);
    Matcher m = FORM.matcher(compact);
    if (!m.matches()) {
      throw new InvalidValueException("文号格式无法识别，应如“古市监移〔2026〕12号”");
    }
    if (m.group("year").length() != 4) {
      throw new InvalidValueException("文号中的年份应为四位数字");
    }
    String rest = m.group("rest") == null ? "号" : m.group("rest");
    return m.group("prefix") + "〔" + m.group("year") + "〕" + m.group("serial") + rest;
  }
}
