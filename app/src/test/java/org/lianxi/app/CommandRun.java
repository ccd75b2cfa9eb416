package org.lianxi.app;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/** One command line run in this JVM: its exit code and what it printed. */
public record CommandRun(int exit, String out, String err) {

  public static CommandRun of(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
      int exit = Lianxi.run(args);
      return new CommandRun(
          exit,
          outBytes.toString(StandardCharsets.UTF_8),
          errBytes.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  /** The global options of a command given only {@code --data} (and {@code --config}, if any). */
  public static GlobalOptions options(Path data, Optional<Path> config) {
    return new GlobalOptions() {
      @Override
      public Optional<Path> config() {
        return config;
      }

      @Override
      public Path data() {
        return data;
      }

      @Override
      public Optional<String> db() {
        return Optional.empty();
      }
    };
  }
}
