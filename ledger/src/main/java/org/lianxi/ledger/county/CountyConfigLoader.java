package org.lianxi.ledger.county;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lianxi.ledger.config.ConfigException;
import org.lianxi.ledger.config.YamlFile;
import org.lianxi.ledger.rules.Indicators;
import org.lianxi.ledger.rules.Profile;
import org.lianxi.ledger.rules.Profiles;
import org.lianxi.ledger.rules.RuleCatalogue;
import org.lianxi.ledger.rules.RuleSpec;
import tools.jackson.core.JsonPointer;

/**
 * Reads and validates {@code county.yaml} (../shared/interfaces.md): Jackson binds it into {@link
 * CountyFile}, then this turns it into a {@link CountyConfig}. Every mistake is a {@link
 * ConfigException} naming the file, the line and the key: an unknown or missing key, a value of the
 * wrong kind, a unit code used twice, names or aliases that two units share, an address or SFTP
 * folder two units register ({@link UnitRoster}), an unknown profile, rule, unit type or indicator,
 * a limit that is not a limit.
 */
public final class CountyConfigLoader {

  /** The assessment indicators and their default weights (../shared/reports.md section 2). */
  public static final Map<String, Integer> DEFAULT_WEIGHTS = Indicators.DEFAULT_WEIGHTS;

  private static final String EXAMPLE = "/lianxi/example-county.yaml";
  // Jackson reads a Duration as ISO-8601 (PT5M); the file writes 5m, as people do
  private static final Pattern DURATION = Pattern.compile("(\\d{1,4})\\s*(s|m|h)");

  private static final JsonPointer COUNTY = JsonPointer.compile("/county");
  private static final JsonPointer SFTP = JsonPointer.compile("/channels/sftp");
  private static final JsonPointer MAIL = JsonPointer.compile("/channels/mail");
  private static final JsonPointer SCHEDULE = JsonPointer.compile("/schedule");
  private static final JsonPointer CONSOLE = JsonPointer.compile("/console/address");
  private static final Pattern ADDRESS =
      Pattern.compile(
          "(?:\\[(?<v6>[0-9A-Fa-f:.]+)]|(?<host>[A-Za-z0-9][A-Za-z0-9.-]*)):(?<port>\\d{1,5})");
  private static final JsonPointer WEIGHTS = JsonPointer.compile("/assessment/weights");
  private static final JsonPointer INDICATORS = JsonPointer.compile("/assessment/indicators");
  private static final JsonPointer ACCOUNTABILITY = JsonPointer.compile("/accountability");

  private CountyConfigLoader() {}

