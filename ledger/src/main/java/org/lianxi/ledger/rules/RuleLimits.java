package org.lianxi.ledger.rules;

import java.util.List;
import java.util.Optional;

/**
 * The limits a profile sets for one rule: the ordinary one, and where the documents give them, an
 * urgent one (紧急) and an extended one (延期 for assistance; "at most" for sharing).
 *
 * @param unless where the profile's document narrows the rule: records meeting any of these are not
 *     judged by it (qingfeng's 协助复函 is not for 检验检测鉴定, which its 三(五) judges instead)
 * @param citation where the figures come from (the accountability list cites it); not part of
 *     {@link #text()}, so a profile's fingerprint does not change with it
 */
public record RuleLimits(
    Limit limit,
    Optional<Limit> urgent,
    Optional<Limit> extended,
    List<RuleSpec.Condition> unless,
    Citation citation) {

  public RuleLimits {
    unless = List.copyOf(unless);
  }

  public static RuleLimits of(Limit limit) {
    return new RuleLimits(limit, Optional.empty(), Optional.empty(), List.of(), Citation.NONE);
  }

  public RuleLimits withLimit(Limit l) {
    return new RuleLimits(l, urgent, extended, unless, citation);
  }

  public RuleLimits withUrgent(Limit l) {
    return new RuleLimits(limit, Optional.of(l), extended, unless, citation);
  }

  public RuleLimits withExtended(Limit l) {
    return new RuleLimits(limit, urgent, Optional.of(l), unless, citation);
  }

  public RuleLimits withUnless(List<RuleSpec.Condition> conditions) {
    return new RuleLimits(limit, urgent, extended, conditions, citation);
  }

  public RuleLimits withCitation(Citation c) {
    return new RuleLimits(limit, urgent, extended, unless, c);
  }

  /** Whether the profile leaves this record out of the rule. */
  public boolean excludes(Facts facts) {
    for (RuleSpec.Condition condition : unless) {
      if (condition.holds(facts)) {
        return true;
      }
    }
    return false;
  }

  /** The urgent limit, or the ordinary one where the profile sets none. */
  public Limit urgentOrLimit() {
    return urgent.orElse(limit);
  }

  /** The extended limit, or the ordinary one where the profile sets none. */
  public Limit extendedOrLimit() {
    return extended.orElse(limit);
  }

  /** As written in a profile, e.g. {@code 3wd; urgent 24h}. */
  public String text() {
    return limit.text()
        + urgent.map(u -> "; urgent " + u.text()).orElse("")
        + extended.map(e -> "; extended " + e.text()).orElse("");
  }
}
