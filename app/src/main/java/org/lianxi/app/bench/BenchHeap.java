package org.lianxi.app.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jdk.jfr.FlightRecorder;
import jdk.jfr.Recording;
import org.lianxi.app.Lianxi;

/**
 * The benchmark's heap: every step must pass under {@value #MAX_MB} MB, so a JVM allowed more runs
 * the benchmark again in one that is not (the same Java, class path, options and arguments, the
 * heap's limit replaced), its output passed on as it comes. A JVM of that size or less runs it
 * itself.
 */
public final class BenchHeap {

  /** The most heap any step of the benchmark may have. */
  public static final long MAX_MB = 512;

  private BenchHeap() {}

  /** Whether this JVM may use more heap than the benchmark allows. */
  public static boolean tooLarge() {
    return HeapMeter.maxMb() > MAX_MB;
  }

  /** Runs {@code lianxi args} in a JVM of {@value #MAX_MB} MB; its exit code. */
  public static int runWithin(List<String> args, PrintWriter out)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(childOptions(ManagementFactory.getRuntimeMXBean().getInputArguments()));
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    // the application's jar starts through Spring Boot's launcher, which finds its nested classes
    command.add(
        fromBootJar()
            ? "org.springframework.boot.loader.launch.JarLauncher"
            : Lianxi.class.getName());
    command.addAll(args);
    out.printf(
        "lianxi bench: this JVM may use %,d MB; running again in one of %d MB%n",
        HeapMeter.maxMb(), MAX_MB);
    out.flush();
    // a flight recording asked for is the child's: this JVM's own would overwrite it at exit
    if (FlightRecorder.isInitialized()) {
      FlightRecorder.getFlightRecorder().getRecordings().forEach(Recording::close);
    }
    Process child =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    child.getOutputStream().close();
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        out.println(line);
        out.flush();
      }
    }
    return child.waitFor();
  }

  /**
   * The child's JVM options: this JVM's, but for its heap's limits (replaced by {@value #MAX_MB}
   * MB) and a debugger's agent (the debugger stays with this JVM; the child would try to listen on
   * the same port and end before it began).
   */
  static List<String> childOptions(List<String> options) {
    List<String> child = new ArrayList<>();
    for (String option : options) {
      if (!limitsHeap(option) && !debugs(option)) {
        child.add(option);
      }
    }
    child.add("-Xmx" + MAX_MB + "m");
    return child;
  }

  private static boolean debugs(String option) {
    return option.startsWith("-agentlib:jdwp")
        || option.startsWith("-Xrunjdwp")
        || option.equals("-Xdebug");
  }

  private static boolean limitsHeap(String option) {
    return option.startsWith("-Xmx")
        || option.startsWith("-XX:MaxHeapSize")
        || option.startsWith("-XX:MaxRAMPercentage")
        || option.startsWith("-XX:MaxRAMFraction")
        || option.startsWith("-Xms")
        || option.startsWith("-XX:InitialHeapSize");
  }

  private static boolean fromBootJar() {
    return Lianxi.class
        .getProtectionDomain()
        .getCodeSource()
        .getLocation()
        .toString()
        .contains("BOOT-INF");
  }
}