  public static CountyConfig load(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader, file.toString(), file.toAbsolutePath().getParent());
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot be read: " + e.getMessage());
    }
  }

  /** The bundled example county (古县, from seed 001). */
  public static CountyConfig example() {
    InputStream in = CountyConfigLoader.class.getResourceAsStream(EXAMPLE);
    if (in == null) {
      throw new IllegalStateException("example county missing from the classpath");
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return read(reader, "example county.yaml (bundled)");
    } catch (IOException e) {
      throw new ConfigException("example county: " + e.getMessage());
    }
  }

  public static CountyConfig read(Reader reader, String source) {
    return read(reader, source, Path.of(""));
  }

  /**
   * @param folder where a profile file the county names by a relative path is looked for (the
   *     county file's own folder)
   */
  static CountyConfig read(Reader reader, String source, Path folder) {
    YamlFile file = YamlFile.read(reader, source);
    CountyFile shape = file.bind(CountyFile.class);
    CountyFile.County county = shape.county();
    Profile profile =
        file.valueAt(COUNTY.appendProperty("profile"), () -> profile(county.profile(), folder));
    if (county.rules().isPresent()) {
      profile =
          profile.withRules(
              profile
                  .catalogue()
                  .withCountyRules(file, COUNTY.appendProperty("rules"), county.rules().get()));
    }
    for (Map.Entry<String, String> override : county.overrides().entrySet()) {
      Profile base = profile;
      profile =
          file.valueAt(
              COUNTY.appendProperty("overrides").appendProperty(override.getKey()),
              () -> base.withOverride(override.getKey(), override.getValue()));
    }
    List<Unit> units = UnitRoster.read(shape.units(), file);
    Channels channels =
        shape
            .channels()
            .map(
                c ->
                    new Channels(
                        c.sftp().map(s -> sftp(s, file)), c.mail().map(m -> mail(m, file))))
            .orElse(Channels.none());
    CountyConfig.Schedule schedule =
        shape.schedule().map(s -> schedule(s, file)).orElse(CountyConfig.Schedule.defaults());
    CountyConfig.Console console =
        shape
            .console()
            .flatMap(CountyFile.Console::address)
            .map(a -> console(a, file))
            .orElse(CountyConfig.Console.defaults());
    Map<String, List<String>> indicators =
        indicators(
            profile.catalogue(),
            shape.assessment().flatMap(CountyFile.Assessment::indicators).orElse(Map.of()),
            file);
    Map<String, Integer> weights =
        shape
            .assessment()
            .flatMap(CountyFile.Assessment::weights)
            .map(w -> weights(w, indicators.keySet(), file))
            .orElse(DEFAULT_WEIGHTS);
    Profile judged = profile;
    Accountability accountability =
        shape
            .accountability()
            .map(a -> accountability(a, judged, file))
            .orElse(Accountability.defaults());
    return new CountyConfig(
        county.name(),
        profile,
        county.overrides(),
        units,
        channels,
        schedule,
        console,
        weights,
        indicators,
        accountability,
        source);
  }

  /** A shipped profile by its name, or a county's own profile file by its path. */
  private static Profile profile(String name, Path folder) {
    if (Profiles.NAMES.contains(name)) {
      return Profiles.load(name);
    }
    if (!name.endsWith(".yaml") && !name.endsWith(".yml")) {
      throw new IllegalArgumentException(
          "unknown profile '"
              + name
              + "' (known: "
              + String.join(", ", Profiles.NAMES)
              + ", or the path of a profile file ending in .yaml)");
    }
    Path path = folder.resolve(name);
    if (!Files.isRegularFile(path)) {
      throw new IllegalArgumentException("no profile file " + path);
    }
    return Profiles.load(path);
  }

  private static Channels.Sftp sftp(CountyFile.Sftp s, YamlFile file) {
    if (s.port() < 1 || s.port() > 65535) {
      throw file.error(SFTP.appendProperty("port"), "a port is 1-65535");
    }
    return new Channels.Sftp(
        s.host(), s.port(), s.user(), Path.of(s.privateKey()), Path.of(s.knownHosts()), s.root());
  }

  private static Channels.Mail mail(CountyFile.Mail m, YamlFile file) {
    return new Channels.Mail(
        address(m.imap(), MAIL.appendProperty("imap"), file, "imap", "imaps"),
        address(m.smtp(), MAIL.appendProperty("smtp"), file, "smtp", "smtps"),
        m.user(),
        m.passwordEnv(),
        m.from(),
        m.office(),
        m.folder());
  }

  private static URI address(URI uri, JsonPointer at, YamlFile file, String... schemes) {
    if (uri.getHost() == null || !List.of(schemes).contains(uri.getScheme())) {
      throw file.error(at, "expected " + String.join(" or ", schemes) + "://host:port");
    }
    return uri;
  }

  private static CountyConfig.Schedule schedule(CountyFile.Schedule s, YamlFile file) {
    CountyConfig.Schedule defaults = CountyConfig.Schedule.defaults();
    Duration poll = s.poll().map(text -> poll(text, file)).orElse(defaults.poll());
    int freezeAfterDays = s.freezeAfterDays().orElse(defaults.freezeAfterDays());
    if (freezeAfterDays < 0 || freezeAfterDays > 999) {
      throw file.error(
          SCHEDULE.appendProperty("freeze-after-days"),
          "write the days after a period's end as a number, e.g. 30");
    }
    return new CountyConfig.Schedule(poll, s.nightly().orElse(defaults.nightly()), freezeAfterDays);
  }

  /** {@code host:port}: a host name or IPv4 address, or an IPv6 address in brackets. */
  private static CountyConfig.Console console(String text, YamlFile file) {
    Matcher m = ADDRESS.matcher(text.strip());
    int port = m.matches() ? Integer.parseInt(m.group("port")) : 0;
    if (port < 1 || port > 65535) {
      throw file.error(
          CONSOLE, "write the console's address as host:port, e.g. 127.0.0.1:8080 or [::1]:8080");
    }
    return new CountyConfig.Console(m.group("v6") != null ? m.group("v6") : m.group("host"), port);
  }

  private static Duration poll(String text, YamlFile file) {
    Matcher m = DURATION.matcher(text.strip());
    if (!m.matches() || Integer.parseInt(m.group(1)) == 0) {
      throw file.error(SCHEDULE.appendProperty("poll"), "write the poll interval as 30s, 5m or 1h");
    }
    long n = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "s" -> Duration.ofSeconds(n);
      case "m" -> Duration.ofMinutes(n);
      default -> Duration.ofHours(n);
    };
  }

  /**
   * The rules each indicator counted from rules sums: the catalogue's grouping, with each rule the
   * county names under {@code assessment.indicators} moved to the indicator it names there (one of
   * lianxi's or the county's own). An unknown rule, a rule named twice, or an indicator that is not
   * counted from rules is refused naming the line.
   */
  private static Map<String, List<String>> indicators(
      RuleCatalogue catalogue, Map<String, List<String>> given, YamlFile file) {
    Map<String, String> indicatorOf = new LinkedHashMap<>();
    for (RuleSpec rule : catalogue.rules()) {
      indicatorOf.put(rule.rule().key(), rule.indicator());
    }
    Map<String, JsonPointer> named = new HashMap<>();
    for (Map.Entry<String, List<String>> entry : given.entrySet()) {
      JsonPointer at = INDICATORS.appendProperty(entry.getKey());
      if (Indicators.NOT_FROM_RULES.contains(entry.getKey())) {
        throw file.error(
            at, "'" + entry.getKey() + "' is not counted from rules: it takes no rules");
      }
      List<String> rules = entry.getValue() == null ? List.of() : entry.getValue();
      for (int i = 0; i < rules.size(); i++) {
        String rule = rules.get(i);
        JsonPointer item = at.appendIndex(i);
        if (!indicatorOf.containsKey(rule)) {
          throw file.error(
              item,
              "unknown rule '"
                  + rule
                  + "' (known: "
                  + String.join(", ", indicatorOf.keySet())
                  + ")");
        }
        if (named.putIfAbsent(rule, item) != null) {
          throw file.error(
              item, "the rule '" + rule + "' is named twice: a rule counts in one indicator");
        }
        indicatorOf.put(rule, entry.getKey());
      }
    }
    Map<String, List<String>> indicators = new LinkedHashMap<>();
    for (String indicator : Indicators.FROM_RULES) {
      indicators.put(indicator, new ArrayList<>());
    }
    for (String indicator : given.keySet()) {
      indicators.putIfAbsent(indicator, new ArrayList<>());
    }
    indicatorOf.forEach(
        (rule, indicator) ->
            indicators.computeIfAbsent(indicator, i -> new ArrayList<>()).add(rule));
    return indicators;
  }

  /**
   * What the accountability list names: the threshold a limit in working days, days or hours; the
   * rules named at any lateness rules of the catalogue (the county's own included), each once; the
   * repeat count 2 or more. Absent parts keep the defaults.
   */
  private static Accountability accountability(
      CountyFile.Accountability given, Profile profile, YamlFile file) {
    Accountability defaults = Accountability.defaults();
    var threshold =
        given
            .threshold()
            .map(
                text ->
                    file.valueAt(
                        ACCOUNTABILITY.appendProperty("threshold"),
                        () -> Accountability.threshold(text)))
            .orElse(defaults.threshold());
    Set<org.lianxi.ledger.rules.Rule> anyLateness = new LinkedHashSet<>();
    List<String> named =
        given
            .anyLateness()
            .orElse(defaults.anyLateness().stream().map(r -> r.key()).sorted().toList());
    for (int i = 0; i < named.size(); i++) {
      JsonPointer item = ACCOUNTABILITY.appendProperty("any-lateness").appendIndex(i);
      String key = named.get(i);
      RuleSpec spec =
          profile
              .catalogue()
              .rule(key)
              .orElseThrow(
                  () ->
                      file.error(
                          item,
                          "unknown rule '"
                              + key
                              + "' (known: "
                              + String.join(
                                  ", ",
                                  profile.catalogue().rules().stream()
                                      .map(r -> r.rule().key())
                                      .toList())
                              + ")"));
      if (!anyLateness.add(spec.rule())) {
        throw file.error(item, "the rule '" + key + "' is named twice");
      }
    }
    int repeated = given.repeated().orElse(defaults.repeated());
    if (repeated < 2) {
      throw file.error(
          ACCOUNTABILITY.appendProperty("repeated"),
          "write how many late duties of one unit on one rule make a line, 2 or more (e.g. 3)");
    }
    return new Accountability(threshold, anyLateness, repeated);
  }

  private static Map<String, Integer> weights(
      Map<String, Integer> given, Set<String> fromRules, YamlFile file) {
    Set<String> known = new LinkedHashSet<>(DEFAULT_WEIGHTS.keySet());
    known.addAll(fromRules);
    Map<String, Integer> weights = new LinkedHashMap<>();
    for (Map.Entry<String, Integer> entry : given.entrySet()) {
      JsonPointer at = WEIGHTS.appendProperty(entry.getKey());
      if (!known.contains(entry.getKey())) {
        throw file.error(
            at,
            "unknown indicator '" + entry.getKey() + "' (known: " + String.join(", ", known) + ")");
      }
      if (entry.getValue() < 0) {
        throw file.error(at, "a weight is 0 or more");
      }
      weights.put(entry.getKey(), entry.getValue());
    }
    if (weights.values().stream().mapToInt(Integer::intValue).sum() == 0) {
      throw file.error(WEIGHTS, "the weights add up to 0");
    }
    return weights;
  }
}
