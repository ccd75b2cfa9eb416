package org.lianxi.ledger.files;

import java.util.Locale;

/** How a file reached lianxi; the channel decides the sender. */
public enum Channel {
  SFTP,
  MAIL,
  /** the local drop folder DATA/inbox/UNIT/ */
  DROP,
  /** handed in by the office: {@code lianxi ingest --from UNIT} */
  HAND,
  /** uploaded by a signed-in account on the console's 报送 page */
  CONSOLE;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
