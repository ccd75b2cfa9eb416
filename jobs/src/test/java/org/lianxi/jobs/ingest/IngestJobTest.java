package org.lianxi.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lianxi.jobs.ingest.TestFiles.REFERRAL_HEADERS;
import static org.lianxi.jobs.ingest.TestFiles.sheet;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.lianxi.jobs.BatchConfiguration;
import org.lianxi.ledger.county.CountyConfig;
import org.lianxi.ledger.county.CountyConfigLoader;
import org.lianxi.ledger.county.UnitStore;
import org.lianxi.ledger.files.Arrival;
import org.lianxi.ledger.files.Channel;
import org.lianxi.ledger.files.FileResults;
import org.lianxi.ledger.files.ReceivedFiles;
import org.lianxi.ledger.standard.RowValidator;
import org.lianxi.ledger.store.ReportStore;
import org.lianxi.ledger.testing.TestDatabase;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

@SpringJUnitConfig(IngestJobTest.Context.class)
@TestPropertySource(properties = "lianxi.data=target/ingest-job-test")
class IngestJobTest {

  /** A crash to come: in the writing of a file's second batch of rows, or of the n-th chunk. */
  static final AtomicBoolean CRASH_IN_SECOND_BATCH = new AtomicBoolean();

  static final AtomicInteger CRASH_AT_CHUNK = new AtomicInteger();

  @Configuration
  @Import({BatchConfiguration.class, IngestJobConfiguration.class, Ingester.class})
  static class Context {
    @Bean
    DataSource dataSource() {
      DataSource dataSource = fresh();
      new UnitStore(dataSource).sync(CountyConfigLoader.example().units());
      return dataSource;
    }

    /** A new migrated database. */
    DataSource fresh() {
      return TestDatabase.fresh();
    }

    @Bean
    CountyConfig county() {
      return CountyConfigLoader.example();
    }

    /** The real writer, crashing once where a test asks (the transaction rolls back). */
    @Bean
    @Primary
    FileLoader crashingLoader(
        ReceivedFiles files, ReportStore reports, RowValidator validator, DataSource dataSource) {
      return new FileLoader(files, new FileResults(dataSource), reports, validator) {
        private int batches;

        @Override
        public void write(Chunk<? extends PendingFile> chunk) {
          if (CRASH_AT_CHUNK.decrementAndGet() == 0) {
            throw new IllegalStateException("simulated crash at a chunk");
          }
          batches = 0;
          super.write(chunk);
        }

        @Override
        void writeRows(List<FileRow> rows, Sheets sheets) {
          super.writeRows(rows, sheets);
          if (++batches == 2 && CRASH_IN_SECOND_BATCH.getAndSet(false)) {
            throw new IllegalStateException("simulated crash mid-file");
          }
        }
      };
    }
  }

  @Autowired Ingester ingester;
  @Autowired DataSource dataSource;
  @Autowired org.springframework.batch.core.repository.JobRepository jobs;

  private static final LocalDateTime ARRIVED = LocalDateTime.of(2026, 3, 20, 9, 0);

  @Autowired ReportStore reports;

  /** Whether the ledger's rows go by LOAD DATA from the loader's stream here. */
  boolean streamed() {
    return true;
  }

  @Test
  void theLedgersRowsGoByTheWayTheDatabaseTakes() {
    assertThat(reports.streams()).isEqualTo(streamed());
  }

  @Test
  @DirtiesContext // the store now loads by insert: the other tests get a store of their own
  void aServerThatStopsTakingLocalLoadsFailsOnePassAndTheNextLoadsTheFileByInsert()
      throws Exception {
    assertThat(reports.streams()).isEqualTo(streamed());
    Path file = oneReferral("switched.xlsx", "古市监移〔2026〕9701号", "某商店");
    jdbc().execute("SET GLOBAL local_infile = 0");
    try {
      if (streamed()) {
        assertThatThrownBy(
            () -> ingester.ingest("D02", Channel.HAND, "switched.xlsx", file, ARRIVED));
        Registered left = registered("switched.xlsx");
        assertThat(left.status()).isEqualTo("received");
        assertThat(rowsOf(left.id())).isZero();
      }

      Ingester.Result next = ingester.ingest("D02", Channel.HAND, "switched.xlsx", file, ARRIVED);

      assertThat(next.file().status()).isEqualTo("loaded");
      assertThat(rowsOf(next.file().id())).isEqualTo(1);
      assertThat(reports.streams()).isFalse();
    } finally {
      jdbc().execute("SET GLOBAL local_infile = 1");
    }
  }

