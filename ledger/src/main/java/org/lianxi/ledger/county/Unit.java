package org.lianxi.ledger.county;

import java.util.List;
import java.util.Optional;

/**
 * A member unit as registered in the county configuration.
 *
 * @param sftpFolder the unit's folder under the SFTP root, when it sends by SFTP
 * @param emails registered addresses: mail from them is the unit's submission
 */
public record Unit(
    String code,
    String name,
    UnitType type,
    List<String> aliases,
    Optional<String> sftpFolder,
    List<String> emails,
    Optional<Liaison> liaison) {

  /** 联络员 */
  public record Liaison(String name, String phone) {}

  public Unit {
    aliases = List.copyOf(aliases);
    emails = List.copyOf(emails);
  }
}
