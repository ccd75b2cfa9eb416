package org.lianxi.ledger.county;

import static org.lianxi.ledger.config.YamlNode.keys;
import static org.lianxi.ledger.config.YamlNode.required;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.lianxi.ledger.config.ConfigException;
import org.lianxi.ledger.config.YamlNode;
import org.lianxi.ledger.rules.Profile;
import org.lianxi.ledger.rules.Profiles;

/**
 * Reads and validates {@code county.yaml} (../shared/interfaces.md). Every mistake is a {@link
 * ConfigException} naming the file, the line and the key: an unknown key, a unit code used twice,
 * names or aliases that two units share, an address two units register, an unknown profile, rule,
 * unit type or indicator, a limit that is not a limit.
 */
public final class CountyConfigLoader {

  /** The assessment indicators and their default weights (../shared/reports.md section 2). */
  public static final Map<String, Integer> DEFAULT_WEIGHTS = defaultWeights();

  private static final String EXAMPLE = "/lianxi/example-county.yaml";
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,32}");
  private static final Pattern FOLDER = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
  private static final Pattern DURATION = Pattern.compile("(\\d{1,4})\\s*(s|m|h)");

  private CountyConfigLoader() {}

  public static CountyConfig load(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader, file.toString());
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
    YamlNode root = YamlNode.parse(reader, source);
    Map<String, YamlNode> top =
        root.mapping(keys("county", "units", "channels", "schedule", "assessment"));
    YamlNode countyNode = required(top, "county", root);
    Map<String, YamlNode> county = countyNode.mapping(keys("name", "profile", "overrides"));
    String name = required(county, "name", countyNode).scalar();
    YamlNode profileNode = required(county, "profile", countyNode);
    Profile profile;
    try {
      profile = Profiles.load(profileNode.scalar());
    } catch (IllegalArgumentException e) {
      throw profileNode.error(e.getMessage());
    }
    Map<String, String> overrides = new LinkedHashMap<>();
    if (county.containsKey("overrides")) {
      for (Map.Entry<String, YamlNode> entry : county.get("overrides").mapping().entrySet()) {
        try {
          profile = profile.withOverride(entry.getKey(), entry.getValue().scalar());
        } catch (IllegalArgumentException e) {
          throw entry.getValue().error(e.getMessage());
        }
        overrides.put(entry.getKey(), entry.getValue().scalar());
      }
    }
    List<Unit> units = units(required(top, "units", root));
    Channels channels =
        top.containsKey("channels") ? channels(top.get("channels")) : Channels.none();
    CountyConfig.Schedule schedule =
        top.containsKey("schedule")
            ? schedule(top.get("schedule"))
            : CountyConfig.Schedule.defaults();
    Map<String, Integer> weights =
        top.containsKey("assessment") ? weights(top.get("assessment")) : DEFAULT_WEIGHTS;
    return new CountyConfig(name, profile, overrides, units, channels, schedule, weights, source);
  }

  private static List<Unit> units(YamlNode node) {
    List<Unit> units = new ArrayList<>();
    Map<String, String> nameOwners = new HashMap<>();
    Map<String, String> emailOwners = new HashMap<>();
    Map<String, String> folderOwners = new HashMap<>();
    for (YamlNode item : node.sequence()) {
      Map<String, YamlNode> u =
          item.mapping(keys("code", "name", "type", "aliases", "sftp-folder", "emails", "liaison"));
      YamlNode codeNode = required(u, "code", item);
      String code = codeNode.scalar();
      if (!CODE.matcher(code).matches()) {
        throw codeNode.error("a unit code is 1-32 letters, digits, '-' or '_': '" + code + "'");
      }
      if (units.stream().anyMatch(existing -> existing.code().equals(code))) {
        throw codeNode.error("the unit code '" + code + "' is used twice");
      }
      YamlNode typeNode = required(u, "type", item);
      UnitType type;
      try {
        type = UnitType.valueOf(typeNode.scalar().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw typeNode.error(
            "unknown unit type '"
                + typeNode.scalar()
                + "' (TOWNSHIP, DEPARTMENT, JUDICIAL, OFFICE)");
      }
      Optional<String> folder = Optional.ofNullable(u.get("sftp-folder")).map(YamlNode::scalar);
      if (folder.isPresent()) {
        if (!FOLDER.matcher(folder.get()).matches() || folder.get().matches("\\.+")) {
          throw u.get("sftp-folder")
              .error("an SFTP folder is one plain folder name (letters, digits, '.', '-', '_')");
        }
        claim(folderOwners, folder.get(), code, u.get("sftp-folder"), "SFTP folder");
      }
      List<String> emails = u.containsKey("emails") ? u.get("emails").strings() : List.of();
      for (String email : emails) {
        if (!email.matches("[^@\\s]+@[^@\\s]+")) {
          throw u.get("emails").error("'" + email + "' is not a mail address");
        }
        claim(emailOwners, email.toLowerCase(Locale.ROOT), code, u.get("emails"), "address");
      }
      Unit unit =
          new Unit(
              code,
              required(u, "name", item).scalar(),
              type,
              u.containsKey("aliases") ? u.get("aliases").strings() : List.of(),
              folder,
              emails,
              Optional.ofNullable(u.get("liaison")).map(CountyConfigLoader::liaison));
      for (String known : UnitNames.namesOf(unit)) {
        YamlNode where = u.containsKey("aliases") ? u.get("aliases") : item;
        claim(nameOwners, UnitNames.key(known), code, where, "name or alias '" + known + "'");
      }
      units.add(unit);
    }
    if (units.isEmpty()) {
      throw node.error("at least one unit is needed");
    }
    return units;
  }

  /** Records that {@code owner} uses a name; a second unit using it is an error. */
  private static void claim(
      Map<String, String> owners, String value, String owner, YamlNode where, String what) {
    String previous = owners.putIfAbsent(value, owner);
    if (previous != null && !previous.equals(owner)) {
      throw where.error("the " + what + " is used by both " + previous + " and " + owner);
    }
  }

  private static Unit.Liaison liaison(YamlNode node) {
    Map<String, YamlNode> l = node.mapping(keys("name", "phone"));
    return new Unit.Liaison(
        required(l, "name", node).scalar(),
        Optional.ofNullable(l.get("phone")).map(YamlNode::scalar).orElse(""));
  }

  private static Channels channels(YamlNode node) {
    Map<String, YamlNode> c = node.mapping(keys("sftp", "mail"));
    return new Channels(
        Optional.ofNullable(c.get("sftp")).map(CountyConfigLoader::sftp),
        Optional.ofNullable(c.get("mail")).map(CountyConfigLoader::mail));
  }

  private static Channels.Sftp sftp(YamlNode node) {
    Map<String, YamlNode> s =
        node.mapping(keys("host", "port", "user", "private-key", "known-hosts", "root"));
    int port = s.containsKey("port") ? s.get("port").integer() : 22;
    if (port < 1 || port > 65535) {
      throw s.get("port").error("a port is 1-65535");
    }
    return new Channels.Sftp(
        required(s, "host", node).scalar(),
        port,
        required(s, "user", node).scalar(),
        Path.of(required(s, "private-key", node).scalar()),
        Path.of(required(s, "known-hosts", node).scalar()),
        Optional.ofNullable(s.get("root")).map(YamlNode::scalar));
  }

  private static Channels.Mail mail(YamlNode node) {
    Map<String, YamlNode> m =
        node.mapping(keys("imap", "smtp", "user", "password-env", "from", "office", "folder"));
    return new Channels.Mail(
        uri(required(m, "imap", node), "imap", "imaps"),
        uri(required(m, "smtp", node), "smtp", "smtps"),
        required(m, "user", node).scalar(),
        required(m, "password-env", node).scalar(),
        required(m, "from", node).scalar(),
        m.containsKey("office") ? m.get("office").strings() : List.of(),
        Optional.ofNullable(m.get("folder")).map(YamlNode::scalar).orElse("INBOX"));
  }

  private static URI uri(YamlNode node, String... schemes) {
    try {
      URI uri = new URI(node.scalar());
      if (uri.getHost() == null || !List.of(schemes).contains(uri.getScheme())) {
        throw node.error("expected " + String.join(" or ", schemes) + "://host:port");
      }
      return uri;
    } catch (java.net.URISyntaxException e) {
      throw node.error("not an address: " + e.getMessage());
    }
  }

  private static CountyConfig.Schedule schedule(YamlNode node) {
    Map<String, YamlNode> s = node.mapping(keys("poll", "nightly", "freeze-after-days"));
    CountyConfig.Schedule defaults = CountyConfig.Schedule.defaults();
    Duration poll = defaults.poll();
    if (s.containsKey("poll")) {
      var m = DURATION.matcher(s.get("poll").scalar());
      if (!m.matches() || Integer.parseInt(m.group(1)) == 0) {
        throw s.get("poll").error("write the poll interval as 30s, 5m or 1h");
      }
      long n = Long.parseLong(m.group(1));
      poll =
          switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            default -> Duration.ofHours(n);
          };
    }
    LocalTime nightly = defaults.nightly();
    if (s.containsKey("nightly")) {
      try {
        nightly = LocalTime.parse(s.get("nightly").scalar());
      } catch (DateTimeParseException e) {
        throw s.get("nightly").error("write the nightly time as HH:MM, e.g. \"01:30\"");
      }
    }
    int freezeAfterDays = defaults.freezeAfterDays();
    if (s.containsKey("freeze-after-days")) {
      String days = s.get("freeze-after-days").scalar();
      if (!days.matches("\\d{1,3}")) {
        throw s.get("freeze-after-days")
            .error("write the days after a period's end as a number, e.g. 30");
      }
      freezeAfterDays = Integer.parseInt(days);
    }
    return new CountyConfig.Schedule(poll, nightly, freezeAfterDays);
  }

  private static Map<String, Integer> weights(YamlNode node) {
    Map<String, YamlNode> a = node.mapping(keys("weights"));
    if (!a.containsKey("weights")) {
      return DEFAULT_WEIGHTS;
    }
    Map<String, Integer> weights = new LinkedHashMap<>();
    for (Map.Entry<String, YamlNode> entry : a.get("weights").mapping().entrySet()) {
      if (!DEFAULT_WEIGHTS.containsKey(entry.getKey())) {
        throw entry
            .getValue()
            .error(
                "unknown indicator '"
                    + entry.getKey()
                    + "' (known: "
                    + String.join(", ", DEFAULT_WEIGHTS.keySet())
                    + ")");
      }
      int weight = entry.getValue().integer();
      if (weight < 0) {
        throw entry.getValue().error("a weight is 0 or more");
      }
      weights.put(entry.getKey(), weight);
    }
    if (weights.values().stream().mapToInt(Integer::intValue).sum() == 0) {
      throw a.get("weights").error("the weights add up to 0");
    }
    return weights;
  }

  private static Map<String, Integer> defaultWeights() {
    Map<String, Integer> w = new LinkedHashMap<>();
    w.put("按时移送率", 20);
    w.put("回执及时率", 10);
    w.put("受理告知及时率", 10);
    w.put("协助复函及时率", 15);
    w.put("信息共享及时率", 15);
    w.put("报送完整率", 15);
    w.put("投诉举报反馈率", 5);
    w.put("数据合格率", 10);
    return java.util.Collections.unmodifiableMap(w);
  }
}
