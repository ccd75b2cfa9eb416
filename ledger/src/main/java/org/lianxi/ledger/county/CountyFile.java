package org.lianxi.ledger.county;

import java.net.URI;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lianxi.ledger.config.OneOrMore;
import org.lianxi.ledger.config.Required;

/**
 * {@code county.yaml} as it is written (../shared/interfaces.md), the shape Jackson binds before
 * {@link CountyConfigLoader} checks it. Component names are the keys in kebab case ({@code
 * sftpFolder} is {@code sftp-folder}); a key the file may leave out is an {@link Optional}, or
 * takes its default here.
 */
record CountyFile(
    @Required County county,
    @Required List<Unit> units,
    Optional<Channels> channels,
    Optional<Schedule> schedule,
    Optional<Console> console,
    Optional<Assessment> assessment,
    Optional<Accountability> accountability) {

  record County(
      @Required String name,
      @Required String profile,
      Map<String, String> overrides,
      Optional<org.lianxi.ledger.rules.RuleFile> rules) {
    County {
      overrides = overrides == null ? Map.of() : overrides;
    }
  }

  record Unit(
      @Required String code,
      @Required String name,
      @Required UnitType type,
      @OneOrMore List<String> aliases,
      Optional<String> sftpFolder,
      @OneOrMore List<String> emails,
      Optional<Liaison> liaison) {
    Unit {
      aliases = aliases == null ? List.of() : aliases;
      emails = emails == null ? List.of() : emails;
    }
  }

  record Liaison(@Required String name, String phone) {
    Liaison {
      phone = phone == null ? "" : phone;
    }
  }

  record Channels(Optional<Sftp> sftp, Optional<Mail> mail) {}

  record Sftp(
      @Required String host,
      Integer port,
      @Required String user,
      @Required String privateKey,
      @Required String knownHosts,
      Optional<String> root) {
    Sftp {
      port = port == null ? 22 : port;
    }
  }

  record Mail(
      @Required URI imap,
      @Required URI smtp,
      @Required String user,
      @Required String passwordEnv,
      @Required String from,
      @OneOrMore List<String> office,
      String folder) {
    Mail {
      office = office == null ? List.of() : office;
      folder = folder == null ? "INBOX" : folder;
    }
  }

  /** Absent parts keep {@link CountyConfig.Schedule#defaults()}. */
  record Schedule(
      Optional<String> poll, Optional<LocalTime> nightly, Optional<Integer> freezeAfterDays) {}

  /** Absent address: {@link CountyConfig.Console#defaults()}. */
  record Console(Optional<String> address) {}

  /**
   * Absent weights are {@link CountyConfigLoader#DEFAULT_WEIGHTS}; absent indicators leave every
   * rule in the indicator the catalogue names.
   */
  record Assessment(
      Optional<Map<String, List<String>>> indicators, Optional<Map<String, Integer>> weights) {}

  /** Absent parts keep {@link org.lianxi.ledger.county.Accountability#defaults()}. */
  record Accountability(
      Optional<String> threshold, Optional<List<String>> anyLateness, Optional<Integer> repeated) {}
}
