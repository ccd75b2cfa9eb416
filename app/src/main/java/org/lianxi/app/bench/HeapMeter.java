package org.lianxi.app.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/** The peak heap of one step: every heap pool's peak since the step began, added up. */
final class HeapMeter {

  private static final long MB = 1024 * 1024;

  private final List<MemoryPoolMXBean> pools =
      ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(p -> p.getType() == MemoryType.HEAP)
          .toList();

  /** Starts a step: what the last one left is collected, and the peaks are reset. */
  void start() {
    System.gc();
    pools.forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** The peak since {@link #start()}, in MB (an upper bound: pools peak at different moments). */
  long peakMb() {
    return pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / MB;
  }

  static long maxMb() {
    return Runtime.getRuntime().maxMemory() / MB;
  }
}
