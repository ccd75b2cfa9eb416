package org.lianxi.ledger;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Figures worked out once and kept while their mark stands (a {@link LedgerVersion} or a part of
 * it): asked again under the same mark, the kept one; under another, worked out anew. Each figure
 * has its own name (a count's query and arguments, say); the least recently asked are let go past
 * {@code size} names. Two asks at once under a new mark may both work it out: the same figure, the
 * last one kept.
 */
public final class Kept<N, M, V> {

  private record Stamped<M, V>(M mark, V value) {}

  private final Map<N, Stamped<M, V>> figures;

  public Kept(int size) {
    this.figures =
        Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
              @Override
              protected boolean removeEldestEntry(Map.Entry<N, Stamped<M, V>> eldest) {
                return size() > size;
              }
            });
  }

  /** The figure named {@code name} as it was under {@code mark}, worked out if not kept. */
  public V get(N name, M mark, Supplier<V> workOut) {
    Stamped<M, V> kept = figures.get(name);
    if (kept != null && Objects.equals(kept.mark(), mark)) {
      return kept.value();
    }
    V value = workOut.get();
    figures.put(name, new Stamped<>(mark, value));
    return value;
  }
}
