package org.lianxi.ledger.standard;

import java.text.Normalizer;
import java.util.function.IntPredicate;

/** Folding of what people type: full-width to half-width, spaces of every kind. */
public final class Text {

  private Text() {}

  /** Full-width letters, digits and punctuation folded to half-width (NFKC). */
  public static String fold(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC);
  }

  /**
   * Without surrounding white space, non-breaking and ideographic spaces included. Every cell of
   * every row goes through it, so it scans by hand (a regular expression tried both of its ends at
   * every character: an eighth of the time reading a province's files).
   */
  public static String strip(String text) {
    return trim(text, Text::isSpace);
  }

  /** Without the characters at either end that {@code edge} picks. */
  public static String trim(String text, IntPredicate edge) {
    int start = 0;
    int end = text.length();
    while (start < end && edge.test(text.charAt(start))) {
      start++;
    }
    while (end > start && edge.test(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  /** Folded, and every kind of white space removed. */
  public static String compact(String text) {
    String folded = fold(text);
    StringBuilder kept = null;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (!isSpace(c)) {
        if (kept != null) {
          kept.append(c);
        }
      } else if (kept == null) {
        kept = new StringBuilder(folded.length()).append(folded, 0, i);
      }
    }
    return kept == null ? folded : kept.toString();
  }

  /**
   * White space as people type it: ASCII's ({@code \s}: space, tab, line breaks, form feed), the
   * no-break and the ideographic space, and the byte-order mark.
   */
  private static boolean isSpace(int c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00A0' || c == '\u3000' || c == '\uFEFF';
  }
}
