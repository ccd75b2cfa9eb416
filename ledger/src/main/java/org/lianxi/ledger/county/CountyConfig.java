package org.lianxi.ledger.county;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lianxi.ledger.rules.Profile;

/**
 * The county configuration ({@code county.yaml}), validated: the county and its effective rule
 * profile (the shipped profile with the county's overrides applied), its units, channels, schedule
 * and assessment weights and indicators.
 *
 * @param weights the weight of each assessed indicator (one left out is not assessed)
 * @param indicators the rules each indicator counted from rules sums, by rule key: the catalogue's
 *     grouping with the county's {@code assessment.indicators} applied; every rule in exactly one
 * @param console where {@code serve} serves the console ({@code console:})
 * @param accountability what the accountability list names ({@code accountability:})
 */
public record CountyConfig(
    String countyName,
    Profile profile,
    Map<String, String> overrides,
    List<Unit> units,
    Channels channels,
    Schedule schedule,
    Console console,
    Map<String, Integer> weights,
    Map<String, List<String>> indicators,
    Accountability accountability,
    String source) {

  /**
   * When {@code serve} polls and runs the nightly exchange, and how many days after a half year or
   * year ends its figures are frozen (unless the office closes it earlier).
   */
  public record Schedule(Duration poll, LocalTime nightly, int freezeAfterDays) {
    public static Schedule defaults() {
      return new Schedule(Duration.ofMinutes(5), LocalTime.of(1, 30), 30);
    }
  }

  /**
   * Where {@code serve} serves the console (联席工作台): {@code console.address}, a host (a name or an
   * IP address; IPv6 in brackets) and a port.
   */
  public record Console(String host, int port) {
    public static Console defaults() {
      return new Console("127.0.0.1", 8080);
    }

    /** {@code host:port}, as written in county.yaml. */
    public String address() {
      return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
  }

  public CountyConfig {
    overrides = Map.copyOf(overrides);
    units = List.copyOf(units);
    weights = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(weights));
    java.util.Map<String, List<String>> grouped = new java.util.LinkedHashMap<>();
    indicators.forEach((indicator, rules) -> grouped.put(indicator, List.copyOf(rules)));
    indicators = java.util.Collections.unmodifiableMap(grouped);
  }

  /** The same county judged by another profile (no overrides). */
  public CountyConfig withProfile(Profile other) {
    return new CountyConfig(
        countyName,
        other,
        Map.of(),
        units,
        channels,
        schedule,
        console,
        weights,
        indicators,
        accountability,
        source);
  }

  public Optional<Unit> unit(String code) {
    return units.stream().filter(u -> u.code().equals(code)).findFirst();
  }

  /** The unit whose registered addresses include this one (case-insensitive). */
  public Optional<Unit> unitByEmail(String address) {
    String wanted = address.strip().toLowerCase(Locale.ROOT);
    return units.stream()
        .filter(u -> u.emails().stream().anyMatch(e -> e.toLowerCase(Locale.ROOT).equals(wanted)))
        .findFirst();
  }

  public Map<String, Unit> unitsByCode() {
    return units.stream().collect(Collectors.toMap(Unit::code, Function.identity()));
  }
}
