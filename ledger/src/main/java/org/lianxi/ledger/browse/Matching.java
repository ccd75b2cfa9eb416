package org.lianxi.ledger.browse;

import java.util.ArrayList;
import java.util.List;
import org.lianxi.ledger.Masking;
import org.lianxi.ledger.standard.CellKind;
import org.lianxi.ledger.standard.Column;
import org.lianxi.ledger.standard.DocumentNumbers;
import org.lianxi.ledger.standard.InvalidValueException;
import org.lianxi.ledger.standard.RecordType;

/**
 * The records of a type a filter and a scope match, as SQL on the type's report table (alias {@code
 * lr}): one line per record (a record both sides reported is one line), shown by one current row:
 * the first side's where it has reported, else the other's (the lowest id among equals). Every
 * value from the browser is a bound argument; table and column names come from {@link RecordType}
 * only.
 *
 * <p>Indexes (V19 and before), as measured on a million rows of 2,000 units: with no unit and no
 * state, the page walks {@code <type>_report_current_start_ix (is_current, start, record_key)}
 * backwards (the newest start first, no sort, stopping at the page; a deep page walks its offset)
 * and a period is a range of it. A unit's records are first gathered as a derived table (the union
 * of its rows by each unit column's index and the reporting unit's, and of its judgements by {@code
 * judgement_unit_ix}, whose first column is the owing unit), a rule state's likewise from {@code
 * judgement}'s primary key, whose first column is the type (0.1-0.25 s at a million judgements: V22
 * dropped the index by state, which cost every reconcile more); the rows are then joined by {@code
 * <type>_report_current_uk (record_key, …)} and the few sorted. The one-line-per-record check is a
 * dive into {@code <type>_report_current_uk} for each row read. A count without period or text
 * counts the distinct keys by an index alone, without that dive. A document number is looked up by
 * its canonical form (the key, and the type's other numbers); other text has no index: a scan of
 * the rows the other conditions leave.
 */
final class Matching {

  final RecordType type;

  /** The joins to the key sets a unit or a state selects (after {@code FROM <table> lr}). */
  final String joins;

  final String where;

  /** The arguments of {@link #joins}, then of {@link #where}. */
  final List<Object> args;

  /** Whether a condition is on the rows' values (period, text), not only on the record's key. */
  final boolean onValues;

  private Matching(
      RecordType type, String joins, String where, List<Object> args, boolean onValues) {
    this.type = type;
    this.joins = joins;
    this.where = where;
    this.args = List.copyOf(args);
    this.onValues = onValues;
  }

  static Matching of(LedgerFilter filter, Scope scope) {
    RecordType type = filter.type();
    List<Object> args = new ArrayList<>();
    StringBuilder from = new StringBuilder();
    // A liaison's own unit, whatever the filter says; the office's unit filter, if any.
    scope
        .unit()
        .or(filter::unit)
        .ifPresent(
            unit ->
                from.append(" JOIN (")
                    .append(sideOf(type, unit, args))
                    .append(") side ON side.record_key = lr.record_key"));
    filter
        .state()
        .ifPresent(
            state -> {
              from.append(" JOIN (SELECT DISTINCT j.record_key FROM judgement j")
                  .append(" WHERE j.record_type = ? AND ")
                  .append(condition(state))
                  .append(") st ON st.record_key = lr.record_key");
              args.add(type.key());
            });
    StringBuilder where = new StringBuilder(" WHERE lr.is_current = 1");
    String start = "lr." + type.countedBy().field();
    filter
        .from()
        .ifPresent(
            day -> {
              where.append(" AND ").append(start).append(" >= ?");
              args.add(day);
            });
    filter
        .to()
        .ifPresent(
            day -> {
              where.append(" AND ").append(start).append(" < ?");
              args.add(day.plusDays(1)); // the last day included, whether a date or a date-time
            });
    filter.text().ifPresent(text -> where.append(" AND ").append(text(type, text, args)));
    where.append(" AND ").append(oneLine(type));
    boolean onValues =
        filter.from().isPresent() || filter.to().isPresent() || filter.text().isPresent();
    return new Matching(type, from.toString(), where.toString(), args, onValues);
  }

  /** The row is its record's line: no other current row of the key comes before it. */
  private static String oneLine(RecordType type) {
    String lo = firstSide(type, "lo");
    String lr = firstSide(type, "lr");
    return "NOT EXISTS (SELECT 1 FROM "
        + type.table()
        + " lo WHERE lo.record_key = lr.record_key AND lo.is_current = 1 AND lo.id <> lr.id AND ("
        + lo
        + " > "
        + lr
        + " OR "
        + lo
        + " = "
        + lr
        + " AND lo.id < lr.id))";
  }

  /**
   * How many records: the distinct keys of the current rows where no condition is on their values
   * (each such key has exactly one line), by an index alone; else the lines.
   */
  String count() {
    String from = " FROM " + type.table() + " lr" + joins;
    if (onValues) {
      return "SELECT COUNT(*)" + from + where;
    }
    // grouped in a derived table: a third of COUNT(DISTINCT)'s time on a million rows
    return "SELECT COUNT(*) FROM (SELECT lr.record_key"
        + from
        + " WHERE lr.is_current = 1 GROUP BY lr.record_key) k";
  }

