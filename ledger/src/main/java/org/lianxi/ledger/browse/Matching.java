package org.lianxi.ledger.browse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lianxi.ledger.Masking;
import org.lianxi.ledger.standard.CellKind;
import org.lianxi.ledger.standard.Column;
import org.lianxi.ledger.standard.DocumentNumbers;
import org.lianxi.ledger.standard.InvalidValueException;
import org.lianxi.ledger.standard.RecordType;

/**
 * The records of a type a filter and a scope match, as SQL on the type's report table (alias {@code
 * lr}): one line per record, its representative row being the current version with the lowest id
 * (so a record both sides reported is one line). Every value from the browser is a bound argument;
 * table and column names come from {@link RecordType} only.
 *
 * <p>Indexes (V19 and before): the list walks {@code <type>_report_current_start_ix (is_current,
 * start, record_key)} backwards (the newest start first, no sort; a period is a range of it); the
 * representative check is a dive into {@code <type>_report_current_uk (record_key, reporting_unit,
 * is_current)}; a unit's records are the union of its rows by each unit column's index and its
 * judgements by {@code judgement_unit_ix (owing_unit, status)} (the primary key's columns ride
 * along); a rule state is {@code judgement_state_ix (record_type, status)}. Free text has no index:
 * it is a scan of the rows the other conditions leave.
 */
final class Matching {

  final RecordType type;
  final String where;
  final List<Object> args;

  private Matching(RecordType type, String where, List<Object> args) {
    this.type = type;
    this.where = where;
    this.args = List.copyOf(args);
  }

  static Matching of(LedgerFilter filter, Scope scope) {
    RecordType type = filter.type();
    String table = type.table();
    String lo = firstSide(type, "lo");
    String lr = firstSide(type, "lr");
    StringBuilder where =
        new StringBuilder(" WHERE lr.is_current = 1 AND NOT EXISTS (SELECT 1 FROM ")
            .append(table)
            .append(" lo WHERE lo.record_key = lr.record_key AND lo.is_current = 1")
            .append(" AND lo.id <> lr.id AND (")
            .append(lo)
            .append(" > ")
            .append(lr)
            .append(" OR ")
            .append(lo)
            .append(" = ")
            .append(lr)
            .append(" AND lo.id < lr.id))");
    List<Object> args = new ArrayList<>();
    // A liaison's own unit, whatever the filter says; the office's unit filter, if any.
    Optional<String> side = scope.unit().or(filter::unit);
    side.ifPresent(
        unit -> {
          where.append(" AND lr.record_key IN (").append(sideOf(type, unit, args)).append(')');
        });
    filter
        .state()
        .ifPresent(
            state -> {
              where
                  .append(" AND lr.record_key IN (SELECT j.record_key FROM judgement j")
                  .append(" WHERE j.record_type = ? AND ")
                  .append(condition(state))
                  .append(')');
              args.add(type.key());
            });
    String start = "lr." + type.countedBy().field();
    filter
        .from()
        .ifPresent(
            from -> {
              where.append(" AND ").append(start).append(" >= ?");
              args.add(from);
            });
    filter
        .to()
        .ifPresent(
            to -> {
              where.append(" AND ").append(start).append(" < ?");
              args.add(to.plusDays(1)); // the last day included, whether a date or a date-time
            });
    filter.text().ifPresent(text -> where.append(" AND ").append(text(type, text, args)));
    return new Matching(type, where.toString(), args);
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
   * Text in the record's key, its document numbers (as typed and canonical) or its text fields; not
   * in the personal ones (投诉人, 联系电话, ID numbers), which are never shown in full either.
   */
  private static String text(RecordType type, String text, List<Object> args) {
    List<String> wanted = new ArrayList<>(List.of(text));
    try {
      String canonical = DocumentNumbers.canonical(text);
      if (!canonical.equals(text)) {
        wanted.add(canonical);
      }
    } catch (InvalidValueException notANumber) {
      // plain text: searched as typed
    }
    List<String> fields = new ArrayList<>(List.of("record_key"));
    for (Column column : type.columns()) {
      if (column.kind() == CellKind.DOC_NO || column.kind() == CellKind.TEXT && !personal(column)) {
        fields.add(column.field());
      }
    }
    List<String> any = new ArrayList<>();
    for (String value : wanted) {
      String like = "%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
      for (String field : fields) {
        any.add("lr." + field + " LIKE ?");
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

  private static boolean personal(Column column) {
    return Masking.personal(column.header());
  }
}