  private Path dir() throws Exception {
    return Files.createDirectories(Path.of("target", "ingest-job-test", "files"));
  }

  private JdbcTemplate jdbc() {
    return new JdbcTemplate(dataSource);
  }

  /** A file of one referral. */
  private Path oneReferral(String name, String no, String party) throws Exception {
    return TestFiles.xlsx(
        dir().resolve(name), sheet("案件移送", List.of(REFERRAL_HEADERS, referral(no, party))));
  }

  private static List<Object> referral(String no, String party) {
    return Arrays.asList(
        no, "移出", "县市场监管局", "岳阳镇", party, "无照经营", "2026-03-02", "2026-03-04 10:00");
  }

  @Test
  void theV2ColumnsOfAV1SheetLoadIntoTheLedgerBesideTheV1Ones() throws Exception {
    List<Object> headers = new ArrayList<>(REFERRAL_HEADERS);
    headers.addAll(List.of("口头移送", "书面补齐时间"));
    List<Object> oral = new ArrayList<>(referral("古市监移〔2026〕961号", "口头移送对照商店"));
    oral.addAll(List.of("是", "2026-03-05 09:30"));
    Path file = TestFiles.xlsx(dir().resolve("v2.xlsx"), sheet("案件移送", List.of(headers, oral)));
    Path assistance =
        TestFiles.xlsx(
            dir().resolve("v2协助.xlsx"),
            sheet(
                "执法协助",
                List.of(
                    List.of("协助函号", "方向", "请求单位", "协助单位", "协助类型", "发函日期", "收函日期", "出具日期"),
                    List.of(
                        "古市监协〔2026〕7号",
                        "收到",
                        "县市场监管局",
                        "岳阳镇",
                        "检验检测鉴定",
                        "2026-03-02",
                        "2026-03-03",
                        "2026-03-09"))));

    List<Ingester.Result> results =
        ingester.ingestAll(
            List.of(
                new Arrival("D02", Channel.DROP, "v2.xlsx", file, ARRIVED),
                new Arrival("T01", Channel.DROP, "v2协助.xlsx", assistance, ARRIVED)));

    assertThat(results).extracting(r -> r.file().status()).containsExactly("loaded", "loaded");
    // the pass's job record tells its rows beside its files (the console's 运行 page)
    var pass = jobs.getLastJobExecution(jobs.getLastJobInstance("ingest"));
    var load = pass.getStepExecutions().iterator().next();
    assertThat(load.getWriteCount()).isEqualTo(2);
    assertThat(IngestRows.accepted(load)).isEqualTo(2);
    assertThat(IngestRows.rejected(load)).isZero();
    assertThat(
            jdbc()
                .queryForMap(
                    "SELECT oral, paperwork_at FROM referral_report WHERE record_key = ?",
                    "古市监移〔2026〕961号"))
        .containsEntry("oral", true)
        .containsEntry("paperwork_at", java.time.LocalDateTime.parse("2026-03-05T09:30"));
    assertThat(
            jdbc()
                .queryForMap(
                    "SELECT received_on, issued_on FROM assistance_report WHERE record_key LIKE ?",
                    "%7号"))
        .containsEntry("received_on", java.sql.Date.valueOf("2026-03-03"))
        .containsEntry("issued_on", java.sql.Date.valueOf("2026-03-09"));
  }

  @Test
  void aFileOfHeadersOnlyIsAZeroReportAndAFileWithRowsInTheSamePassIsNot() throws Exception {
    Path zero =
        TestFiles.xlsx(dir().resolve("zero.xlsx"), sheet("案件移送", List.of(REFERRAL_HEADERS)));
    Path some = oneReferral("some.xlsx", "古市监移〔2026〕951号", "零报告对照商店");

    List<Ingester.Result> results =
        ingester.ingestAll(
            List.of(
                new Arrival("D02", Channel.DROP, "zero.xlsx", zero, ARRIVED),
                new Arrival("D02", Channel.DROP, "some.xlsx", some, ARRIVED)));

    assertThat(results).extracting(r -> r.file().status()).containsExactly("loaded", "loaded");
    assertThat(
            jdbc()
                .queryForList(
                    "SELECT zero_report FROM received_file WHERE id IN (?, ?) ORDER BY id",
                    Boolean.class,
                    results.get(0).file().id(),
                    results.get(1).file().id()))
        .containsExactly(true, false);
  }

