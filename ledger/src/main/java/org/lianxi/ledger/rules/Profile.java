package org.lianxi.ledger.rules;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.lianxi.ledger.Checksums;

/**
 * A county's rule profile: the limit of every rule, where 抄告 counts from, how often units must
 * submit, and the joint-meeting cadence. The five seed counties ship as profiles; a county may
 * override any single limit.
 */
public record Profile(
    String name,
    String county,
    String source,
    Map<Rule, RuleLimits> rules,
    DecisionCopyStart decisionCopyFrom,
    Cadence submissionCadence,
    Optional<JointMeeting> jointMeeting) {

  /** Where the 抄告 deadline counts from. */
  public enum DecisionCopyStart {
    /** 决定日期 */
    DECIDED,
    /** 送达日期 */
    SERVED
  }

  /** How often every unit must submit (a zero report counts). */
  public enum Cadence {
    WEEK,
    MONTH
  }

  /** The routine joint meeting: every half year, topics collected some working days before. */
  public record JointMeeting(Limit topicsBefore) {}

  public Profile {
    rules = new EnumMap<>(rules);
    for (Rule rule : Rule.values()) {
      if (!rules.containsKey(rule)) {
        throw new IllegalArgumentException("profile " + name + " sets no limit for " + rule.key());
      }
    }
    rules = Map.copyOf(rules);
  }

  public RuleLimits limits(Rule rule) {
    return rules.get(rule);
  }

  /**
   * A fingerprint of everything that decides a judgement, recorded beside each one so that a
   * profile or override change is visible.
   */
  public String version() {
    StringBuilder text = new StringBuilder(name);
    for (Rule rule : Rule.values()) {
      text.append('|').append(rule.key()).append('=').append(rules.get(rule).text());
    }
    text.append("|copy-from=")
        .append(decisionCopyFrom)
        .append("|cadence=")
        .append(submissionCadence);
    return Checksums.fingerprint(text.toString());
  }

  /**
   * This profile with one county override applied. Keys: {@code RULE}, {@code RULE.urgent}, {@code
   * RULE.extended}, {@code decision.copy.from} ({@code decided} or {@code served}), {@code
   * submission.cadence} ({@code week} or {@code month}).
   *
   * @throws IllegalArgumentException naming the unknown key or bad value
   */
  public Profile withOverride(String key, String value) {
    switch (key) {
      case "decision.copy.from" -> {
        return new Profile(
            name,
            county,
            source,
            rules,
            Profiles.enumValue(DecisionCopyStart.class, value, "decided, served"),
            submissionCadence,
            jointMeeting);
      }
      case "submission.cadence" -> {
        return new Profile(
            name,
            county,
            source,
            rules,
            decisionCopyFrom,
            Profiles.enumValue(Cadence.class, value, "week, month"),
            jointMeeting);
      }
      default -> {
        String[] parts = key.split("\\.");
        String ruleKey = parts.length > 2 ? parts[0] + "." + parts[1] : key;
        Rule rule =
            Rule.byKey(ruleKey)
                .orElseThrow(() -> new IllegalArgumentException("unknown rule '" + key + "'"));
        Limit limit = Limit.parse(value);
        RuleLimits current = rules.get(rule);
        RuleLimits changed =
            switch (parts.length > 2 ? parts[2] : "") {
              case "" -> current.withLimit(limit);
              case "urgent" -> current.withUrgent(limit);
              case "extended" -> current.withExtended(limit);
              default ->
                  throw new IllegalArgumentException(
                      "unknown rule '" + key + "': after the rule name only .urgent or .extended");
            };
        Map<Rule, RuleLimits> newRules = new EnumMap<>(rules);
        newRules.put(rule, changed);
        return new Profile(
            name, county, source, newRules, decisionCopyFrom, submissionCadence, jointMeeting);
      }
    }
  }
}
