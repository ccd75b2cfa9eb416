package org.lianxi.ledger.standard;

/**
 * Check digits of the two codes a party is identified by: the unified social credit code (统一社会信用代码,
 * GB 32100-2015) and the resident ID number (居民身份证号码, GB 11643-1999).
 */
public final class IdentityCodes {

  private static final String CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] CREDIT_WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };
  private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String ID_CHECKS = "10X98765432";

  private IdentityCodes() {}

  /**
   * The code in upper case, when it is a valid credit code or resident ID.
   *
   * @throws InvalidValueException saying which check failed
   */
  public static String normalise(String typed) throws InvalidValueException {
    String code = Text.compact(typed).toUpperCase(java.util.Locale.ROOT);
    if (code.length() != 18) {
      throw new InvalidValueException("证件号应为18位（统一社会信用代码或身份证号）");
    }
    if (isCreditCode(code) || isResidentId(code)) {
      return code;
    }
    if (code.matches("\\d{17}[0-9X]")) {
      throw new InvalidValueException("证件号校验位错误（统一社会信用代码或身份证号均不符）");
    }
    throw new InvalidValueException("统一社会信用代码校验位错误或含有不允许的字符");
  }

  public static boolean isCreditCode(String code) {
    if (code.length() != 18) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int value = CREDIT_CHARS.indexOf(code.charAt(i));
      if (value < 0) {
        return false;
      }
      sum += value * CREDIT_WEIGHTS[i];
    }
    int check = (31 - sum % 31) % 31;
    return code.charAt(17) == CREDIT_CHARS.charAt(check);
  }

  public static boolean isResidentId(String code) {
    if (!code.matches("\\d{17}[0-9X]")) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (code.charAt(i) - '0') * ID_WEIGHTS[i];
    }
    return code.charAt(17) == ID_CHECKS.charAt(sum % 11);
  }
}
