package org.lianxi.ledger.rules;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.lianxi.ledger.config.YamlNode;

/** The rule profiles that ship with lianxi, one YAML file each under {@code lianxi/profiles/}. */
public final class Profiles {

  /** The five seed counties (../shared/seeds). */
  public static final List<String> NAMES =
      List.of("qingfeng", "guxian", "nanpaihe", "jianyang", "zhoucun");

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
      return read(YamlNode.parse(reader, resource));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static Profile read(YamlNode root) {
    Map<String, YamlNode> top =
        root.mapping(
            YamlNode.keys(
                "name",
                "county",
                "source",
                "rules",
                "decision-copy-from",
                "submission-cadence",
                "joint-meeting"));
    Map<Rule, RuleLimits> rules = new EnumMap<>(Rule.class);
    for (Map.Entry<String, YamlNode> entry :
        YamlNode.required(top, "rules", root).mapping().entrySet()) {
      YamlNode value = entry.getValue();
      Rule rule =
          Rule.byKey(entry.getKey())
              .orElseThrow(() -> value.error("unknown rule '" + entry.getKey() + "'"));
      rules.put(rule, limits(value));
    }
    Optional<Profile.JointMeeting> meeting =
        Optional.ofNullable(top.get("joint-meeting"))
            .map(
                node ->
                    new Profile.JointMeeting(
                        limit(
                            YamlNode.required(
                                node.mapping(YamlNode.keys("topics-before")),
                                "topics-before",
                                node))));
    try {
      return new Profile(
          YamlNode.required(top, "name", root).scalar(),
          YamlNode.required(top, "county", root).scalar(),
          YamlNode.required(top, "source", root).scalar(),
          rules,
          enumValue(
              Profile.DecisionCopyStart.class,
              YamlNode.required(top, "decision-copy-from", root).scalar(),
              "decided, served"),
          enumValue(
              Profile.Cadence.class,
              YamlNode.required(top, "submission-cadence", root).scalar(),
              "week, month"),
          meeting);
    } catch (IllegalArgumentException e) {
      throw root.error(e.getMessage());
    }
  }

  /** A rule's limits: a single limit, or {@code {limit, urgent, extended}}. */
  private static RuleLimits limits(YamlNode node) {
    if (node.isScalar()) {
      return RuleLimits.of(limit(node));
    }
    Map<String, YamlNode> parts = node.mapping(YamlNode.keys("limit", "urgent", "extended"));
    RuleLimits limits = RuleLimits.of(limit(YamlNode.required(parts, "limit", node)));
    if (parts.containsKey("urgent")) {
      limits = limits.withUrgent(limit(parts.get("urgent")));
    }
    if (parts.containsKey("extended")) {
      limits = limits.withExtended(limit(parts.get("extended")));
    }
    return limits;
  }

  private static Limit limit(YamlNode node) {
    try {
      return Limit.parse(node.scalar());
    } catch (IllegalArgumentException e) {
      throw node.error(e.getMessage());
    }
  }

  static <E extends Enum<E>> E enumValue(Class<E> type, String value, String known) {
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + value + "' is not one of: " + known);
    }
  }
}
