package org.lianxi.ledger.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Files and folders for their owner's eyes only (where the file system has POSIX modes). */
public final class Private {

  private static final boolean POSIX =
      FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

  private Private() {}

  /** Makes a folder or file readable by its owner alone (rwx------ or rw-------). */
  public static void restrict(Path path) throws IOException {
    if (POSIX) {
      Files.setPosixFilePermissions(
          path,
          PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwx------" : "rw-------"));
    }
  }

  /** Writes a new file that nobody but its owner can read, at any moment. */
  public static void writeString(Path file, String text) throws IOException {
    Path temp =
        POSIX
            ? Files.createTempFile(
                file.getParent(),
                ".tmp-",
                "",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
            : Files.createTempFile(file.getParent(), ".tmp-", "");
    Files.writeString(temp, text, StandardCharsets.UTF_8);
    Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }
}
