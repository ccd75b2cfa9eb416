package org.lianxi.app.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The heap one step needs: the most it held after any collection during the step (what was still
 * reachable then, and whatever garbage that collection left). Beside it, every heap pool's own peak
 * added up: an upper bound that also counts garbage not collected yet, since a collector given room
 * uses it.
 */
final class HeapMeter implements NotificationListener {

  private static final long MB = 1024 * 1024;

  private final List<MemoryPoolMXBean> pools =
      ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(p -> p.getType() == MemoryType.HEAP)
          .toList();
  private final Set<String> heapPools =
      pools.stream().map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
  private final AtomicLong afterCollection = new AtomicLong();

  HeapMeter() {
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (collector instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(this, null, null);
      }
    }
  }

  /** Starts a step: what the last one left is collected, and the peaks are reset. */
  void start() {
    System.gc();
    pools.forEach(MemoryPoolMXBean::resetPeakUsage);
    afterCollection.set(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
  }

  /** The most the heap held after a collection since {@link #start()}, in MB. */
  long afterCollectionMb() {
    return afterCollection.get() / MB;
  }

  /** Every heap pool's peak since {@link #start()} added up, in MB: an upper bound. */
  long poolPeaksMb() {
    return pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / MB;
  }

  static long maxMb() {
    return Runtime.getRuntime().maxMemory() / MB;
  }

  @Override
  public void handleNotification(Notification notification, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
        notification.getType())) {
      return;
    }
    Map<String, MemoryUsage> after =
        GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData())
            .getGcInfo()
            .getMemoryUsageAfterGc();
    long used =
        after.entrySet().stream()
            .filter(pool -> heapPools.contains(pool.getKey()))
            .mapToLong(pool -> pool.getValue().getUsed())
            .sum();
    afterCollection.accumulateAndGet(used, Math::max);
  }
}
