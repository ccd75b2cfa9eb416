package org.lianxi.ledger.rules;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lianxi.ledger.config.Required;
import tools.jackson.databind.JsonNode;

/**
 * A profile file (a shipped {@code lianxi/profiles/NAME.yaml}, or a county's own) as it is written,
 * the shape Jackson binds before {@link Profiles} checks the rules and limits in it.
 */
record ProfileFile(
    @Required String name,
    @Required String county,
    @Required String source,
    @Required Map<String, Limits> rules,
    @Required Profile.DecisionCopyStart decisionCopyFrom,
    @Required Profile.Cadence submissionCadence,
    Optional<JointMeeting> jointMeeting) {

  /**
   * A rule's limits, {@code {limit, urgent, extended}}, and where they come from: the {@code
   * clause} of the county's document with a few characters of it quoted ({@code quote}), or why the
   * figure is the profile's own {@code choice}. A single limit ({@code 5wd}) is still read, for a
   * county's own profile that cites nothing; it then needs to be {@code none}.
   */
  record Limits(
      @Required String limit,
      Optional<String> urgent,
      Optional<String> extended,
      Optional<String> clause,
      Optional<String> quote,
      Optional<String> choice,
      Optional<List<JsonNode>> unless) {

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    Limits {}

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Limits of(String limit) {
      return new Limits(
          limit,
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty());
    }

    /** Whether the figure says where it comes from: a clause quoted, or the profile's choice. */
    boolean sourced() {
      return clause.isPresent() && quote.isPresent() || choice.isPresent();
    }
  }

  /**
   * {@code meeting.routine}: how often a routine meeting must be held ({@code half-year}, the only
   * cadence the documents know), with the clause that asks it and a few characters of it.
   */
  record JointMeeting(@Required String routine, @Required String clause, @Required String quote) {}
}
