package org.lianxi.ledger.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.lianxi.ledger.standard.RecordType;
import org.lianxi.ledger.testing.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;

class LedgerSnapshotTest {

  @Test
  void pagesHoldWholeRecordsAndTogetherEveryCurrentReportOnce() {
    DataSource dataSource = TestDatabase.fresh();
    JdbcClient jdbc = JdbcClient.create(dataSource);
    jdbc.sql("INSERT INTO unit VALUES ('D01', '县市场监管局', 'DEPARTMENT', NOW())").update();
    jdbc.sql("INSERT INTO unit VALUES ('T01', '岳阳镇', 'TOWNSHIP', NOW())").update();
    jdbc.sql(
            "INSERT INTO received_file (sender_unit, channel, original_name, checksum, size_bytes,"
                + " received_at, landed_path, status) VALUES ('D01', 'hand', 'a.xlsx', REPEAT('a', 64),"
                + " 1, '2026-03-02 09:00:00', 'landed/a', 'loaded')")
        .update();
    String insert =
        "INSERT INTO assistance_report (record_key, reporting_unit, version_no, is_current, file_id,"
            + " sheet_name, row_no, content_hash, loaded_at, first_arrived, letter_no, letter_no_raw,"
            + " direction, requester_unit, helper_unit, kind, sent_on) VALUES (?, ?, ?, ?, 1, '执法协助',"
            + " ?, REPEAT('h', 64), NOW(), '2026-03-02 09:00:00', ?, ?, ?, 'T01', 'D01', 'TESTING',"
            + " '2026-03-02')";
    int row = 2;
    for (String key : List.of("K1", "K2", "K3", "K4", "K5")) {
      jdbc.sql(insert).params(key, "T01", 1, 1, row++, key, key, "OUT").update();
      jdbc.sql(insert).params(key, "D01", 1, null, row++, key, key, "IN").update(); // superseded
      jdbc.sql(insert).params(key, "D01", 2, 1, row++, key, key, "IN").update();
    }

    LedgerSnapshot snapshot = new LedgerSnapshot(dataSource);
    // Two current reports a record: four reports a page take two records, three only one (the
    // second record's other report would not fit), one a page a record read by itself.
    List<List<CurrentReport>> pages = new ArrayList<>();
    snapshot.inPages(4, pages::add);
    assertThat(pages)
        .extracting(page -> page.stream().map(CurrentReport::key).distinct().toList())
        .containsExactly(List.of("K1", "K2"), List.of("K3", "K4"), List.of("K5"));
    assertThat(pages)
        .allSatisfy(
            page ->
                assertThat(page)
                    .extracting(CurrentReport::id)
                    .isSortedAccordingTo(Comparator.naturalOrder()));
    for (int reportsAPage : List.of(3, 1)) {
      List<List<CurrentReport>> onePerPage = new ArrayList<>();
      snapshot.inPages(reportsAPage, onePerPage::add);
      assertThat(onePerPage)
          .as("%d reports a page", reportsAPage)
          .extracting(page -> page.stream().map(CurrentReport::key).distinct().toList())
          .containsExactly(
              List.of("K1"), List.of("K2"), List.of("K3"), List.of("K4"), List.of("K5"));
      assertThat(onePerPage).allSatisfy(page -> assertThat(page).hasSize(2));
    }
    assertThat(pages.stream().flatMap(List::stream).map(CurrentReport::id).sorted().toList())
        .isEqualTo(
            snapshot
                .currentReports(
                    Map.of(RecordType.ASSISTANCE, List.of("K1", "K2", "K3", "K4", "K5")))
                .stream()
                .map(CurrentReport::id)
                .sorted()
                .toList())
        .hasSize(10);
    // A failure on either side of the page reader ends the whole read with that failure.
    assertThatThrownBy(
            () ->
                snapshot.inPages(
                    1,
                    page -> {
                      throw new IllegalStateException("the caller stops");
                    }))
        .hasMessage("the caller stops");
    assertThatThrownBy(() -> snapshot.inPages(0, pages::add))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a page holds at least one report: 0");
    assertThat(snapshot.currentReports(Map.of(RecordType.ASSISTANCE, Set.of("K2", "K9"))))
        .extracting(CurrentReport::unit)
        .containsExactlyInAnyOrder("T01", "D01");
  }
}
