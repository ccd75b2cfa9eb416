package org.lianxi.console.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The files lianxi wrote into one of its folders, as the pages list them. A name from the browser
 * is only ever looked up among these, never resolved as a path.
 */
final class FolderFiles {

  private FolderFiles() {}

  /** A file in a folder: its name, size and last change. */
  record Listed(Path path, String name, long size, LocalDateTime modified) {
    public String sizeText() {
      return FolderFiles.size(size);
    }
  }

  /** The regular files of {@code folder} whose names pass {@code names}; none when it is absent. */
  static List<Listed> list(Path folder, Predicate<String> names) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    List<Listed> listed = new ArrayList<>();
    try (var files = Files.list(folder)) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        if (Files.isRegularFile(file) && names.test(name)) {
          LocalDateTime modified =
              LocalDateTime.ofInstant(
                      Files.getLastModifiedTime(file).toInstant(), ZoneId.systemDefault())
                  .withNano(0);
          listed.add(new Listed(file, name, Files.size(file), modified));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
    return listed;
  }

  /** Newest first, then by name (the dates in the names), newest first. */
  static final Comparator<Listed> NEWEST_FIRST =
      Comparator.comparing(Listed::modified).thenComparing(Listed::name).reversed();

  /** The listed file of exactly this name. */
  static Optional<Listed> named(List<Listed> listed, String name) {
    return listed.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  /** A size as people read it: 12.3 KB. */
  static String size(long bytes) {
    return bytes < 1024
        ? bytes + " 字节"
        : bytes < 1024 * 1024
            ? String.format("%.1f KB", bytes / 1024.0)
            : String.format("%.1f MB", bytes / (1024.0 * 1024));
  }
}
