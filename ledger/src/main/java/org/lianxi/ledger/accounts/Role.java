package org.lianxi.ledger.accounts;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a console account may see (console.md): a member unit's liaison (联络员) its own unit, the
 * joint-meeting office (办公室) every unit, the auditor (审计) the audit log only.
 */
public enum Role {
  UNIT("联络员"),
  OFFICE("办公室"),
  AUDITOR("审计");

  private final String label;

  Role(String label) {
    this.label = label;
  }

  /** The role's Chinese name, as the command line takes it and the pages show it. */
  public String label() {
    return label;
  }

  /** A role by its Chinese name or its code ({@code UNIT}, {@code OFFICE}, {@code AUDITOR}). */
  public static Optional<Role> byName(String text) {
    String t = text == null ? "" : text.strip();
    return Arrays.stream(values())
        .filter(r -> r.label.equals(t) || r.name().equalsIgnoreCase(t))
        .findFirst();
  }
}