  @Test
  void passesLaunchedAtTheSameMomentByFourChannelsEachLoadTheirFileOnce() throws Exception {
    // Launched together, Spring Batch's job repository deadlocked (BATCH_JOB_INSTANCE): the
    // ledger's lock makes each pass wait for the one before.
    int channels = 4;
    java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(channels);
    java.util.concurrent.ExecutorService threads =
        java.util.concurrent.Executors.newFixedThreadPool(channels);
    try {
      List<java.util.concurrent.Future<Ingester.Result>> results = new ArrayList<>();
      for (int i = 1; i <= channels; i++) {
        Path file = oneReferral("together-" + i + ".xlsx", "古市监移〔2026〕" + (700 + i) + "号", "同" + i);
        String name = "together-" + i + ".xlsx";
        results.add(
            threads.submit(
                () -> {
                  together.await();
                  return ingester.ingest("D02", Channel.DROP, name, file, ARRIVED);
                }));
      }
      for (var result : results) {
        Ingester.Result r = result.get(2, java.util.concurrent.TimeUnit.MINUTES);
        assertThat(r.duplicate()).isFalse();
        assertThat(r.file().status()).isEqualTo("loaded");
      }
    } finally {
      threads.shutdownNow();
    }
    assertThat(
            jdbc()
                .queryForObject(
                    "SELECT COUNT(*) FROM referral_report WHERE party LIKE '同%'", Integer.class))
        .isEqualTo(channels);
  }

  @Test
  void aRecordTwiceInOneFileKeepsTheFirstRowAndRejectsTheLaterNamingIt() throws Exception {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(REFERRAL_HEADERS);
    rows.add(referral("古市监移[2026]201号", "甲商店"));
    rows.add(referral("古市监移[2026]202号", "乙商店"));
    rows.add(referral("古市监移（2026）第0201号", "丙商店")); // 201 retyped: the same record
    Path file = TestFiles.xlsx(dir().resolve("twice.xlsx"), sheet("案件移送", rows));

    long fileId = ingester.ingest("D02", Channel.HAND, "twice.xlsx", file, ARRIVED).file().id();

    assertThat(
            jdbc()
                .queryForList(
                    "SELECT CONCAT(doc_no, ' ', party, ' ', version_no) FROM referral_report"
                        + " WHERE file_id = ? ORDER BY row_no",
                    String.class,
                    fileId))
        .containsExactly("古市监移〔2026〕201号 甲商店 1", "古市监移〔2026〕202号 乙商店 1");
    assertThat(
            jdbc()
                .queryForMap(
                    "SELECT rows_loaded, rows_replaced, rows_rejected FROM received_sheet WHERE file_id = ?",
                    fileId))
        .containsEntry("rows_loaded", 2)
        .containsEntry("rows_replaced", 0)
        .containsEntry("rows_rejected", 1);
    assertThat(
            jdbc()
                .queryForList(
                    "SELECT CONCAT(row_no, ' ', reason) FROM file_problem WHERE file_id = ?",
                    String.class,
                    fileId))
        .containsExactly("4 与本表第2行是同一记录（编号相同），同一记录在一个文件中只能报送一行；本行未导入，以第2行为准");
  }

