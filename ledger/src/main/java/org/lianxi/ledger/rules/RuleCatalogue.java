package org.lianxi.ledger.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lianxi.ledger.config.YamlFile;
import org.lianxi.ledger.standard.CellKind;
import org.lianxi.ledger.standard.Column;
import org.lianxi.ledger.standard.RecordType;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * The rules the reconciler judges, as data: the catalogue of ../shared/rules.md, bundled as {@code
 * lianxi/rules.yaml}. Columns are written as the exchange standard names them (移送时间) and resolved
 * here to ledger columns; an unknown sheet, column, value or form is refused naming the line.
 */
public final class RuleCatalogue {

  private static final String RESOURCE = "/lianxi/rules.yaml";

  /** The owner that is not a column: the unit that reported the row. */
  private static final String REPORTER = "报送单位";

  private final List<RuleSpec> rules;

  /** The rules of each record type, in catalogue order: looked up for every record judged. */
  private final Map<RecordType, List<RuleSpec>> byRecord = new EnumMap<>(RecordType.class);

  private RuleCatalogue(List<RuleSpec> rules) {
    this.rules = List.copyOf(rules);
    for (RecordType type : RecordType.values()) {
      byRecord.put(type, this.rules.stream().filter(r -> r.records().contains(type)).toList());
    }
  }

  private static RuleCatalogue shipped;

  /** The catalogue that ships with lianxi (read once: it never changes while lianxi runs). */
  public static synchronized RuleCatalogue shipped() {
    if (shipped == null) {
      shipped = readShipped();
    }
    return shipped;
  }

