package org.lianxi.ledger.rules;

import java.util.Optional;

/**
 * The limits a profile sets for one rule: the ordinary one, and where the documents give them, an
 * urgent one (紧急) and an extended one (延期 for assistance; "at most" for sharing).
 */
public record RuleLimits(Limit limit, Optional<Limit> urgent, Optional<Limit> extended) {

  public static RuleLimits of(Limit limit) {
    return new RuleLimits(limit, Optional.empty(), Optional.empty());
  }

  public RuleLimits withLimit(Limit l) {
    return new RuleLimits(l, urgent, extended);
  }

  public RuleLimits withUrgent(Limit l) {
    return new RuleLimits(limit, Optional.of(l), extended);
  }

  public RuleLimits withExtended(Limit l) {
    return new RuleLimits(limit, urgent, Optional.of(l));
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