  @Test
  void loadsAcceptedRowsRejectsBadOnesAndWritesTheCounts() throws Exception {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(List.of("古县市场监督管理局信息共享报送表"));
    rows.add(REFERRAL_HEADERS);
    rows.add(referral("古市监移[2026]101号", "甲商店"));
    rows.add(referral("古市监移（2026）第0102号", "乙商店"));
    rows.add(
        Arrays.asList(
            "古市监移〔2026〕103号", "移出", "岳阳镇", "县市场监管局", "丙商店", "无照经营", "2026-03-02", "2026-03-04"));
    rows.add(referral("古市监移〔2026〕104号", ""));
    Path file =
        TestFiles.xlsx(
            dir().resolve("first.xlsx"), sheet("案件移送", rows), sheet("备注", List.of(List.of("x"))));

    Ingester.Result result = ingester.ingest("D02", Channel.HAND, "first.xlsx", file, ARRIVED);

    assertThat(result.duplicate()).isFalse();
    assertThat(result.file().status()).isEqualTo("loaded");
    long fileId = result.file().id();
    assertThat(
            jdbc()
                .queryForList(
                    "SELECT doc_no FROM referral_report WHERE file_id = ? ORDER BY row_no",
                    String.class,
                    fileId))
        .containsExactly("古市监移〔2026〕101号", "古市监移〔2026〕102号");
    Map<String, Object> second =
        jdbc().queryForMap("SELECT * FROM referral_report WHERE doc_no = '古市监移〔2026〕102号'");
    assertThat(second)
        .containsEntry("doc_no_raw", "古市监移（2026）第0102号")
        .containsEntry("party", "乙商店")
        .containsEntry("reporting_unit", "D02")
        .containsEntry("version_no", 1)
        .containsEntry("row_no", 4)
        .containsEntry("sheet_name", "案件移送");
    assertThat(
            jdbc()
                .queryForMap(
                    "SELECT rows_loaded, rows_replaced, rows_unchanged, rows_rejected, record_type FROM received_sheet"
                        + " WHERE sheet_name = '案件移送' AND file_id = ?",
                    fileId))
        .containsEntry("rows_loaded", 2)
        .containsEntry("rows_rejected", 2)
        .containsEntry("record_type", "referral");
    assertThat(
            jdbc()
                .queryForObject(
                    "SELECT COUNT(*) FROM received_sheet WHERE sheet_name = '备注' AND record_type IS NULL AND file_id = ?",
                    Integer.class,
                    fileId))
        .isEqualTo(1);
    // The file's totals, kept for the submission periods: four rows submitted, two rejected.
    assertThat(
            jdbc()
                .queryForMap(
                    "SELECT rows_submitted, rows_rejected FROM received_file WHERE id = ?", fileId))
        .containsEntry("rows_submitted", 4)
        .containsEntry("rows_rejected", 2);
    assertThat(
            jdbc()
                .queryForList(
                    "SELECT row_no, column_name, reason FROM file_problem WHERE file_id = ? ORDER BY row_no",
                    fileId))
        .extracting(r -> r.get("row_no") + " " + r.get("column_name") + " " + r.get("reason"))
        .containsExactly("5 移送单位 不能代其他单位报送：移出的案件，移送单位应为本单位", "6 当事人 必填项为空");

    // The same bytes again, by another channel: recognised, not loaded twice.
    Ingester.Result again =
        ingester.ingest("D02", Channel.MAIL, "copy.xlsx", file, ARRIVED.plusHours(1));
    assertThat(again.duplicate()).isTrue();
    assertThat(again.file().id()).isEqualTo(fileId);
    assertThat(
            jdbc()
                .queryForObject(
                    "SELECT COUNT(*) FROM referral_report WHERE file_id = ?",
                    Integer.class,
                    fileId))
        .isEqualTo(2);
    assertThat(
            jdbc()
                .queryForObject(
                    "SELECT COUNT(*) FROM received_file WHERE original_name = 'copy.xlsx'",
                    Integer.class))
        .isZero();

    // A corrected row and an identical one: a new version for the first, nothing for the second.
    Path corrected =
        TestFiles.xlsx(
            dir().resolve("corrected.xlsx"),
            sheet(
                "案件移送",
                List.of(
                    REFERRAL_HEADERS,
                    referral("古市监移〔2026〕101号", "甲商店（更正）"),
                    referral("古市监移[2026]102号", "乙商店"))));
    ingester.ingest("D02", Channel.HAND, "corrected.xlsx", corrected, ARRIVED.plusDays(1));
    assertThat(
            jdbc()
                .queryForList(
                    "SELECT party, version_no, is_current FROM referral_report"
                        + " WHERE doc_no = '古市监移〔2026〕101号' ORDER BY version_no"))
        .extracting(r -> r.get("party") + " v" + r.get("version_no") + " " + r.get("is_current"))
        .containsExactly("甲商店 v1 null", "甲商店（更正） v2 true");
    assertThat(
            jdbc()
                .queryForMap(
                    "SELECT s.rows_loaded, s.rows_replaced, s.rows_unchanged FROM received_sheet s"
                        + " JOIN received_file f ON f.id = s.file_id WHERE f.original_name = 'corrected.xlsx'"))
        .containsEntry("rows_loaded", 0)
        .containsEntry("rows_replaced", 1)
        .containsEntry("rows_unchanged", 1);
  }

