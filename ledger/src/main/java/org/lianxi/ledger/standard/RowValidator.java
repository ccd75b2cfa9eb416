package org.lianxi.ledger.standard;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.lianxi.ledger.Checksums;
import org.lianxi.ledger.county.Unit;
import org.lianxi.ledger.county.UnitDirectory;
import org.lianxi.ledger.county.UnitType;

/**
 * Turns one spreadsheet row into a {@link ReportRow}, or into the problems that reject it: blank
 * required cells, values the standard does not accept, a row that reports for another unit,
 * conditional requirements, and dates after the day the file arrived.
 */
public final class RowValidator {

  private final UnitDirectory units;

  private final Values values;

  public RowValidator(UnitDirectory units) {
    this.units = units;
    this.values = new Values(units);
  }

  /** The outcome for one row: either {@code row} or {@code problems}. */
  public record Outcome(ReportRow row, List<Problem> problems) {
    public boolean accepted() {
      return row != null;
    }
  }

  /**
   * @param cells the row's cells by column (absent or blank: empty)
   * @param sender the unit the channel says sent the file
   * @param arrivedOn the day the file arrived: nothing may be reported before it happens
   */
  public Outcome validate(
      RecordType type,
      String sheet,
      int row,
      Map<Column, String> cells,
      String sender,
      LocalDate arrivedOn) {
    List<Problem> problems = new ArrayList<>();
    Map<String, Object> parsed = new TreeMap<>();
    for (Column column : type.columns()) {
      String raw = cells.get(column);
      if (raw == null || Text.strip(raw).isEmpty()) {
        if (column.required()) {
          problems.add(new Problem(sheet, row, column.header(), "", "必填项为空"));
        }
        continue;
      }
      try {
        Object value = values.parse(column, raw);
        if (isAfter(value, arrivedOn) && !column.planned()) {
          problems.add(
              new Problem(sheet, row, column.header(), raw, "日期晚于文件送达日期（" + arrivedOn + "）"));
        } else {
          parsed.put(column.field(), value);
        }
      } catch (InvalidValueException e) {
        problems.add(new Problem(sheet, row, column.header(), raw, e.getMessage()));
      }
    }
    if (problems.isEmpty()) {
      crossCheck(type, sheet, row, parsed, sender, problems);
    }
    if (!problems.isEmpty()) {
      return new Outcome(null, problems);
    }
    String key = key(type, parsed, sender);
    return new Outcome(
        new ReportRow(type, sheet, row, sender, key, parsed, hash(type, parsed)), List.of());
  }

  private static boolean isAfter(Object value, LocalDate arrivedOn) {
    if (value instanceof LocalDate date) {
      return date.isAfter(arrivedOn);
    }
    return value instanceof LocalDateTime dateTime && dateTime.toLocalDate().isAfter(arrivedOn);
  }

  /** Rules between cells: the reporting side, and what one value requires of another. */
  private void crossCheck(
      RecordType type,
      String sheet,
      int row,
      Map<String, Object> v,
      String sender,
      List<Problem> problems) {
    if (type.column(Sides.DIRECTION).isPresent()) {
      reportingSide(type, type.sides().orElseThrow(), sheet, row, v, sender, problems);
    }
    switch (type) {
      case REFERRAL -> {
        if ("REFUSED".equals(v.get("acceptance")) && !v.containsKey("refusal_reason")) {
          problems.add(new Problem(sheet, row, "不予受理理由", "", "受理情况为不予受理时必须填写不予受理理由"));
        }
      }
      case REVIEW -> {
        if ("DISAGREE".equals(v.get("opinion")) && !v.containsKey("advice")) {
          problems.add(new Problem(sheet, row, "原因及建议", "", "审核意见为不同意时必须填写原因及建议"));
        }
      }
      case COMPLAINT -> {
        if (!sender.equals(v.get("first_unit")) && !sender.equals(v.get("handling_unit"))) {
          problems.add(
              new Problem(
                  sheet, row, "首接单位", name(v.get("first_unit")), "不能代其他单位报送：首接单位或办理单位应为本单位"));
        }
        if (!Objects.equals(v.get("first_unit"), v.get("handling_unit"))
            && !v.containsKey("transferred_on")) {
          problems.add(new Problem(sheet, row, "转办日期", "", "办理单位与首接单位不同时必须填写转办日期"));
        }
      }
      case DECISION -> {
        if (!sender.equals(v.get("issuer_unit")) && !sender.equals(v.get("copied_to_unit"))) {
          problems.add(
              new Problem(
                  sheet, row, "作出单位", name(v.get("issuer_unit")), "不能代其他单位报送：作出单位或抄告单位应为本单位"));
        }
      }
      case CRIMINAL -> {
        if (!sender.equals(v.get("sender_unit")) && !sender.equals(v.get("judicial_unit"))) {
          problems.add(
              new Problem(
                  sheet, row, "移送单位", name(v.get("sender_unit")), "不能代其他单位报送：移送单位或接收机关应为本单位"));
        }
        if (units.byCode((String) v.get("judicial_unit")).map(Unit::type).orElse(null)
            != UnitType.JUDICIAL) {
          problems.add(
              new Problem(sheet, row, "接收机关", name(v.get("judicial_unit")), "接收机关应为司法机关（公安、检察院）"));
        }
      }
      case DISPUTE -> {
        if (!sender.equals(v.get("raised_by")) && !sender.equals(v.get("other_unit"))) {
          problems.add(
              new Problem(
                  sheet, row, "提出单位", name(v.get("raised_by")), "不能代其他单位报送：提出单位或对方单位应为本单位"));
        }
      }
      case JOINT -> {
        if (!sender.equals(v.get("lead_unit"))
            && !((List<?>) v.get("participants")).contains(sender)) {
          problems.add(
              new Problem(
                  sheet, row, "牵头单位", name(v.get("lead_unit")), "不能代其他单位报送：牵头单位或参与单位应包括本单位"));
        }
      }
      case RESOLUTION -> {
        if (!isOffice(sender)) {
          side(problems, sheet, row, "承办单位", v.get("owner_unit"), sender, "承办单位应为本单位");
        }
      }
      case MEETING -> {
        if (!isOffice(sender)) {
          problems.add(new Problem(sheet, row, "会议编号", "", "联席会议由联席会议办公室报送"));
        }
      }
      case TOPIC -> {
        if (!isOffice(sender)) {
          side(problems, sheet, row, "提出单位", v.get("proposer_unit"), sender, "提出单位应为本单位");
        }
      }
      case ASSISTANCE, URGENT, DATA_REQUEST, NOTICE -> {
        // the side checked above is all; a notice's reporting unit is the sender itself
      }
    }
  }

