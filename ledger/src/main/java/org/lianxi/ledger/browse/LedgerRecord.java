package org.lianxi.ledger.browse;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.lianxi.ledger.reconcile.RecordState.Side;
import org.lianxi.ledger.standard.RecordType;

/**
 * A record's page: every version of every side with where it came from, the sides, where they
 * disagree, and every judgement.
 *
 * @param versions by reporting unit, newest version first
 */
public record LedgerRecord(
    RecordType type,
    String key,
    String number,
    Optional<Sides> sides,
    List<Version> versions,
    List<Disagreement> discrepancies,
    List<StoredJudgement> judgements) {

  public LedgerRecord {
    versions = List.copyOf(versions);
    discrepancies = List.copyOf(discrepancies);
    judgements = List.copyOf(judgements);
  }

  /** The current versions: each side's row as it stands. */
  public List<Version> current() {
    return versions.stream().filter(Version::current).toList();
  }

  /**
   * A two-sided record's sides as reconcile matched them.
   *
   * @param firstHeader the first side's unit column (移送单位), {@code secondHeader} the second's
   */
  public record Sides(
      String firstHeader,
      String first,
      String secondHeader,
      String second,
      Optional<Side> missing,
      String missingText) {}

  /**
   * One version of one side's report.
   *
   * @param fileName the file's name as received, masked
   * @param cells the type's columns in order, labelled and masked
   */
  public record Version(
      long id,
      String reportingUnit,
      String reportingUnitName,
      int versionNo,
      boolean current,
      long fileId,
      String fileName,
      String sheet,
      int row,
      LocalDateTime receivedAt,
      LocalDateTime loadedAt,
      LocalDateTime supersededAt,
      List<String> cells) {}

  /** A field the sides disagree on: the authority's value stands, the other's is kept beside it. */
  public record Disagreement(
      String header,
      String authorityUnit,
      String authorityValue,
      String otherUnit,
      String otherValue) {}
}
