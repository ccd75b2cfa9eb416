package org.lianxi.ledger.standard;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.lianxi.ledger.standard.Sides.Pairing;

/**
 * The record types of the exchange standard (信息共享报送标准 v2, section 4; the v2 columns of the v1
 * sheets are marked, and are simply absent from older files): the sheet name, the English key, the
 * ledger table and every column. The reader, the validator and the template are all made from these
 * definitions.
 */
public enum RecordType {
  /** 案件移送 */
  REFERRAL(
      "案件移送",
      "referral",
      Fields.Referral.COLUMNS,
      new Sides(
          Fields.Referral.SENDER_UNIT,
          Fields.Referral.RECEIVER_UNIT,
          List.of(
              Fields.Referral.FOUND_ON,
              Fields.Referral.SENT_AT,
              Fields.Referral.URGENT,
              Fields.Referral.ORAL,
              Fields.Referral.PAPERWORK_AT,
              Fields.Referral.SUPPLEMENTED_ON,
              Fields.Referral.PARTY,
              Fields.Referral.VIOLATION),
          List.of(
              Fields.Referral.RECEIVED_ON,
              Fields.Referral.ACCEPTANCE,
              Fields.Referral.NOTIFIED_ON,
              Fields.Referral.REFUSAL_REASON,
              Fields.Referral.OUTCOME),
          Pairing.ALWAYS,
          "案件")),
  /** 投诉举报 */
  COMPLAINT(
      "投诉举报",
      "complaint",
      Fields.Complaint.COLUMNS,
      new Sides(
          Fields.Complaint.FIRST_UNIT,
          Fields.Complaint.HANDLING_UNIT,
          List.of(
              Fields.Complaint.ACCEPTED_ON,
              Fields.Complaint.SOURCE_CHANNEL,
              Fields.Complaint.COMPLAINANT,
              Fields.Complaint.PHONE,
              Fields.Complaint.SUMMARY,
              Fields.Complaint.TRANSFERRED_ON),
          List.of(
              Fields.Complaint.CLOSED_ON,
              Fields.Complaint.RESULT,
              Fields.Complaint.ANSWERED_ON,
              Fields.Complaint.FEEDBACK_ON,
              Fields.Complaint.FILED_ON),
          Pairing.WHEN_UNITS_DIFFER,
          null)),
  /** 执法协助 */
  ASSISTANCE(
      "执法协助",
      "assistance",
      Fields.Assistance.COLUMNS,
      new Sides(
          Fields.Assistance.REQUESTER_UNIT,
          Fields.Assistance.HELPER_UNIT,
          List.of(Fields.Assistance.SENT_ON, Fields.Assistance.KIND),
          List.of(
              Fields.Assistance.RECEIVED_ON,
              Fields.Assistance.ISSUED_ON,
              Fields.Assistance.ANSWERED_ON,
              Fields.Assistance.EXTENSION_NOTE),
          Pairing.ALWAYS,
          "协助函")),
  /** 处罚决定 */
  DECISION(
      "处罚决定",
      "decision",
      Fields.Decision.COLUMNS,
      new Sides(
          Fields.Decision.ISSUER_UNIT,
          Fields.Decision.COPIED_TO_UNIT,
          List.of(
              Fields.Decision.PARTY,
              Fields.Decision.PARTY_ID,
              Fields.Decision.VIOLATION,
              Fields.Decision.DECIDED_ON,
              Fields.Decision.AMOUNT,
              Fields.Decision.SERVED_ON,
              Fields.Decision.REFERRAL_NO,
              Fields.Decision.COPIED_ON,
              Fields.Decision.EXECUTION),
          List.of(Fields.Decision.RECEIVED_COPY_ON, Fields.Decision.GUIDED_ON),
          Pairing.WHEN_BOTH_REPORT,
          null)),
  /** 涉刑移送 */
  CRIMINAL("涉刑移送", "criminal", Fields.Criminal.COLUMNS, null),
  /** 执法争议 */
  DISPUTE("执法争议", "dispute", Fields.Dispute.COLUMNS, null),
  /** 联合执法 */
  JOINT("联合执法", "joint", Fields.Joint.COLUMNS, null),
  /** 信息通报 */
  NOTICE("信息通报", "notice", Fields.Notice.COLUMNS, null),
  /** 议定事项 */
  RESOLUTION("议定事项", "resolution", Fields.Resolution.COLUMNS, null),
  /** v2 法制审核 */
  REVIEW(
      "法制审核",
      "review",
      Fields.Review.COLUMNS,
      new Sides(
          Fields.Review.SUBMITTER_UNIT,
          Fields.Review.REVIEWER_UNIT,
          List.of(Fields.Review.SUBMITTED_ON, Fields.Review.PARTY, Fields.Review.VIOLATION),
          List.of(
              Fields.Review.RECEIVED_ON,
              Fields.Review.REVIEWED_ON,
              Fields.Review.OPINION,
              Fields.Review.ADVICE),
          Pairing.ALWAYS,
          "案件")),
  /** v2 紧急通报 */
  URGENT(
      "紧急通报",
      "urgent",
      Fields.Urgent.COLUMNS,
      new Sides(
          Fields.Urgent.CALLER_UNIT,
          Fields.Urgent.RESPONDER_UNIT,
          List.of(Fields.Urgent.CALLED_AT, Fields.Urgent.MATTER),
          List.of(Fields.Urgent.ARRIVED_AT, Fields.Urgent.HANDLING),
          Pairing.ALWAYS,
          "紧急通报")),
  /** v2 数据请求 */
  DATA_REQUEST(
      "数据请求",
      "datarequest",
      Fields.DataRequest.COLUMNS,
      new Sides(
          Fields.DataRequest.REQUESTER_UNIT,
          Fields.DataRequest.PROVIDER_UNIT,
          List.of(Fields.DataRequest.REQUESTED_ON, Fields.DataRequest.PURPOSE),
          List.of(Fields.DataRequest.PROVIDED_ON),
          Pairing.ALWAYS,
          "数据请求")),
  /** v2 联席会议: only the office reports it */
  MEETING("联席会议", "meeting", Fields.Meeting.COLUMNS, null),
  /** v2 会议议题 */
  TOPIC(
      "会议议题",
      "topic",
      Fields.Topic.COLUMNS,
      new Sides(
          Fields.Topic.PROPOSER_UNIT,
          null,
          List.of(
              Fields.Topic.MEETING_NO,
              Fields.Topic.TITLE,
              Fields.Topic.UNITS_INVOLVED,
              Fields.Topic.SUBMITTED_ON),
          List.of(Fields.Topic.VERDICT),
          Pairing.WHEN_BOTH_REPORT,
          null));