  private static RuleCatalogue readShipped() {
    InputStream in = RuleCatalogue.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("rule catalogue missing from the classpath: " + RESOURCE);
    }
    try (InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return read(YamlFile.read(reader, RESOURCE));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static RuleCatalogue read(YamlFile file) {
    List<RuleSpec> rules = new ArrayList<>();
    for (Map.Entry<String, RuleFile.Entry> entry : file.bind(RuleFile.class).entrySet()) {
      JsonPointer at = JsonPointer.empty().appendProperty(entry.getKey());
      if (entry.getValue().limit().isPresent()) {
        throw file.error(at.appendProperty("limit"), "a shipped rule's limit is its profile's");
      }
      Rule rule = file.valueAt(at, () -> new Rule(entry.getKey()));
      rules.add(new Resolver(file, at, entry.getValue(), false).spec(rule));
    }
    return new RuleCatalogue(rules);
  }

  /** A county's own rules (county.yaml {@code rules:}), each with the limit it gives. */
  public record CountyRules(RuleCatalogue catalogue, Map<Rule, RuleLimits> limits) {}

  /**
   * This catalogue with a county's own rules after its own, each resolved like a shipped one and
   * carrying its {@code limit}; a rule named like one already here, or any mistake, is refused
   * naming the line.
   *
   * @param at where the rules stand in the county's file
   */
  public CountyRules withCountyRules(YamlFile file, JsonPointer at, RuleFile given) {
    List<RuleSpec> all = new ArrayList<>(rules);
    Map<Rule, RuleLimits> limits = new LinkedHashMap<>();
    for (Map.Entry<String, RuleFile.Entry> entry : given.entrySet()) {
      JsonPointer here = at.appendProperty(entry.getKey());
      Rule rule = file.valueAt(here, () -> new Rule(entry.getKey()));
      if (rule(rule.key()).isPresent()) {
        throw file.error(
            here, "'" + rule.key() + "' is a shipped rule: change its limit under overrides");
      }
      String limit =
          entry
              .getValue()
              .limit()
              .orElseThrow(() -> file.error(here, "a county's rule needs its limit (e.g. 15d)"));
      limits.put(
          rule,
          file.valueAt(
              here.appendProperty("limit"),
              () -> RuleLimits.of(Limit.parse(limit)).withCitation(Citation.COUNTY)));
      all.add(new Resolver(file, here, entry.getValue(), true).spec(rule));
    }
    return new CountyRules(new RuleCatalogue(all), limits);
  }

  /** Every rule, in the order the catalogue gives them. */
  public List<RuleSpec> rules() {
    return rules;
  }

  /** The rule of this key, if the catalogue has it. */
  public Optional<RuleSpec> rule(String key) {
    return rules.stream().filter(r -> r.rule().key().equals(key)).findFirst();
  }

  /** What the rule's duty asks (its label), or its key for a rule no longer in the catalogue. */
  public String label(Rule rule) {
    return rule(rule.key()).map(RuleSpec::label).orElse(rule.key());
  }

  /** The rules that judge records of this type, in catalogue order. */
  public List<RuleSpec> on(RecordType type) {
    return byRecord.get(type);
  }

  /**
   * Conditions written in the catalogue's form ({@code {is: {协助类型: [检验检测鉴定]}}}) over the sheets of
   * a rule, as a profile narrows it; a mistake is refused naming the line.
   */
  public List<RuleSpec.Condition> conditions(
      YamlFile file, JsonPointer at, List<JsonNode> written, RuleSpec rule) {
    Resolver resolver = new Resolver(file, at, null, false);
    List<RuleSpec.Condition> conditions = new ArrayList<>();
    for (int i = 0; i < written.size(); i++) {
      conditions.add(resolver.condition(written.get(i), at.appendIndex(i), rule.records()));
    }
    return conditions;
  }

  /** Resolves one entry's columns and conditions against the sheets it names. */
  private record Resolver(YamlFile file, JsonPointer at, RuleFile.Entry entry, boolean county) {

    RuleSpec spec(Rule rule) {
      Set<RecordType> records = records();
      return new RuleSpec(
          rule,
          entry.label(),
          records,
          start(records),
          end(records),
          owner(records),
          entry.when().map(list -> conditions(list, records)).orElse(List.of()),
          given(entry.urgentWhen())
              .map(c -> condition(c, at.appendProperty("urgent-when"), records)),
          given(entry.extendedWhen())
              .map(c -> condition(c, at.appendProperty("extended-when"), records)),
          entry.direction().orElse(RuleFile.Direction.AFTER) == RuleFile.Direction.BEFORE,
          entry.due().map(name -> column(name, at.appendProperty("due"), records).field()),
          indicator());
    }

    /**
     * The indicator the rule counts in: one of those counted from rules, else the v2 default; a
     * county's own rule may name an indicator of its own (its weight then decides whether it is
     * assessed), never one counted from submissions.
     */
    private String indicator() {
      String indicator = entry.indicator().orElse(Indicators.OTHER);
      if (county && !Indicators.NOT_FROM_RULES.contains(indicator)) {
        return indicator;
      }
      if (!Indicators.FROM_RULES.contains(indicator)) {
        throw file.error(
            at.appendProperty("indicator"),
            "unknown indicator '"
                + indicator
                + "' (a rule counts in one of: "
                + String.join(", ", Indicators.FROM_RULES)
                + ")");
      }
      return indicator;
    }

    /** A node the file gives: Jackson binds an absent one as a null node. */
    private static Optional<JsonNode> given(Optional<JsonNode> node) {
      return node.filter(n -> !n.isNull() && !n.isMissingNode());
    }

    private Set<RecordType> records() {
      Set<RecordType> records = new LinkedHashSet<>();
      for (int i = 0; i < entry.record().size(); i++) {
        String name = entry.record().get(i);
        JsonPointer here = at.appendProperty("record").appendIndex(i);
        records.add(
            RecordType.byName(name)
                .orElseThrow(() -> file.error(here, "unknown sheet '" + name + "'")));
      }
      return records;
    }

    private RuleSpec.Start start(Set<RecordType> records) {
      JsonPointer here = at.appendProperty("start");
      JsonNode start = entry.start();
      if (start.isObject()) {
        if (!"decision.copy.from".equals(start.path("option").asString(""))) {
          throw file.error(
              here, "write {option: decision.copy.from, decided: COLUMN, served: COLUMN}");
        }
        Map<Profile.DecisionCopyStart, String> fields =
            new EnumMap<>(Profile.DecisionCopyStart.class);
        for (Profile.DecisionCopyStart choice : Profile.DecisionCopyStart.values()) {
          String key = choice.name().toLowerCase(java.util.Locale.ROOT);
          fields.put(
              choice,
              column(
                      text(start.path(key), here.appendProperty(key)),
                      here.appendProperty(key),
                      records)
                  .field());
        }
        return new RuleSpec.Start.ChosenByProfile(fields);
      }
      return new RuleSpec.Start.FirstOf(columns(start, here, records));
    }

    private RuleSpec.End end(Set<RecordType> records) {
      JsonPointer here = at.appendProperty("end");
      JsonNode end = entry.end();
      if (end.isString() && end.asString().equals("arrival")) {
        return new RuleSpec.End.Arrival();
      }
      if (end.isObject() && end.has("other-side") && end.size() == 1) {
        JsonPointer side = here.appendProperty("other-side");
        return new RuleSpec.End.OtherSide(
            column(text(end.get("other-side"), side), side, records).field());
      }
      return new RuleSpec.End.Field(column(text(end, here), here, records).field());
    }

    private RuleSpec.Owner owner(Set<RecordType> records) {
      if (entry.owedBy().equals(REPORTER)) {
        return new RuleSpec.Owner.Reporter();
      }
      JsonPointer here = at.appendProperty("owed-by");
      Column column = column(entry.owedBy(), here, records);
      if (column.kind() != CellKind.UNIT) {
        throw file.error(
            here,
            "'" + entry.owedBy() + "' names no unit (write a unit column or " + REPORTER + ")");
      }
      return new RuleSpec.Owner.Column(column.field());
    }

    private List<RuleSpec.Condition> conditions(List<JsonNode> list, Set<RecordType> records) {
      List<RuleSpec.Condition> conditions = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        conditions.add(condition(list.get(i), at.appendProperty("when").appendIndex(i), records));
      }
      return conditions;
    }

    private RuleSpec.Condition condition(JsonNode node, JsonPointer here, Set<RecordType> records) {
      if (node.isString() && node.asString().equals("always")) {
        return new RuleSpec.Condition.Always();
      }
      if (!node.isObject() || node.size() != 1) {
        throw file.error(
            here,
            "write one of {present: …}, {is: {COLUMN: [VALUE, …]}}, {differ: [COLUMN, COLUMN]}, {reported: 移出}");
      }
      String kind = node.propertyNames().iterator().next();
      JsonNode value = node.get(kind);
      JsonPointer inner = here.appendProperty(kind);
      switch (kind) {
        case "present" -> {
          return new RuleSpec.Condition.Present(column(text(value, inner), inner, records).field());
        }
        case "differ" -> {
          List<String> fields = columns(value, inner, records);
          if (fields.size() != 2) {
            throw file.error(inner, "name two unit columns");
          }
          return new RuleSpec.Condition.Differ(fields.get(0), fields.get(1));
        }
        case "reported" -> {
          Column direction =
              records.stream()
                  .flatMap(t -> t.column(org.lianxi.ledger.standard.Sides.DIRECTION).stream())
                  .findFirst()
                  .orElseThrow(() -> file.error(inner, "these sheets have no 方向 column"));
          return new RuleSpec.Condition.Reported(
              code(direction, text(value, inner), inner).toString());
        }
        case "is" -> {
          if (!value.isObject() || value.size() != 1) {
            throw file.error(inner, "write {COLUMN: [VALUE, …]}");
          }
          String name = value.propertyNames().iterator().next();
          JsonPointer of = inner.appendProperty(name);
          Column column = column(name, of, records);
          Set<Object> codes = new LinkedHashSet<>();
          JsonNode labels = value.get(name);
          for (int i = 0; i < Math.max(labels.size(), 1); i++) {
            JsonNode label = labels.isArray() ? labels.get(i) : labels;
            codes.add(code(column, text(label, of), of));
          }
          return new RuleSpec.Condition.OneOf(column.field(), codes);
        }
        default ->
            throw file.error(
                inner, "unknown condition '" + kind + "' (present, is, differ, reported)");
      }
    }

    /** The stored value a label of the column stands for: a choice's code, 是/否 as true/false. */
    private Object code(Column column, String label, JsonPointer here) {
      if (column.kind() == CellKind.YES_NO) {
        return switch (label) {
          case "是" -> Boolean.TRUE;
          case "否" -> Boolean.FALSE;
          default ->
              throw file.error(here, "'" + column.header() + "' is 是 or 否, not '" + label + "'");
        };
      }
      String code = column.choices().get(label);
      if (code == null) {
        throw file.error(
            here,
            "'"
                + column.header()
                + "' has no value '"
                + label
                + "' ("
                + String.join("、", column.choices().keySet())
                + ")");
      }
      return code;
    }

    private List<String> columns(JsonNode node, JsonPointer here, Set<RecordType> records) {
      List<String> fields = new ArrayList<>();
      if (node.isArray()) {
        for (int i = 0; i < node.size(); i++) {
          JsonPointer item = here.appendIndex(i);
          fields.add(column(text(node.get(i), item), item, records).field());
        }
      } else {
        fields.add(column(text(node, here), here, records).field());
      }
      return fields;
    }

    /** A column some sheet of the rule has, by the name the standard prints. */
    private Column column(String header, JsonPointer here, Set<RecordType> records) {
      return records.stream()
          .flatMap(t -> t.columns().stream())
          .filter(c -> c.header().equals(header))
          .findFirst()
          .orElseThrow(
              () -> file.error(here, "no sheet of this rule has a column '" + header + "'"));
    }

    private String text(JsonNode node, JsonPointer here) {
      if (node == null || !node.isString()) {
        throw file.error(here, "write a column name");
      }
      return node.asString();
    }
  }
}
