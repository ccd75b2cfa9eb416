package org.lianxi.ledger.rules;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.lianxi.ledger.standard.RecordType;

/**
 * One rule of the catalogue (../shared/rules.md, {@code lianxi/rules.yaml}): the records it judges,
 * the event its duty starts at and the one that ends it, the unit that owes it, when it applies,
 * and which variant of its limit decides. Fields are ledger columns of the exchange standard.
 *
 * @param label what the duty asks, as chase lists and reports name it (移送案件)
 * @param before whether the duty must happen before its starting event (an advance notice)
 * @param due a column holding the row's own deadline date, judged instead of the limit
 * @param indicator the assessment indicator that counts the rule by default ({@link Indicators})
 */
public record RuleSpec(
    Rule rule,
    String label,
    Set<RecordType> records,
    Start start,
    End end,
    Owner owedBy,
    List<Condition> when,
    Optional<Condition> urgentWhen,
    Optional<Condition> extendedWhen,
    boolean before,
    Optional<String> due,
    String indicator) {

  public RuleSpec {
    records = Set.copyOf(records);
    when = List.copyOf(when);
  }

  /**
   * @throws IllegalArgumentException when the limits give a variant this rule does not have (an
   *     urgent limit for a rule with no {@code urgent-when}): a figure that would never be used
   */
  public void checkVariants(RuleLimits limits) {
    if (limits.urgent().isPresent() && urgentWhen.isEmpty()) {
      throw new IllegalArgumentException(
          rule.key() + " has no urgent variant (only a rule with urgent-when has one)");
    }
    if (limits.extended().isPresent() && extendedWhen.isEmpty()) {
      throw new IllegalArgumentException(
          rule.key() + " has no extended variant (only a rule with extended-when has one)");
    }
  }

  /** Where a duty starts. */
  public sealed interface Start {

    /** The starting event's value (a date or a date-time), or null while it has not happened. */
    Object value(Facts facts, Profile profile);

    /** The first of these columns the record has. */
    record FirstOf(List<String> fields) implements Start {
      public FirstOf {
        fields = List.copyOf(fields);
      }

      public Object value(Facts facts, Profile profile) {
        for (String field : fields) { // a loop, not a stream: judged for every rule of every record
          Object value = facts.value(field);
          if (value != null) {
            return value;
          }
        }
        return null;
      }
    }

    /** The column the profile's {@code decision.copy.from} chooses. */
    record ChosenByProfile(Map<Profile.DecisionCopyStart, String> fields) implements Start {
      public ChosenByProfile {
        fields = Map.copyOf(fields);
      }

      public Object value(Facts facts, Profile profile) {
        return facts.value(fields.get(profile.decisionCopyFrom()));
      }
    }
  }

  /** What ends a duty. */
  public sealed interface End {

    /** The ending event's value, or null while the duty is open. */
    Object value(Facts facts);

    /** A column of the record. */
    record Field(String field) implements End {
      public Object value(Facts facts) {
        return facts.value(field);
      }
    }

    /** The day the record first arrived in any file. */
    record Arrival() implements End {
      public Object value(Facts facts) {
        return facts.firstArrived();
      }
    }

    /** The other side's row: its column, else the day it first arrived. */
    record OtherSide(String field) implements End {
      public Object value(Facts facts) {
        return facts.otherSide(field);
      }
    }
  }

  /** Who owes a duty. */
  public sealed interface Owner {

    /** The unit that owes the duty, or null when the record names none. */
    String unit(Facts facts);

    /** The unit a column of the record names. */
    record Column(String field) implements Owner {
      public String unit(Facts facts) {
        return (String) facts.value(field);
      }
    }

    /** The unit that reported the row. */
    record Reporter() implements Owner {
      public String unit(Facts facts) {
        return facts.reporter().orElse(null);
      }
    }
  }

  /** A condition on a record. */
  public sealed interface Condition {

    boolean holds(Facts facts);

    /** The column has a value. */
    record Present(String field) implements Condition {
      public boolean holds(Facts facts) {
        return facts.value(field) != null;
      }
    }

    /** The column holds one of these values (codes of a choice, true or false of a 是/否). */
    record OneOf(String field, Set<Object> values) implements Condition {
      public OneOf {
        values = Set.copyOf(values);
      }

      public boolean holds(Facts facts) {
        Object value = facts.value(field);
        return value != null && values.contains(value);
      }
    }

    /** Two unit columns name different units. */
    record Differ(String field, String other) implements Condition {
      public boolean holds(Facts facts) {
        return !Objects.equals(facts.value(field), facts.value(other));
      }
    }

    /** The side of this direction ({@code OUT}: the sender's, {@code IN}) reported the record. */
    record Reported(String direction) implements Condition {
      public boolean holds(Facts facts) {
        return facts.reported(direction);
      }
    }

    /** Always: the variant decides every judgement of the rule. */
    record Always() implements Condition {
      public boolean holds(Facts facts) {
        return true;
      }
    }
  }

  /** Whether the rule judges this record at all. */
  public boolean applies(Facts facts) {
    for (Condition condition : when) {
      if (!condition.holds(facts)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether, under these limits, a record of the rule can be on time or late (counted in a rate):
   * its rows carry their own due date, or some limit that can decide it has a figure. Otherwise the
   * rule is only tracked: limit {@code none}.
   */
  public boolean scored(RuleLimits limits) {
    if (due.isPresent()) {
      return true;
    }
    List<Limit> deciding = new java.util.ArrayList<>();
    if (!extendedAlways()) {
      deciding.add(limits.limit());
    }
    urgentWhen.ifPresent(c -> deciding.add(limits.urgentOrLimit()));
    extendedWhen.ifPresent(c -> deciding.add(limits.extendedOrLimit()));
    return deciding.stream().anyMatch(l -> !(l instanceof Limit.None));
  }

  /** Whether the extended limit decides every judgement (sharing.lag's "at most"). */
  public boolean extendedAlways() {
    return extendedWhen.filter(Condition.Always.class::isInstance).isPresent();
  }

  /** The limit that decides: the row's own due date, else the variant its conditions choose. */
  public Limit limit(Facts facts, RuleLimits limits) {
    if (due.isPresent() && facts.value(due.get()) instanceof java.time.LocalDate date) {
      return new Limit.ByDate(date);
    }
    if (urgentWhen.isPresent() && urgentWhen.get().holds(facts)) {
      return limits.urgentOrLimit();
    }
    if (extendedWhen.isPresent() && extendedWhen.get().holds(facts)) {
      return limits.extendedOrLimit();
    }
    return limits.limit();
  }
}
