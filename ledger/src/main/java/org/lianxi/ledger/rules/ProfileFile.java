package org.lianxi.ledger.rules;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Map;
import java.util.Optional;
import org.lianxi.ledger.config.Required;

/**
 * A shipped profile file ({@code lianxi/profiles/NAME.yaml}) as it is written, the shape Jackson
 * binds before {@link Profiles} checks the rules and limits in it.
 */
record ProfileFile(
    @Required String name,
    @Required String county,
    @Required String source,
    @Required Map<String, Limits> rules,
    @Required Profile.DecisionCopyStart decisionCopyFrom,
    @Required Profile.Cadence submissionCadence,
    Optional<JointMeeting> jointMeeting) {

  /** A rule's limits: a single limit ({@code 5wd}), or {@code {limit, urgent, extended}}. */
  record Limits(@Required String limit, Optional<String> urgent, Optional<String> extended) {

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    Limits {}

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Limits of(String limit) {
      return new Limits(limit, Optional.empty(), Optional.empty());
    }
  }

  record JointMeeting(@Required String topicsBefore) {}
}
