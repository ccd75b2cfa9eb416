package org.lianxi.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchHeapTest {

  @Test
  void theChildKeepsThisJvmsOptionsButItsHeapLimitsAndADebuggersAgent() {
    assertThat(
            BenchHeap.childOptions(
                List.of(
                    "-Xmx6g",
                    "-Xms1g",
                    "-XX:MaxRAMPercentage=50",
                    "-agentlib:jdwp=transport=dt_socket,server=y,address=5005",
                    "-Xdebug",
                    "-XX:StartFlightRecording=filename=b.jfr",
                    "-Dfile.encoding=UTF-8")))
        .containsExactly(
            "-XX:StartFlightRecording=filename=b.jfr", "-Dfile.encoding=UTF-8", "-Xmx512m");
  }
}