  private final String sheet;
  private final String key;
  private final List<Column> columns;

  /** The columns by field: looked up for every report judged. */
  private final Map<String, Column> byField;

  /** For the records both sides report (section 7); null for those one unit reports. */
  private final Sides sides;

  RecordType(String sheet, String key, List<Column> columns, Sides sides) {
    this.sheet = sheet;
    this.key = key;
    this.columns = columns;
    this.byField = columns.stream().collect(Collectors.toUnmodifiableMap(Column::field, c -> c));
    this.sides = sides;
  }

  /** The sheet name (and CSV file-name prefix), e.g. 案件移送. */
  public String sheet() {
    return sheet;
  }

  /** The English key (CSV file-name prefix, ledger table prefix), e.g. referral. */
  public String key() {
    return key;
  }

  /** The ledger table holding every version of every report of this type. */
  public String table() {
    return key + "_report";
  }

  public List<Column> columns() {
    return columns;
  }

  /** How the record splits into two sides, for the records both sides report (section 7). */
  public Optional<Sides> sides() {
    return Optional.ofNullable(sides);
  }

  /** The date a record of this type counts in a report's period by (reports.md section 5). */
  public Column countedBy() {
    return switch (this) {
      case REFERRAL -> Fields.Referral.SENT_AT;
      case COMPLAINT -> Fields.Complaint.ACCEPTED_ON;
      case ASSISTANCE -> Fields.Assistance.SENT_ON;
      case CRIMINAL -> Fields.Criminal.SENT_ON;
      case DECISION -> Fields.Decision.DECIDED_ON;
      case DISPUTE -> Fields.Dispute.RAISED_ON;
      case JOINT -> Fields.Joint.STARTED_ON;
      case NOTICE -> Fields.Notice.FORMED_ON;
      case RESOLUTION -> Fields.Resolution.MEETING_ON;
      case MEETING -> Fields.Meeting.MEETING_ON;
      case REVIEW -> Fields.Review.SUBMITTED_ON;
      case TOPIC -> Fields.Topic.SUBMITTED_ON;
      case URGENT -> Fields.Urgent.CALLED_AT;
      case DATA_REQUEST -> Fields.DataRequest.REQUESTED_ON;
    };
  }

  public List<Column> requiredColumns() {
    return columns.stream().filter(Column::required).toList();
  }

  public Optional<Column> column(String field) {
    return Optional.ofNullable(byField.get(field));
  }

  /** The record type of a sheet name (surrounding spaces ignored). */
  public static Optional<RecordType> bySheet(String name) {
    String wanted = name.strip();
    return Arrays.stream(values()).filter(t -> t.sheet.equals(wanted)).findFirst();
  }

  /** The record type named by its sheet name or its English key, as configuration names it. */
  public static Optional<RecordType> byName(String name) {
    String wanted = name.strip();
    return Arrays.stream(values())
        .filter(t -> t.sheet.equals(wanted) || t.key.equals(wanted))
        .findFirst();
  }

  /** The record type a CSV file name starts with: the sheet name or the English key. */
  public static Optional<RecordType> byFileName(String fileName) {
    String lower = fileName.strip().toLowerCase(java.util.Locale.ROOT);
    return Arrays.stream(values())
        .filter(t -> lower.startsWith(t.sheet) || lower.startsWith(t.key))
        .findFirst();
  }
}
