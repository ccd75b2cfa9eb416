package org.lianxi.ledger.county;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves what people type for a unit (its code, full name or a registered alias) to the unit.
 * Matching ignores surrounding spaces, full-width forms and letter case. Built once per county.
 */
public final class UnitDirectory {

  private final Map<String, Unit> byName = new HashMap<>();
  private final Map<String, Unit> byCode = new HashMap<>();

  public UnitDirectory(CountyConfig county) {
    for (Unit unit : county.units()) {
      byCode.put(unit.code(), unit);
      UnitNames.namesOf(unit).forEach(name -> byName.putIfAbsent(UnitNames.key(name), unit));
    }
  }

  public Optional<Unit> resolve(String typed) {
    return Optional.ofNullable(byName.get(UnitNames.key(typed)));
  }

  public Optional<Unit> byCode(String code) {
    return Optional.ofNullable(byCode.get(code));
  }
}
