package org.lianxi.ledger.rules;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.lianxi.ledger.config.YamlFile;
import tools.jackson.core.JsonPointer;

/** The rule profiles that ship with lianxi, one YAML file each under {@code lianxi/profiles/}. */
public final class Profiles {

  /** The five seed counties (../shared/seeds). */
  public static final List<String> NAMES =
      List.of("qingfeng", "guxian", "nanpaihe", "jianyang", "zhoucun");

  private static final JsonPointer RULES = JsonPointer.compile("/rules");
  private static final JsonPointer JOINT_MEETING = JsonPointer.compile("/joint-meeting");

  private Profiles() {}

  /**
   * Loads a shipped profile.
   *
   * @throws IllegalArgumentException when there is no such profile
   */
  public static Profile load(String name) {
    if (!NAMES.contains(name)) {
      throw new IllegalArgumentException(
          "unknown profile '" + name + "' (known: " + String.join(", ", NAMES) + ")");
    }
    String resource = "/lianxi/profiles/" + name + ".yaml";
    InputStream in = Profiles.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("profile file missing from the classpath: " + resource);
    }
    try (InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return read(YamlFile.read(reader, resource));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * A county's own profile file, in the shipped profiles' form.
   *
   * @throws org.lianxi.ledger.config.ConfigException naming the file and line of a mistake
   */
  public static Profile load(java.nio.file.Path file) {
    try (java.io.Reader reader =
        java.nio.file.Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(YamlFile.read(reader, file.toString()));
    } catch (java.io.IOException e) {
      throw new org.lianxi.ledger.config.ConfigException(
          file + ": cannot be read: " + e.getMessage());
    }
  }

  static Profile read(YamlFile file) {
    ProfileFile shape = file.bind(ProfileFile.class);
    RuleCatalogue catalogue = RuleCatalogue.shipped();
    Map<Rule, RuleLimits> rules = new LinkedHashMap<>();
    List<String> documents = Citation.documents(shape.source());
    for (Map.Entry<String, ProfileFile.Limits> entry : shape.rules().entrySet()) {
      JsonPointer at = RULES.appendProperty(entry.getKey());
      RuleSpec spec =
          catalogue
              .rule(entry.getKey())
              .orElseThrow(() -> file.error(at, "unknown rule '" + entry.getKey() + "'"));
      RuleLimits limits =
          limits(entry.getValue(), at, file)
              .withCitation(citation(entry.getValue(), documents))
              .withUnless(
                  entry
                      .getValue()
                      .unless()
                      .map(
                          list ->
                              catalogue.conditions(file, at.appendProperty("unless"), list, spec))
                      .orElse(List.of()));
      if (!(limits.limit() instanceof Limit.None) && !entry.getValue().sourced()) {
        throw file.error(
            at,
            "say where "
                + limits.limit().text()
                + " comes from: the clause and a few characters of it (clause:, quote:), or why it"
                + " is the profile's own choice (choice:)");
      }
      file.valueAt(
          at,
          () -> {
            spec.checkVariants(limits);
            return limits;
          });
      rules.put(spec.rule(), limits);
    }
    Optional<Profile.JointMeeting> meeting =
        shape
            .jointMeeting()
            .map(
                m -> {
                  if (!m.routine().equals("half-year")) {
                    throw file.error(
                        JOINT_MEETING.appendProperty("routine"),
                        "'" + m.routine() + "': a routine meeting is held every half-year");
                  }
                  return new Profile.JointMeeting(m.clause(), m.quote());
                });
    return file.valueAt(
        JsonPointer.empty(),
        () ->
            new Profile(
                shape.name(),
                shape.county(),
                shape.source(),
                rules,
                shape.decisionCopyFrom(),
                shape.submissionCadence(),
                meeting,
                catalogue));
  }

  private static RuleLimits limits(ProfileFile.Limits given, JsonPointer at, YamlFile file) {
    RuleLimits limits = RuleLimits.of(limit(given.limit(), at, file));
    if (given.urgent().isPresent()) {
      limits = limits.withUrgent(limit(given.urgent().get(), at.appendProperty("urgent"), file));
    }
    if (given.extended().isPresent()) {
      limits =
          limits.withExtended(limit(given.extended().get(), at.appendProperty("extended"), file));
    }
    return limits;
  }

  /** Where the figure comes from, as the profile says beside it. */
  private static Citation citation(ProfileFile.Limits given, List<String> documents) {
    return new Citation(
        given.clause().map(clause -> Citation.clause(clause, given.quote().orElse(""), documents)),
        given.choice(),
        false);
  }

  private static Limit limit(String text, JsonPointer at, YamlFile file) {
    return file.valueAt(at, () -> Limit.parse(text));
  }

  static <E extends Enum<E>> E enumValue(Class<E> type, String value, String known) {
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + value + "' is not one of: " + known);
    }
  }
}
