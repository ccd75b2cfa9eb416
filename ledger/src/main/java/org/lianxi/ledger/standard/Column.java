package org.lianxi.ledger.standard;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One column of a sheet of the exchange standard.
 *
 * @param header the header as the standard prints it
 * @param field the ledger column the value is stored in
 * @param choices for {@link CellKind#CHOICE}: the Chinese label and the code stored for it
 * @param planned a date that may lie after the file arrived (a deadline, a meeting or an action
 *     announced ahead); every other date after the arrival is refused
 */
public record Column(
    String header,
    String field,
    CellKind kind,
    boolean required,
    Map<String, String> choices,
    boolean planned) {

  public Column {
    choices = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(choices));
  }

  static Column required(String header, String field, CellKind kind) {
    return new Column(header, field, kind, true, Map.of(), false);
  }

  static Column optional(String header, String field, CellKind kind) {
    return new Column(header, field, kind, false, Map.of(), false);
  }

  /** A choice column; {@code labelsAndCodes} alternate: label, code, label, code … */
  static Column choice(String header, String field, boolean required, String... labelsAndCodes) {
    Map<String, String> choices = new LinkedHashMap<>();
    for (int i = 0; i < labelsAndCodes.length; i += 2) {
      choices.put(labelsAndCodes[i], labelsAndCodes[i + 1]);
    }
    return new Column(header, field, CellKind.CHOICE, required, choices, false);
  }

  /** This date column, planned: it may lie after the file arrived. */
  Column asPlanned() {
    return new Column(header, field, kind, required, choices, true);
  }

  /** The Chinese label a choice column shows for a stored code. */
  public String labelOf(String code) {
    return choices.entrySet().stream()
        .filter(e -> e.getValue().equals(code))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(header + " has no code " + code));
  }
}
