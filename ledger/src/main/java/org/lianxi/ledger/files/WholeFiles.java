package org.lianxi.ledger.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file whole or not at all: into a hidden temporary file beside the target, then moved
 * into place, so that a reader (or a unit fetching its outbox) never sees half of it.
 */
public final class WholeFiles {

  /** What goes into the file. */
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private WholeFiles() {}

  public static void write(Path target, Content content) throws IOException {
    Path folder = target.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    Path temp = Files.createTempFile(folder, ".writing-", ".tmp");
    try {
      try (OutputStream out = Files.newOutputStream(temp)) {
        content.writeTo(out);
      }
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