  @Test
  void aFileThatCannotBeOpenedIsRejectedWholeAndNothingIsLoaded() throws Exception {
    Path good = oneReferral("good.xlsx", "古市监移〔2026〕201号", "丁");
    byte[] bytes = Files.readAllBytes(good);
    Path truncated =
        Files.write(dir().resolve("truncated.xlsx"), Arrays.copyOf(bytes, bytes.length - 200));
    Ingester.Result result =
        ingester.ingest("D02", Channel.HAND, "truncated.xlsx", truncated, ARRIVED);
    assertThat(result.file().status()).isEqualTo("rejected");
    assertThat(
            jdbc()
                .queryForObject(
                    "SELECT COUNT(*) FROM referral_report WHERE doc_no = '古市监移〔2026〕201号'",
                    Integer.class))
        .isZero();
    assertThat(
            jdbc()
                .queryForMap(
                    "SELECT sheet_name, row_no, reason FROM file_problem WHERE file_id = ?",
                    result.file().id()))
        .containsEntry("sheet_name", null)
        .containsEntry("row_no", null)
        .containsEntry("reason", "文件无法打开：不是有效的Excel工作簿，或文件已损坏");
  }

  @Test
  void aRunKilledMidFileLeavesNoneOfItAndTheNextPassLoadsEveryRowExactlyOnce() throws Exception {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(REFERRAL_HEADERS);
    for (int i = 1; i <= 1200; i++) {
      rows.add(referral("古市监移〔2026〕" + (1000 + i) + "号", "商户" + i));
    }
    // Longer than a file held in memory: read whole once, then streamed in batches of rows.
    assertThat(rows.size()).isGreaterThan(PendingFiles.HELD_ROWS + FileLoader.BATCH);
    Path file = TestFiles.xlsx(dir().resolve("big.xlsx"), sheet("案件移送", rows));
    CRASH_IN_SECOND_BATCH.set(true);
    assertThatThrownBy(() -> ingester.ingest("D02", Channel.HAND, "big.xlsx", file, ARRIVED))
        .isInstanceOf(IllegalStateException.class);
    Registered left = registered("big.xlsx");
    long fileId = left.id();
    assertThat(left.status()).isEqualTo("received");
    assertThat(rowsOf(fileId)).isZero();
    assertThat(
            jdbc()
                .queryForObject(
                    "SELECT COUNT(*) FROM received_sheet WHERE file_id = ?", Integer.class, fileId))
        .isZero();

    Ingester.Result rerun = ingester.ingest("D02", Channel.HAND, "big.xlsx", file, ARRIVED);

    assertThat(rerun.duplicate()).isFalse();
    assertThat(rerun.file().status()).isEqualTo("loaded");
    assertThat(rowsOf(fileId)).isEqualTo(1200);
    assertThat(
            jdbc()
                .queryForObject(
                    "SELECT COUNT(DISTINCT doc_no) FROM referral_report WHERE file_id = ?",
                    Integer.class,
                    fileId))
        .isEqualTo(1200);
    assertThat(
            jdbc()
                .queryForObject(
                    "SELECT rows_loaded FROM received_sheet WHERE file_id = ?",
                    Integer.class,
                    fileId))
        .isEqualTo(1200);
  }

  @Test
  void aPassKilledInItsSecondChunkKeepsTheFirstAndTheNextPassFinishesTheRest() throws Exception {
    int count = IngestJobConfiguration.FILES + 10;
    List<Arrival> arrivals = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      Path file =
          TestFiles.xlsx(
              dir().resolve("night-" + i + ".xlsx"),
              sheet(
                  "案件移送",
                  List.of(REFERRAL_HEADERS, referral("古市监移〔2026〕" + (5000 + i) + "号", "夜" + i))));
      arrivals.add(new Arrival("D02", Channel.DROP, "night-" + i + ".xlsx", file, ARRIVED));
    }
    CRASH_AT_CHUNK.set(2);
    assertThatThrownBy(() -> ingester.ingestAll(arrivals))
        .isInstanceOf(IllegalStateException.class);
    assertThat(nightStatuses())
        .containsEntry("loaded", (long) IngestJobConfiguration.FILES)
        .containsEntry("received", 10L);
    assertThat(nightRows()).isEqualTo(IngestJobConfiguration.FILES);

