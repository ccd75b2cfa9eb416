package org.lianxi.ledger.standard;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Folding of what people type: full-width to half-width, spaces of every kind. */
public final class Text {

  // Compiled once: every cell of every row goes through these.
  private static final Pattern SURROUNDING_SPACE =
      Pattern.compile("^[\\s\\u00A0\\u3000\\uFEFF]+|[\\s\\u00A0\\u3000\\uFEFF]+$");
  private static final Pattern ANY_SPACE = Pattern.compile("[\\s\\u00A0\\u3000\\uFEFF]+");

  private Text() {}

  /** Full-width letters, digits and punctuation folded to half-width (NFKC). */
  public static String fold(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC);
  }

  /** Without surrounding white space, non-breaking and ideographic spaces included. */
  public static String strip(String text) {
    return SURROUNDING_SPACE.matcher(text).replaceAll("");
  }

  /** Folded, and every kind of white space removed. */
  public static String compact(String text) {
    return ANY_SPACE.matcher(fold(text)).replaceAll("");
  }
}