  /** The keys of the records, for a selection. */
  String keys() {
    return "SELECT lr.record_key FROM " + type.table() + " lr" + joins + where;
  }

  /** The order of the list: the newest start first, as the current_start index holds the rows. */
  String order() {
    String start = "lr." + type.countedBy().field();
    return " ORDER BY " + start + " DESC, lr.record_key DESC, lr.id DESC";
  }

  /**
   * 1 for the first side's row of a two-sided record (the sender's: the authority for its number,
   * party and start), else 0; so that the line shows the sender's values where it has reported.
   */
  private static String firstSide(RecordType type, String alias) {
    return type.sides()
        .map(s -> "(" + alias + ".reporting_unit = " + alias + "." + s.firstUnit().field() + ")")
        .orElse("0");
  }

  /**
   * The keys of the records a unit is a side of: it reported one of the current rows, a unit column
   * of one names it, or it owes a judgement of the record. A union, so that each part takes its own
   * index (a unit column's, the reporting unit's, the judgements' by owing unit).
   */
  private static String sideOf(RecordType type, String unit, List<Object> args) {
    List<String> parts = new ArrayList<>();
    int n = 0;
    for (String names : unitConditions(type)) {
      String alias = "s" + n++;
      parts.add(
          "SELECT "
              + alias
              + ".record_key FROM "
              + type.table()
              + " "
              + alias
              + " WHERE "
              + alias
              + ".is_current = 1 AND "
              + names.replace("{t}", alias));
      args.add(unit);
    }
    parts.add(
        "SELECT jo.record_key FROM judgement jo WHERE jo.owing_unit = ? AND jo.record_type = ?");
    args.add(unit);
    args.add(type.key());
    return String.join(" UNION ", parts);
  }

  /** Whether one row (alias {@code x}) names the unit, as {@link #sideOf} asks of every row. */
  static String namesUnit(RecordType type, String alias, String unit, List<Object> args) {
    List<String> any = new ArrayList<>();
    for (String names : unitConditions(type)) {
      any.add(names.replace("{t}", alias));
      args.add(unit);
    }
    return "(" + String.join(" OR ", any) + ")";
  }

  /**
   * Each way a row of the type names a unit (one argument, the unit; {@code {t}} the alias): its
   * reporting unit, each unit column, each list of units (participants, units involved: a
   * comma-separated list, no index, few such records).
   */
  private static List<String> unitConditions(RecordType type) {
    List<String> conditions = new ArrayList<>(List.of("{t}.reporting_unit = ?"));
    for (Column column : type.columns()) {
      if (column.kind() == CellKind.UNIT) {
        conditions.add("{t}." + column.field() + " = ?");
      } else if (column.kind() == CellKind.UNITS) {
        conditions.add("FIND_IN_SET(?, {t}." + column.field() + ") > 0");
      }
    }
    return conditions;
  }

  /**
   * A document number typed any way: the records with it, by its canonical form (the key of the
   * types keyed by one, and their other numbers). Other text: in the key, the numbers or the text
   * fields, not in the personal ones (投诉人, 联系电话, ID numbers), never shown in full either.
   */
  private static String text(RecordType type, String text, List<Object> args) {
    List<String> numbers = new ArrayList<>(List.of("record_key"));
    List<String> texts = new ArrayList<>(List.of("record_key"));
    for (Column column : type.columns()) {
      if (column.kind() == CellKind.DOC_NO) {
        // the first column is the number the key is made of; another (关联移送文号) has its index
        if (column != type.columns().get(0)) {
          numbers.add(column.field());
        }
        texts.add(column.field());
      } else if (column.kind() == CellKind.TEXT && !Masking.personal(column.header())) {
        texts.add(column.field());
      }
    }
    List<String> any = new ArrayList<>();
    try {
      String canonical = DocumentNumbers.canonical(text);
      for (String field : numbers) {
        any.add("lr." + field + " = ?");
        args.add(canonical);
      }
    } catch (InvalidValueException notANumber) {
      // '!' escapes the wildcards: under NO_BACKSLASH_ESCAPES a backslash no longer escapes them
      // on MySQL (MariaDB keeps it); an escape the clause names means the same in every mode
      String like = "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
      for (String field : texts) {
        any.add("lr." + field + " LIKE ? ESCAPE '!'");
        args.add(like);
      }
    }
    return "(" + String.join(" OR ", any) + ")";
  }

  /** The condition on a judgement (alias {@code j}) in the state. */
  private static String condition(RuleState state) {
    return switch (state) {
      case OPEN -> "j.status = 'OPEN'";
      case DUE_SOON -> "j.status = 'OPEN' AND j.due_soon = 1";
      case OVERDUE -> "j.status = 'OVERDUE'";
      case LATE -> "j.status = 'LATE'";
      case ON_TIME -> "j.status = 'ON_TIME'";
    };
  }
}