  /**
   * A row with a 方向 reports its own side: the first side's unit on a row 移出 (发出, 送审), the second's
   * on the other; the two are never the same unit.
   */
  private void reportingSide(
      RecordType type,
      Sides split,
      String sheet,
      int row,
      Map<String, Object> v,
      String sender,
      List<Problem> problems) {
    boolean out = Sides.OUT.equals(v.get(Sides.DIRECTION));
    Column direction = type.column(Sides.DIRECTION).orElseThrow();
    Column own = out ? split.firstUnit() : split.secondUnit();
    String label = direction.labelOf(out ? Sides.OUT : Sides.IN);
    side(
        problems,
        sheet,
        row,
        own.header(),
        v.get(own.field()),
        sender,
        label + "的" + split.noun() + "，" + own.header() + "应为本单位");
    if (Objects.equals(v.get(split.firstUnit().field()), v.get(split.secondUnit().field()))) {
      Column first = split.firstUnit();
      Column second = split.secondUnit();
      problems.add(
          new Problem(
              sheet, row, second.header(), "", first.header() + "与" + second.header() + "不能相同"));
    }
  }

  private void side(
      List<Problem> problems,
      String sheet,
      int row,
      String header,
      Object claimed,
      String sender,
      String rule) {
    if (!sender.equals(claimed)) {
      problems.add(new Problem(sheet, row, header, name(claimed), "不能代其他单位报送：" + rule));
    }
  }

  private boolean isOffice(String unit) {
    return units.byCode(unit).map(Unit::type).orElse(null) == UnitType.OFFICE;
  }

  private String name(Object code) {
    return code == null
        ? ""
        : units.byCode(code.toString()).map(Unit::name).orElse(code.toString());
  }

  /** The record's key, per section 6 of the standard. */
  static String key(RecordType type, Map<String, Object> v, String sender) {
    return switch (type) {
      case REFERRAL -> doc(v, "doc_no");
      case ASSISTANCE -> doc(v, "letter_no");
      case DECISION -> doc(v, "decision_no");
      case CRIMINAL -> doc(v, "transfer_no");
      case COMPLAINT -> v.get("first_unit") + "|" + v.get("reg_no");
      case DISPUTE -> v.get("raised_by") + "|" + v.get("dispute_no");
      case JOINT -> v.get("lead_unit") + "|" + v.get("action_no");
      case NOTICE -> sender + "|" + v.get("notice_no");
      case RESOLUTION -> (String) v.get("item_no");
      case REVIEW -> doc(v, "review_no");
      case URGENT -> v.get("caller_unit") + "|" + v.get("call_no");
      case DATA_REQUEST -> v.get("requester_unit") + "|" + v.get("request_no");
      case MEETING -> (String) v.get("meeting_no");
      case TOPIC -> v.get("proposer_unit") + "|" + v.get("topic_no");
    };
  }

  private static String doc(Map<String, Object> v, String field) {
    return ((DocumentNumber) v.get(field)).canonical();
  }

  /** Document numbers hash by their canonical form: retyping a number changes nothing. */
  private static String hash(RecordType type, Map<String, Object> values) {
    StringBuilder text = new StringBuilder(type.key());
    values.forEach(
        (field, value) ->
            text.append('\n')
                .append(field)
                .append('=')
                .append(value instanceof DocumentNumber doc ? doc.canonical() : value));
    return Checksums.sha256(text.toString());
  }
}