    // The next arrival's pass takes the ten left waiting as well.
    Path late = oneReferral("night-late.xlsx", "古市监移〔2026〕5999号", "夜晚");
    ingester.ingest("D02", Channel.DROP, "night-late.xlsx", late, ARRIVED);

    assertThat(nightStatuses()).containsOnly(Map.entry("loaded", (long) count + 1));
    assertThat(nightRows()).isEqualTo(count + 1);
    assertThat(
            jdbc()
                .queryForObject(
                    "SELECT COUNT(DISTINCT record_key) FROM referral_report WHERE party LIKE '夜%'",
                    Integer.class))
        .isEqualTo(count + 1);
  }

  @Test
  void aLongFileAfterAShortOneInTheSamePassSupersedesItsRows() throws Exception {
    Path earlier = oneReferral("order-short.xlsx", "古市监移〔2026〕8001号", "先报");
    List<List<Object>> rows = new ArrayList<>();
    rows.add(REFERRAL_HEADERS);
    rows.add(referral("古市监移〔2026〕8001号", "后报"));
    for (int i = 2; i <= PendingFiles.HELD_ROWS + 10; i++) {
      rows.add(referral("古市监移〔2026〕" + (8000 + i) + "号", "顺序" + i));
    }
    // Longer than a file held in memory: streamed, while the short one's rows are held.
    Path later = TestFiles.xlsx(dir().resolve("order-long.xlsx"), sheet("案件移送", rows));

    ingester.ingestAll(
        List.of(
            new Arrival("D02", Channel.DROP, "order-short.xlsx", earlier, ARRIVED),
            new Arrival("D02", Channel.DROP, "order-long.xlsx", later, ARRIVED.plusMinutes(1))));

    assertThat(
            jdbc()
                .queryForList(
                    "SELECT party, version_no, is_current FROM referral_report"
                        + " WHERE doc_no = '古市监移〔2026〕8001号' ORDER BY version_no"))
        .extracting(r -> r.get("party") + " v" + r.get("version_no") + " " + r.get("is_current"))
        .containsExactly("先报 v1 null", "后报 v2 true");
  }

  @Test
  void aFileAnotherRunHoldsIsLeftToIt() throws Exception {
    Path file = oneReferral("held.xlsx", "古市监移〔2026〕7001号", "锁");
    ReceivedFiles files = new ReceivedFiles(dataSource, Path.of("target/ingest-job-test/landed"));
    long fileId = files.register("D02", Channel.SFTP, "held.xlsx", file, ARRIVED).id();
    try (Connection other = dataSource.getConnection()) {
      other.setAutoCommit(false);
      other
          .createStatement()
          .executeQuery("SELECT * FROM received_file WHERE id = " + fileId + " FOR UPDATE");
      assertThatThrownBy(() -> ingester.ingest("D02", Channel.MAIL, "held.xlsx", file, ARRIVED))
          .hasMessageContaining("being loaded by another run");
      assertThat(rowsOf(fileId)).isZero();
      other.rollback();
    }
    Ingester.Result after = ingester.ingest("D02", Channel.MAIL, "held.xlsx", file, ARRIVED);
    assertThat(after.file().status()).isEqualTo("loaded");
    assertThat(rowsOf(fileId)).isOne();
  }

  /** A file as it is registered: its id and status. */
  private record Registered(long id, String status) {}

  private Registered registered(String originalName) {
    return jdbc()
        .queryForObject(
            "SELECT id, status FROM received_file WHERE original_name = ?",
            (rs, n) -> new Registered(rs.getLong("id"), rs.getString("status")),
            originalName);
  }

  private int rowsOf(long fileId) {
    return jdbc()
        .queryForObject(
            "SELECT COUNT(*) FROM referral_report WHERE file_id = ?", Integer.class, fileId);
  }

  private Map<String, Long> nightStatuses() {
    Map<String, Long> statuses = new java.util.TreeMap<>();
    jdbc()
        .query(
            "SELECT status, COUNT(*) FROM received_file WHERE original_name LIKE 'night-%' GROUP BY status",
            rs -> {
              statuses.put(rs.getString(1), rs.getLong(2));
            });
    return statuses;
  }

  private int nightRows() {
    return jdbc()
        .queryForObject(
            "SELECT COUNT(*) FROM referral_report WHERE party LIKE '夜%'", Integer.class);
  }

  @Test
  void everyAcceptedFormLoadsTheSameLedgerValues() throws Exception {
    String[] forms = {
      "古市监移〔2026〕301号|2026-03-05", "古市监移[2026]302号|2026/3/5", "古市监移（2026）第303号|2026.3.5",
      "古市监移 [ 2026 ] 0304号|2026年3月5日", "古市监移【2026】305号|20260305", "古市监移〔２０２６〕３０６号|２０２６-０３-０５"
    };
    List<List<Object>> rows = new ArrayList<>();
    rows.add(REFERRAL_HEADERS);
    List<String> csv = new ArrayList<>();
    csv.add(String.join(",", REFERRAL_HEADERS.stream().map(Object::toString).toList()));
    for (String form : forms) {
      String[] parts = form.split("\\|");
      rows.add(
          Arrays.asList(
              parts[0], "移出", "古县市场监督管理局", "T01", "某商店", "无照经营", parts[1], "2026-03-06 08:00"));
      csv.add(parts[0] + ",移出,县市场监管局,岳阳镇,某商店,无照经营," + parts[1] + ",2026/3/6 8:00");
    }
    Path xls = TestFiles.xls(dir().resolve("forms.xls"), sheet("案件移送", rows));
    Path gbk =
        TestFiles.csv(
            dir().resolve("案件移送_gbk.csv"),
            java.nio.charset.Charset.forName("GBK"),
            false,
            csv.toArray(String[]::new));
    Path bom =
        TestFiles.csv(
            dir().resolve("referral_bom.csv"),
            java.nio.charset.StandardCharsets.UTF_8,
            true,
            csv.toArray(String[]::new));
    for (Path file : List.of(xls, gbk, bom)) {
      Ingester.Result result =
          ingester.ingest("D02", Channel.DROP, file.getFileName().toString(), file, ARRIVED);
      long fileId = result.file().id();
      assertThat(result.file().status()).as(file.toString()).isEqualTo("loaded");
      assertThat(
              jdbc()
                  .queryForList(
                      "SELECT doc_no FROM referral_report WHERE doc_no LIKE '古市监移〔2026〕30_号' AND is_current = 1 ORDER BY doc_no",
                      String.class))
          .as(file.toString())
          .containsExactly(
              "古市监移〔2026〕301号",
              "古市监移〔2026〕302号",
              "古市监移〔2026〕303号",
              "古市监移〔2026〕304号",
              "古市监移〔2026〕305号",
              "古市监移〔2026〕306号");
      assertThat(
              jdbc()
                  .queryForList(
                      "SELECT DISTINCT found_on FROM referral_report WHERE doc_no LIKE '古市监移〔2026〕30_号'",
                      java.time.LocalDate.class))
          .containsExactly(java.time.LocalDate.of(2026, 3, 5));
      assertThat(
              jdbc()
                  .queryForList(
                      "SELECT DISTINCT sent_at FROM referral_report WHERE doc_no LIKE '古市监移〔2026〕30_号'",
                      LocalDateTime.class))
          .containsExactly(LocalDateTime.of(2026, 3, 6, 8, 0));
      assertThat(
              jdbc()
                  .queryForObject(
                      "SELECT COUNT(*) FROM file_problem WHERE file_id = ?", Integer.class, fileId))
          .isZero();
    }
    // The second and third files repeat the same content: every row unchanged, one version each.
    assertThat(
            jdbc()
                .queryForObject(
                    "SELECT COUNT(*) FROM referral_report WHERE doc_no LIKE '古市监移〔2026〕30_号'",
                    Integer.class))
        .isEqualTo(6);
    assertThat(
            jdbc()
                .queryForObject(
                    "SELECT SUM(rows_unchanged) FROM received_sheet s JOIN received_file f ON f.id = s.file_id"
                        + " WHERE f.original_name IN ('案件移送_gbk.csv', 'referral_bom.csv')",
                    Integer.class))
        .isEqualTo(12);
  }
}
