package org.lianxi.ledger.standard;

import java.text.Normalizer;

/** Folding of what people type: full-width to half-width, spaces of every kind. */
public final class Text {

  private Text() {}

  /** Full-width letters, digits and punctuation folded to half-width (NFKC). */
  public static String fold(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC);
  }

  /** Without surrounding white space, non-breaking and ideographic spaces included. */
  public static String strip(String text) {
    return text.replaceAll("^[\\s\\u00A0\\u3000\\uFEFF]+|[\\s\\u00A0\\u3000\\uFEFF]+$", "");
  }

  /** Folded, and every kind of white space removed. */
  public static String compact(String text) {
    return fold(text).replaceAll("[\\s\\u00A0\\u3000\\uFEFF]+", "");
  }
}
