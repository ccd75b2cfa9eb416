package org.lianxi.ledger.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.lianxi.ledger.config.OneOrMore;
import org.lianxi.ledger.config.Required;
import tools.jackson.databind.JsonNode;

/**
 * The rule catalogue file ({@code lianxi/rules.yaml}) as it is written: rule key to entry, the
 * shape Jackson binds before {@link RuleCatalogue} resolves the columns and conditions in it.
 */
public final class RuleFile extends LinkedHashMap<String, RuleFile.Entry> {

  private static final long serialVersionUID = 1L;

  /**
   * One rule as written. {@code start}, {@code end} and the conditions take several forms (a
   * column, a list, a mapping), so they are read as nodes and resolved by the catalogue. {@code
   * limit} is for a county's own rule only: the shipped rules take theirs from the profile.
   */
  public record Entry(
      @Required String label,
      @Required @OneOrMore List<String> record,
      @Required JsonNode start,
      @Required JsonNode end,
      @Required String owedBy,
      Optional<List<JsonNode>> when,
      Optional<JsonNode> urgentWhen,
      Optional<JsonNode> extendedWhen,
      Optional<Direction> direction,
      Optional<String> due,
      Optional<String> indicator,
      Optional<String> limit) {}

  /** Whether the duty follows its starting event or must precede it (an advance notice). */
  public enum Direction {
    AFTER,
    BEFORE
  }
}
