package org.lianxi.ledger.rules;

import java.util.List;
import java.util.Optional;

/**
 * Where a rule's figures come from (依据): the clause of the county's document that sets them, with a
 * few characters of it quoted; or why a figure is the profile's own choice; or that the county set
 * it itself (an override in {@code county.yaml}, or a rule of its own). Not a judging input: a
 * profile's fingerprint leaves it out.
 *
 * @param clause the document's clause, when the document sets the figure (or asks for the duty)
 * @param choice why the profile chose a figure the document does not set (all or one variant)
 * @param county the county changed a figure of the rule, or made the rule: the figure is its own
 */
public record Citation(Optional<Clause> clause, Optional<String> choice, boolean county) {

  /** Nothing cited: a rule without a figure, or a county's own profile that cites nothing. */
  public static final Citation NONE = new Citation(Optional.empty(), Optional.empty(), false);

  /** A rule the county made itself ({@code county.yaml rules:}). */
  public static final Citation COUNTY = new Citation(Optional.empty(), Optional.empty(), true);

  /**
   * A clause of a document: {@code 三(一)2} of 古县乡镇综合行政执法协调联动机制.
   *
   * @param document the document's title, as the profile's {@code source:} names it
   * @param number the clause in the document's own numbering
   * @param quote a few characters copied from the clause, for a reader to check
   */
  public record Clause(String document, String number, String quote) {}

  /** The same figures, changed by the county. */
  public Citation byCounty() {
    return new Citation(clause, choice, true);
  }

  /**
   * The clause as a profile writes it ({@code 三(一)2}, or {@code 联席会议制度 第六条} for the second of the
   * documents its {@code source:} names), in the document it belongs to.
   *
   * @param documents the documents the profile's {@code source:} names, the first the default
   */
  static Clause clause(String written, String quote, List<String> documents) {
    String text = written.strip();
    int space = text.indexOf(' ');
    if (space > 0) {
      String head = text.substring(0, space);
      for (String document : documents) {
        if (document.endsWith(head)) {
          return new Clause(document, text.substring(space + 1).strip(), quote);
        }
      }
    }
    return new Clause(documents.isEmpty() ? "" : documents.get(0), text, quote);
  }

  /**
   * The documents a profile's {@code source:} names: {@code seed 001: 甲, 乙 (古政办发〔2021〕22号)} names 甲
   * and 乙; the seed's number before the colon and a note in round brackets at the end are not part
   * of a title.
   */
  static List<String> documents(String source) {
    String text = source.strip();
    int colon = text.indexOf(':');
    if (colon >= 0 && text.substring(0, colon).strip().startsWith("seed")) {
      text = text.substring(colon + 1).strip();
    }
    if (text.endsWith(")") && text.lastIndexOf(" (") > 0) {
      text = text.substring(0, text.lastIndexOf(" (")).strip();
    }
    return java.util.Arrays.stream(text.split("[,，、]"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }
}
