package org.lianxi.ledger.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.lianxi.ledger.Checksums;

/**
 * A county's rule profile: the limit of every rule, where 抄告 counts from, how often units must
 * submit, and whether a routine joint meeting is due every half year. The five seed counties ship
 * as profiles; a county may override any single limit.
 */
public record Profile(
    String name,
    String county,
    String source,
    Map<Rule, RuleLimits> rules,
    DecisionCopyStart decisionCopyFrom,
    Cadence submissionCadence,
    Optional<JointMeeting> jointMeeting,
    RuleCatalogue catalogue) {

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

  /**
   * {@code meeting.routine}: the county's document asks for a routine joint meeting (会议类型 例行) in
   * every half year; where the call for topics is due is {@code meeting.topics-call}'s.
   *
   * @param clause where the document asks it, e.g. 联席会议制度 第六条
   * @param quote a few characters of that clause
   */
  public record JointMeeting(String clause, String quote) {}

  /** Every rule of the catalogue has its limits, and no other rule has any. */
  public Profile {
    Map<Rule, RuleLimits> ordered = new LinkedHashMap<>();
    for (RuleSpec spec : catalogue.rules()) {
      RuleLimits limits = rules.get(spec.rule());
      if (limits == null) {
        throw new IllegalArgumentException(
            "profile " + name + " sets no limit for " + spec.rule().key());
      }
      ordered.put(spec.rule(), limits);
    }
    for (Rule rule : rules.keySet()) {
      if (!ordered.containsKey(rule)) {
        throw new IllegalArgumentException("unknown rule '" + rule.key() + "'");
      }
    }
    rules = Collections.unmodifiableMap(ordered);
  }

  public RuleLimits limits(Rule rule) {
    RuleLimits limits = rules.get(rule);
    if (limits == null) {
      throw new IllegalArgumentException("profile " + name + " has no rule " + rule.key());
    }
    return limits;
  }

  /** This profile with a county's own rules, each judged by the limit it gives. */
  public Profile withRules(RuleCatalogue.CountyRules county) {
    Map<Rule, RuleLimits> all = new LinkedHashMap<>(rules);
    all.putAll(county.limits());
    return new Profile(
        name,
        this.county,
        source,
        all,
        decisionCopyFrom,
        submissionCadence,
        jointMeeting,
        county.catalogue());
  }

  /**
   * A fingerprint of everything that decides a judgement, recorded beside each one so that a
   * profile or override change is visible.
   */
  public String version() {
    StringBuilder text = new StringBuilder(name);
    rules.forEach(
        (rule, limits) ->
            text.append('|')
                .append(rule.key())
                .append('=')
                .append(limits.text())
                .append(limits.unless().isEmpty() ? "" : " unless " + limits.unless()));
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
            jointMeeting,
            catalogue);
      }
      case "submission.cadence" -> {
        return new Profile(
            name,
            county,
            source,
            rules,
            decisionCopyFrom,
            Profiles.enumValue(Cadence.class, value, "week, month"),
            jointMeeting,
            catalogue);
      }
      default -> {
        String[] parts = key.split("\\.");
        String ruleKey = parts.length > 2 ? parts[0] + "." + parts[1] : key;
        RuleSpec spec =
            catalogue
                .rule(ruleKey)
                .orElseThrow(() -> new IllegalArgumentException("unknown rule '" + key + "'"));
        Limit limit = Limit.parse(value);
        RuleLimits current = rules.get(spec.rule());
        String variant = parts.length > 2 ? parts[2] : "";
        RuleLimits changed =
            switch (variant) {
              case "" -> current.withLimit(limit);
              case "urgent" -> current.withUrgent(limit);
              case "extended" -> current.withExtended(limit);
              default ->
                  throw new IllegalArgumentException(
                      "unknown rule '" + key + "': after the rule name only .urgent or .extended");
            };
        spec.checkVariants(changed);
        // the figure is now the county's, whatever the document says
        changed = changed.withCitation(current.citation().byCounty());
        Map<Rule, RuleLimits> newRules = new LinkedHashMap<>(rules);
        newRules.put(spec.rule(), changed);
        return new Profile(
            name,
            county,
            source,
            newRules,
            decisionCopyFrom,
            submissionCadence,
            jointMeeting,
            catalogue);
      }
    }
  }
}
