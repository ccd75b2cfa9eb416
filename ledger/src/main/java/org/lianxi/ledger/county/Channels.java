package org.lianxi.ledger.county;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The collection channels a county uses; an absent channel is not polled. */
public record Channels(Optional<Sftp> sftp, Optional<Mail> mail) {

  public static Channels none() {
    return new Channels(Optional.empty(), Optional.empty());
  }

  /**
   * The county's SFTP server. The host key is always checked against {@code knownHosts}.
   *
   * @param root the folder the unit folders live under; empty: the login folder
   */
  public record Sftp(
      String host,
      int port,
      String user,
      Path privateKey,
      Path knownHosts,
      Optional<String> root) {}

  /**
   * The county's mailbox. The password is never in the file: it is read from the environment
   * variable {@code passwordEnv}.
   */
  public record Mail(
      URI imap,
      URI smtp,
      String user,
      String passwordEnv,
      String from,
      List<String> office,
      String folder) {}
}
