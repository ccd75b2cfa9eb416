package org.lianxi.app.bench;

import java.util.ArrayList;
import java.util.List;
import org.lianxi.ledger.county.CountyConfig;
import org.lianxi.ledger.county.Unit;
import org.lianxi.ledger.county.UnitType;

/**
 * A province-sized county for the benchmark: half townships, half departments, and the office. The
 * generator works on groups of about twenty units (a county each), so referrals and requests run
 * between units of a group, as they do in life.
 */
final class BenchCounty {

  static final int MIN_UNITS = 8;

  /** The joint-meeting office's code. */
  static final String OFFICE = "O01";

  private static final int GROUP = 20;

  private BenchCounty() {}

  static String yaml(int units) {
    StringBuilder yaml =
        new StringBuilder(
            """
            # Written by `lianxi bench`: a province-sized county of generated units.
            county:
              name: 测试省
              profile: guxian
            units:
            """);
    int townships = units / 2;
    for (int i = 1; i <= townships; i++) {
      yaml.append(unit("T%04d".formatted(i), "测试省第%04d镇人民政府".formatted(i), "TOWNSHIP"));
    }
    for (int i = 1; i <= units - townships; i++) {
      yaml.append(unit("D%04d".formatted(i), "测试省第%04d局".formatted(i), "DEPARTMENT"));
    }
    yaml.append(unit(OFFICE, "测试省司法厅", "OFFICE"));
    return yaml.toString();
  }

  private static String unit(String code, String name, String type) {
    return "  - {code: %s, name: %s, type: %s}\n".formatted(code, name, type);
  }

  /** The groups the generator works on: each a county of the same profile with its units. */
  static List<CountyConfig> groups(CountyConfig province) {
    List<Unit> townships = of(province, UnitType.TOWNSHIP);
    List<Unit> departments = of(province, UnitType.DEPARTMENT);
    int count = Math.max(1, (townships.size() + departments.size()) / GROUP);
    List<CountyConfig> groups = new ArrayList<>();
    for (int g = 0; g < count; g++) {
      List<Unit> members = new ArrayList<>();
      for (int i = g; i < townships.size(); i += count) {
        members.add(townships.get(i));
      }
      for (int i = g; i < departments.size(); i += count) {
        members.add(departments.get(i));
      }
      groups.add(
          new CountyConfig(
              province.countyName(),
              province.profile(),
              province.overrides(),
              members,
              province.channels(),
              province.schedule(),
              province.console(),
              province.weights(),
              province.indicators(),
              province.accountability(),
              province.source()));
    }
    return groups;
  }

  private static List<Unit> of(CountyConfig county, UnitType type) {
    return county.units().stream().filter(u -> u.type() == type).toList();
  }
}
