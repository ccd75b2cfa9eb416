package org.lianxi.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** A command that runs out of heap ends with a plain message and the failure exit code. */
class OutOfHeapTest {

  @Test
  void outOfHeapIsSaidPlainlyWithTheWayToGiveMore() {
    StringWriter err = new StringWriter();
    int code =
        Lianxi.withinHeap(
            () -> {
              throw new OutOfMemoryError("Java heap space");
            },
            new PrintWriter(err));
    assertThat(code).isEqualTo(ExitCode.FAILURE);
    assertThat(err.toString())
        .startsWith("lianxi: failed: out of heap (")
        .contains("LIANXI_JAVA_OPTS=-Xmx");
  }

  @Test
  void aCommandThatEndsNormallyKeepsItsExitCode() {
    StringWriter err = new StringWriter();
    assertThat(Lianxi.withinHeap(() -> ExitCode.ATTENTION, new PrintWriter(err)))
        .isEqualTo(ExitCode.ATTENTION);
    assertThat(err.toString()).isEmpty();
  }
}
