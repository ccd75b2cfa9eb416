package org.lianxi.ledger;

/**
 * Personal information is never printed in full (../shared/reports.md): names as {@code 张*} or
 * {@code 张*明}, phone numbers as {@code 138****1234}, ID numbers as {@code 4109**********1234}.
 */
public final class Masking {

  private Masking() {}

  /** A person's name: the first character, then {@code *}; the last kept for three or more. */
  public static String name(String name) {
    if (name == null || name.isBlank()) {
      return name;
    }
    int[] chars = name.strip().codePoints().toArray();
    if (chars.length == 1) {
      return "*";
    }
    StringBuilder masked = new StringBuilder().appendCodePoint(chars[0]);
    if (chars.length == 2) {
      return masked.append('*').toString();
    }
    return masked
        .append("*".repeat(chars.length - 2))
        .appendCodePoint(chars[chars.length - 1])
        .toString();
  }

  /** A phone number: the first three and the last four digits kept. */
  public static String phone(String phone) {
    return keepEnds(phone, 3, 4);
  }

  /** An ID number (18 characters): the first four and the last four kept. */
  public static String idNumber(String id) {
    return keepEnds(id, 4, 4);
  }

  /** Whether a column of the exchange standard (by its header) holds personal information. */
  public static boolean personal(String header) {
    return switch (header == null ? "" : header) {
      case "投诉人", "联系电话", "当事人证件号" -> true;
      default -> false;
    };
  }

  /** Masks the value of a column of the exchange standard that holds personal information. */
  public static String byColumn(String header, String value) {
    if (value == null) {
      return null;
    }
    return switch (header == null ? "" : header) {
      case "投诉人" -> name(value);
      case "联系电话" -> phone(value);
      case "当事人证件号" -> idNumber(value);
      default -> value;
    };
  }

  /**
   * An ID number (18 digits or 17 and an X, or the old 15 digits) or a phone number (a mobile's 11
   * digits, a landline with its area code) typed into free text, masked where it stands; the rest
   * of the text as it was. Digits that run on (a longer number) are not taken for one.
   */
  public static String inText(String text) {
    if (text == null || text.length() < 7) {
      return text;
    }
    java.util.regex.Matcher m = PERSONAL_NUMBER.matcher(text);
    if (!m.find()) {
      return text;
    }
    StringBuilder masked = new StringBuilder(text.length());
    do {
      String found = m.group();
      String replacement =
          m.group("id") != null
              ? idNumber(found)
              : m.group("mobile") != null ? phone(found) : keepEnds(found, 4, 2);
      m.appendReplacement(masked, java.util.regex.Matcher.quoteReplacement(replacement));
    } while (m.find());
    m.appendTail(masked);
    return masked.toString();
  }

  private static final java.util.regex.Pattern PERSONAL_NUMBER =
      java.util.regex.Pattern.compile(
          "(?<![0-9A-Za-z])(?:"
              + "(?<id>[1-9]\\d{16}[0-9Xx]|[1-9]\\d{14})"
              + "|(?<mobile>(?:\\+?86[- ]?)?1[3-9]\\d{9})"
              + "|(?<landline>0\\d{2,3}-?[2-9]\\d{6,7})"
              + ")(?![0-9A-Za-z])");

  private static String keepEnds(String text, int head, int tail) {
    if (text == null || text.isBlank()) {
      return text;
    }
    String t = text.strip();
    if (t.length() <= head + tail) {
      return "*".repeat(t.length());
    }
    return t.substring(0, head)
        + "*".repeat(t.length() - head - tail)
        + t.substring(t.length() - tail);
  }
}
