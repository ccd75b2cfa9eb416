package org.lianxi.ledger.files;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reading a quarantined mail (隔离邮件): the port the console uses, implemented by the routes (which
 * own mail and its unpacking) and registered in serve's context. Nothing read here is trusted: the
 * headers are shown, the names only shown, and the sender is the unit the office picks.
 */
public interface QuarantinedMails {

  /** What the mail says about itself, as its headers say it (shown only, never believed). */
  record Headers(Optional<String> from, Optional<String> subject, Optional<String> date) {}

  /** An attachment as the mail carries it: its shown name, decoded size, and whether it is used. */
  record Attached(String name, long size, boolean usable) {}

  /** A mail's headers and attachments. */
  record Mail(Headers headers, List<Attached> attachments) {}

  /** A usable file saved from the mail under a name of our own, with the name it came with. */
  record Saved(String name, Path file) {}

  /** A mail whose files cannot be taken (too large, unreadable, none usable), said in Chinese. */
  final class Unusable extends Exception {
    private static final long serialVersionUID = 1L;

    public Unusable(String reason) {
      super(reason);
    }
  }

  /** The headers and attachments of a saved {@code message.eml}. */
  Mail read(Path message) throws IOException;

  /** The headers kept in {@code headers.txt} of a mail too large to keep whole. */
  Headers headers(Path headers) throws IOException;

  /**
   * The usable files of a saved message, unpacked exactly as the mailbox unpacks a unit's mail
   * (zips included, within the same limits), saved in {@code folder}; the caller removes them.
   */
  List<Saved> unpack(Path message, Path folder) throws IOException, Unusable;
}
