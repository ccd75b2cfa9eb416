package org.lianxi.ledger.standard;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One column of a sheet of the exchange standard.
 *
 * @param header the header as the standard prints it
 * @param field the ledger column the value is stored in
 * @param choices for {@link CellKind#CHOICE}: the Chinese label and the code stored for it
 */
public record Column(
    String header, String field, CellKind kind, boolean required, Map<String, String> choices) {

  public Column {
    choices = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(choices));
  }

  static Column required(String header, String field, CellKind kind) {
    return new Column(header, field, kind, true, Map.of());
  }

  static Column optional(String header, String field, CellKind kind) {
    return new Column(header, field, kind, false, Map.of());
  }

  /** A choice column; {@code labelsAndCodes} alternate: label, code, label, code … */
  static Column choice(String header, String field, boolean required, String... labelsAndCodes) {
    Map<String, String> choices = new LinkedHashMap<>();
    for (int i = 0; i < labelsAndCodes.length; i += 2) {
      choices.put(labelsAndCodes[i], labelsAndCodes[i + 1]);
    }
    return new Column(header, field, CellKind.CHOICE, required, choices);
  }
}
