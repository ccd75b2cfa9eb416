package org.lianxi.console.security;

import java.security.SecureRandom;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How passwords are kept and made. Kept: Spring Security's delegating encoder, whose default today
 * is bcrypt; each hash names its scheme ({@code {bcrypt}...}), so a later default takes over
 * without invalidating a single stored hash. Made: one-time passwords of {@value #LENGTH}
 * characters from {@link SecureRandom}, without letters people confuse (0/O, 1/l/I).
 */
public final class Passwords {

  /** A password its owner chooses is at least this long. */
  public static final int MINIMUM = 10;

  private static final int LENGTH = 14;
  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final PasswordEncoder ENCODER =
      PasswordEncoderFactories.createDelegatingPasswordEncoder();

  private Passwords() {}

  public static PasswordEncoder encoder() {
    return ENCODER;
  }

  /** A new one-time password, to be shown once and stored only hashed. */
  public static String oneTime() {
    StringBuilder password = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }

  /**
   * What is wrong with a password its owner chose, in Chinese, or null when it will do: at least
   * {@value #MINIMUM} characters, not the one it replaces, typed the same twice.
   */
  public static String refusal(String chosen, String repeated, String currentHash) {
    if (chosen == null || chosen.length() < MINIMUM) {
      return "新密码至少" + MINIMUM + "个字符。";
    }
    if (!chosen.equals(repeated)) {
      return "两次输入的新密码不一致。";
    }
    if (ENCODER.matches(chosen, currentHash)) {
      return "新密码不能与原密码相同。";
    }
    return null;
  }
}
