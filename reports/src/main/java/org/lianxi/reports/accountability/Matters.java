package org.lianxi.reports.accountability;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.lianxi.ledger.exchange.Display;
import org.lianxi.ledger.standard.Column;
import org.lianxi.ledger.standard.Fields;
import org.lianxi.ledger.standard.RecordType;

/**
 * What a record is about, in a few of its own fields (当事人, 违法事项; 投诉人, 联系电话, 事项摘要 …), as people read
 * them and masked like every output ({@link Display}): enough for the leading group to know which
 * case a line means.
 */
final class Matters {

  private static final Map<RecordType, List<Column>> ABOUT = new EnumMap<>(RecordType.class);

  static {
    ABOUT.put(RecordType.REFERRAL, List.of(Fields.Referral.PARTY, Fields.Referral.VIOLATION));
    ABOUT.put(
        RecordType.COMPLAINT,
        List.of(Fields.Complaint.COMPLAINANT, Fields.Complaint.PHONE, Fields.Complaint.SUMMARY));
    ABOUT.put(RecordType.ASSISTANCE, List.of(Fields.Assistance.KIND));
    ABOUT.put(RecordType.DECISION, List.of(Fields.Decision.PARTY, Fields.Decision.VIOLATION));
    ABOUT.put(RecordType.CRIMINAL, List.of(Fields.Criminal.PARTY, Fields.Criminal.SUSPICION));
    ABOUT.put(RecordType.DISPUTE, List.of(Fields.Dispute.MATTER));
    ABOUT.put(RecordType.JOINT, List.of(Fields.Joint.MATTER));
    ABOUT.put(RecordType.NOTICE, List.of(Fields.Notice.TITLE));
    ABOUT.put(RecordType.RESOLUTION, List.of(Fields.Resolution.CONTENT));
    ABOUT.put(RecordType.REVIEW, List.of(Fields.Review.PARTY, Fields.Review.VIOLATION));
    ABOUT.put(RecordType.URGENT, List.of(Fields.Urgent.MATTER));
    ABOUT.put(RecordType.DATA_REQUEST, List.of(Fields.DataRequest.PURPOSE));
    ABOUT.put(RecordType.MEETING, List.of(Fields.Meeting.KIND, Fields.Meeting.MEETING_ON));
    ABOUT.put(RecordType.TOPIC, List.of(Fields.Topic.TITLE));
  }

  private final Display display;

  Matters(Map<String, String> unitNames) {
    this.display = new Display(unitNames);
  }

  /** 当事人：某某商贸有限公司；违法事项：未取得营业执照从事经营活动 (fields the record leaves empty left out). */
  String of(RecordType type, Map<String, Object> values) {
    List<String> parts = new ArrayList<>();
    for (Column column : ABOUT.getOrDefault(type, List.of())) {
      String text = values == null ? "" : display.format(column, values.get(column.field()));
      if (!text.isBlank()) {
        parts.add(column.header() + "：" + text);
      }
    }
    return String.join("；", parts);
  }
}
