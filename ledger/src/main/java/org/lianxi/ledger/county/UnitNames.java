package org.lianxi.ledger.county;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lianxi.ledger.standard.Text;

/** The names a unit is known by (code, full name, aliases), and how typed names compare. */
final class UnitNames {

  private UnitNames() {}

  static List<String> namesOf(Unit unit) {
    List<String> names = new ArrayList<>();
    names.add(unit.code());
    names.add(unit.name());
    names.addAll(unit.aliases());
    return names;
  }

  /** Full-width folded (NFKC), without white space, lower case. */
  static String key(String typed) {
    return Text.compact(typed).toLowerCase(Locale.ROOT);
  }
}
