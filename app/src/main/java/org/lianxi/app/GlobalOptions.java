package org.lianxi.app;

import java.nio.file.Path;
import java.util.Optional;

/** The options that come before the command (../shared/interfaces.md). */
public interface GlobalOptions {

  /** {@code --config}; empty: ./county.yaml when it exists, else the bundled example. */
  Optional<Path> config();

  /** {@code --data}: the data folder. */
  Path data();

  /** {@code --db}: a MySQL JDBC URL; empty: the embedded database. */
  Optional<String> db();

  /** A county file and a data folder on the embedded database: what the demo and bench make. */
  static GlobalOptions ownFolder(Path configFile, Path dataFolder) {
    return new GlobalOptions() {
      @Override
      public Optional<Path> config() {
        return Optional.of(configFile);
      }

      @Override
      public Path data() {
        return dataFolder;
      }

      @Override
      public Optional<String> db() {
        return Optional.empty();
      }
    };
  }
}
