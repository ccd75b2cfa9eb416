package org.lianxi.ledger.reconcile;

import java.util.Map;
import java.util.Set;
import org.lianxi.ledger.standard.RecordType;

/**
 * A two-sided record (referral, assistance request, transferred complaint) with both sides matched:
 * each field from its authority, the fields taken from the other side until the authority reports,
 * and which side has not reported.
 *
 * @param firstUnit the sender, requester or first-receiving unit
 * @param secondUnit the receiver, helper or handling unit
 * @param missing which side has not reported, or {@code null} when both have
 */
public record RecordState(
    RecordType type,
    String key,
    String firstUnit,
    String secondUnit,
    Long firstReportId,
    Long secondReportId,
    Side missing,
    Map<String, Object> merged,
    Set<String> fromOtherSide,
    String closingDecision) {

  public enum Side {
    FIRST,
    SECOND
  }
}
