package org.lianxi.ledger.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.lianxi.ledger.standard.RecordType;
import org.lianxi.ledger.testing.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every unit gets what concerns it once, from one read of each type for all units; a unit that had
 * nothing still moves its watermark; a unit that missed a delivery gets everything since its last.
 */
class DigestsTest {

  private static final List<String> UNITS = List.of("T01", "T02", "D01", "D02");

  private final DataSource dataSource = TestDatabase.fresh();
  private final JdbcClient jdbc = JdbcClient.create(dataSource);
  private final Digests digests = new Digests(dataSource, Map.of());
  private int row = 2;

  private void units() {
    for (String code : UNITS) {
      jdbc.sql("INSERT INTO unit VALUES (?, ?, ?, NOW())")
          .params(code, code + "单位", code.startsWith("T") ? "TOWNSHIP" : "DEPARTMENT")
          .update();
    }
    jdbc.sql(
            "INSERT INTO received_file (id, sender_unit, channel, original_name, checksum,"
                + " size_bytes, received_at, landed_path, status) VALUES (1, 'D01', 'hand',"
                + " 'a.xlsx', REPEAT('a', 64), 1, '2026-03-02 09:00:00', 'landed/a', 'loaded')")
        .update();
  }

  private long notice(String unit, String no, String sharedWith) {
    jdbc.sql(
            "INSERT INTO notice_report (record_key, reporting_unit, version_no, is_current, file_id,"
                + " sheet_name, row_no, content_hash, loaded_at, first_arrived, notice_no, category,"
                + " title, formed_on, shared_with) VALUES (?, ?, 1, 1, 1, '信息通报', ?, REPEAT('h', 64),"
                + " NOW(), NOW(), ?, 'LAW', '通报', '2026-03-01', ?)")
        .params(unit + "|" + no, unit, row++, no, sharedWith)
        .update();
    return jdbc.sql("SELECT MAX(id) FROM notice_report").query(Long.class).single();
  }

  private void referral(String reporter, String direction, String sender, String receiver) {
    jdbc.sql(
            "INSERT INTO referral_report (record_key, reporting_unit, version_no, is_current,"
                + " doc_no, doc_no_raw, direction, sender_unit, receiver_unit, party, violation,"
                + " found_on, sent_at, file_id, sheet_name, row_no, content_hash, loaded_at,"
                + " first_arrived) VALUES ('R1', ?, 1, 1, 'R1', 'R1', ?, ?, ?, '某公司', '无证经营',"
                + " '2026-03-01', '2026-03-02 10:00:00', 1, '案件移送', ?, REPEAT('h', 64), NOW(),"
                + " NOW())")
        .params(reporter, direction, sender, receiver, row++)
        .update();
  }

  private static Map<RecordType, Integer> counts(List<Digests.Sheet> sheets) {
    return sheets.stream()
        .collect(java.util.stream.Collectors.toMap(Digests.Sheet::type, s -> s.rows().size()));
  }

  @Test
  void eachUnitGetsWhatConcernsItOnceAndAMissedNightIsCaughtUp() {
    units();
    long toAll = notice("D01", "N1", "ALL");
    notice("T01", "N2", "D01,T02");
    referral("T01", "OUT", "T01", "D01");

    Digests.Owed first = digests.owed(UNITS);
    assertThat(counts(first.sheets("D01")))
        .as("the referral sent to it and T01's notice; not its own notice to all")
        .isEqualTo(Map.of(RecordType.REFERRAL, 1, RecordType.NOTICE, 1));
    assertThat(counts(first.sheets("T02"))).isEqualTo(Map.of(RecordType.NOTICE, 2));
    assertThat(counts(first.sheets("T01"))).isEqualTo(Map.of(RecordType.NOTICE, 1));
    assertThat(first.sheets("T01").get(0).rows().get(0)).contains("D01单位");
    assertThat(first.sheets("T01").get(0).lastReportId()).isEqualTo(toAll);
    assertThat(counts(first.sheets("D02"))).isEqualTo(Map.of(RecordType.NOTICE, 1));
    UNITS.forEach(first::delivered);

    assertThat(UNITS).allSatisfy(u -> assertThat(digests.owed(UNITS).sheets(u)).isEmpty());
    assertThat(
            jdbc.sql(
                    "SELECT last_report_id FROM digest_watermark"
                        + " WHERE unit_code = 'D02' AND record_type = 'referral'")
                .query(Long.class)
                .single())
        .as("D02 never had a referral, and still reads on from the last one")
        .isEqualTo(jdbc.sql("SELECT MAX(id) FROM referral_report").query(Long.class).single());

    notice("D02", "N3", "T01");
    Digests.Owed second = digests.owed(UNITS);
    assertThat(counts(second.sheets("T01"))).isEqualTo(Map.of(RecordType.NOTICE, 1));
    assertThat(second.sheets("T02")).isEmpty();
    second.delivered("T02"); // T01 misses this night
    referral("D01", "IN", "T01", "D01");

    Digests.Owed third = digests.owed(UNITS);
    assertThat(counts(third.sheets("T01")))
        .as("everything since its last delivered digest: D02's notice and D01's receipt")
        .isEqualTo(Map.of(RecordType.NOTICE, 1, RecordType.REFERRAL, 1));
    assertThat(third.sheets("D01")).isEmpty();
  }
}
