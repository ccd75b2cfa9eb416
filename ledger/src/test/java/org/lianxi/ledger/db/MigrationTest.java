package org.lianxi.ledger.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.lianxi.ledger.testing.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;

class MigrationTest {

  @Test
  void migrationsCreateTheWholeSchemaOnAnEmptyDatabaseAndChangeNothingTheSecondTime() {
    DataSource dataSource = TestDatabase.empty();
    MigrateResult first = Database.migrate(dataSource);
    assertThat(first.success).isTrue();
    assertThat(first.migrationsExecuted).isEqualTo(23);

    JdbcClient jdbc = JdbcClient.create(dataSource);
    // V10: the files an intake pass takes are found by status, not by scanning every file.
    assertThat(
            jdbc.sql(
                    "SELECT column_name FROM information_schema.statistics WHERE table_schema ="
                        + " DATABASE() AND index_name = 'received_file_status_ix' ORDER BY seq_in_index")
                .query(String.class)
                .list())
        .containsExactly("status", "id");
    // V12, V13: results keep only the indexes something reads them by; a judgement is keyed by
    // its record, rule and owing unit. V19 added an index by state, V22 took it away again.
    assertThat(
            jdbc.sql(
                    "SELECT DISTINCT index_name FROM information_schema.statistics WHERE"
                        + " table_schema = DATABASE() AND table_name = 'judgement' ORDER BY 1")
                .query(String.class)
                .list())
        .containsExactlyInAnyOrder("judgement_open_ix", "judgement_unit_ix", "PRIMARY");
    // V20: the dashboard's counts per unit, rule and state read the unit index alone.
    assertThat(
            jdbc.sql(
                    "SELECT column_name FROM information_schema.statistics WHERE table_schema ="
                        + " DATABASE() AND index_name = 'judgement_unit_ix' ORDER BY seq_in_index")
                .query(String.class)
                .list())
        .containsExactly("owing_unit", "rule_name", "status", "due_soon");
    // V21: the dashboard's files of this week, and the latest, by the time they arrived.
    assertThat(
            jdbc.sql(
                    "SELECT column_name FROM information_schema.statistics WHERE table_schema ="
                        + " DATABASE() AND index_name = 'received_file_time_ix' ORDER BY seq_in_index")
                .query(String.class)
                .list())
        .containsExactly("received_at");
    // V19: the ledger list reads a type's current rows by their start.
    assertThat(
            jdbc.sql(
                    "SELECT column_name FROM information_schema.statistics WHERE table_schema ="
                        + " DATABASE() AND index_name = 'referral_report_current_start_ix'"
                        + " ORDER BY seq_in_index")
                .query(String.class)
                .list())
        .containsExactly("is_current", "sent_at", "record_key");
    assertThat(
            jdbc.sql(
                    "SELECT column_name FROM information_schema.statistics WHERE table_schema ="
                        + " DATABASE() AND table_name = 'judgement' AND index_name = 'PRIMARY'"
                        + " ORDER BY seq_in_index")
                .query(String.class)
                .list())
        .containsExactly("record_type", "record_key", "rule_name", "owing_unit");
    assertThat(
            jdbc.sql(
                    "SELECT DISTINCT index_name FROM information_schema.statistics WHERE"
                        + " table_schema = DATABASE() AND table_name = 'record_state'")
                .query(String.class)
                .list())
        .containsExactly("PRIMARY");
    List<String> tables =
        jdbc.sql(
                "SELECT LOWER(table_name) FROM information_schema.tables"
                    + " WHERE table_schema = DATABASE() ORDER BY 1")
            .query(String.class)
            .list();
    assertThat(tables)
        .contains(
            "batch_job_instance",
            "batch_job_execution",
            "batch_step_execution",
            "batch_job_execution_seq",
            "unit",
            "calendar_year",
            "calendar_day",
            "received_file",
            "received_sheet",
            "file_problem",
            "referral_report",
            "complaint_report",
            "assistance_report",
            "decision_report",
            "criminal_report",
            "dispute_report",
            "joint_report",
            "notice_report",
            "resolution_report",
            "discrepancy",
            "judgement",
            "frozen_period",
            "period_event",
            "record_state",
            "submission_period",
            "digest_watermark",
            "reconcile_run",
            "console_account",
            "console_audit");
    String schemaBefore = schema(jdbc);

    MigrateResult second = Database.migrate(dataSource);
    assertThat(second.success).isTrue();
    assertThat(second.migrationsExecuted).isZero();
    assertThat(schema(jdbc)).isEqualTo(schemaBefore);
  }

  @Test
  void aFileMayComeByTheConsoleButNotByAnUnknownChannel() {
    DataSource dataSource = TestDatabase.fresh();
    JdbcClient jdbc = JdbcClient.create(dataSource);
    jdbc.sql("INSERT INTO unit VALUES ('D01', '县市场监管局', 'DEPARTMENT', NOW())").update();
    String insert =
        "INSERT INTO received_file (sender_unit, channel, original_name, checksum, size_bytes,"
            + " received_at, landed_path, status) VALUES ('D01', ?, 'a.xlsx', REPEAT(?, 64),"
            + " 1, NOW(), 'landed/a', 'loaded')";
    assertThat(jdbc.sql(insert).params("console", "c").update()).isEqualTo(1);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> jdbc.sql(insert).params("fax", "f").update())
        .hasMessageContaining("received_file_channel_ck");
  }

  @Test
  void aSupersededVersionLeavesRoomForTheNextCurrentOne() {
    // is_current is 1 or NULL: one current version per record and side, any number of old ones.
    DataSource dataSource = TestDatabase.fresh();
    JdbcClient jdbc = JdbcClient.create(dataSource);
    jdbc.sql("INSERT INTO unit VALUES ('D01', '县市场监管局', 'DEPARTMENT', NOW())").update();
    jdbc.sql(
            "INSERT INTO received_file (sender_unit, channel, original_name, checksum, size_bytes,"
                + " received_at, landed_path, status) VALUES ('D01', 'hand', 'a.xlsx', REPEAT('a', 64),"
                + " 1, NOW(), 'landed/a', 'loaded')")
        .update();
    String insert =
        "INSERT INTO notice_report (record_key, reporting_unit, version_no, is_current, file_id,"
            + " sheet_name, row_no, content_hash, loaded_at, first_arrived, notice_no, category,"
            + " title, formed_on) VALUES ('D01|N1', 'D01', ?, ?, 1, '信息通报', ?, REPEAT('h', 64),"
            + " NOW(), NOW(), 'N1', 'LAW', '标题', '2026-03-01')";
    jdbc.sql(insert).params(1, 1, 3).update();
    jdbc.sql("UPDATE notice_report SET is_current = NULL WHERE version_no = 1").update();
    jdbc.sql(insert).params(2, 1, 4).update();
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM notice_report WHERE is_current = 1")
                .query(Integer.class)
                .single())
        .isEqualTo(1);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> jdbc.sql(insert).params(3, 1, 5).update())
        .hasMessageContaining("notice_report_current_uk");
  }

  private static String schema(JdbcClient jdbc) {
    return schema(jdbc, "%");
  }

  /** The columns of the tables named like {@code tables}, in order, with type and nullability. */
  private static String schema(JdbcClient jdbc, String tables) {
    return String.join(
        "\n",
        jdbc.sql(
                "SELECT CONCAT(table_name, '.', column_name, ' ', column_type, ' ', is_nullable,"
                    + " ' ', COALESCE(column_default, '-'))"
                    + " FROM information_schema.columns WHERE table_schema = DATABASE()"
                    + " AND table_name LIKE ? ORDER BY table_name, ordinal_position")
            .param(tables)
            .query(String.class)
            .list());
  }

  /** The indexes and keys of the tables named like {@code tables}, column by column. */
  private static String keys(JdbcClient jdbc, String tables) {
    return String.join(
        "\n",
        jdbc.sql(
                "SELECT CONCAT(table_name, '.', index_name, ' ', seq_in_index, ' ', column_name,"
                    + " ' ', non_unique) FROM information_schema.statistics"
                    + " WHERE table_schema = DATABASE() AND table_name LIKE ?"
                    + " ORDER BY table_name, index_name, seq_in_index")
            .param(tables)
            .query(String.class)
            .list());
  }

  @Test
  void aFreshTestDatabaseIsAMigratedOneTablesKeysForeignKeysAndRows() {
    JdbcClient fresh = JdbcClient.create(TestDatabase.fresh());
    DataSource migrated = TestDatabase.empty();
    Database.migrate(migrated);
    JdbcClient reference = JdbcClient.create(migrated);
    assertThat(schema(fresh)).isNotEmpty().isEqualTo(schema(reference));
    assertThat(keys(fresh, "%")).isEqualTo(keys(reference, "%"));
    String foreignKeys =
        "SELECT CONCAT(table_name, '.', constraint_name, ' ', column_name, ' ',"
            + " referenced_table_name, '.', referenced_column_name)"
            + " FROM information_schema.key_column_usage WHERE table_schema = DATABASE()"
            + " AND referenced_table_name IS NOT NULL ORDER BY 1";
    assertThat(fresh.sql(foreignKeys).query(String.class).list())
        .isNotEmpty()
        .isEqualTo(reference.sql(foreignKeys).query(String.class).list());
    String history = "SELECT CONCAT(version, ' ', checksum) FROM flyway_schema_history ORDER BY 1";
    assertThat(fresh.sql(history).query(String.class).list())
        .hasSize(23)
        .isEqualTo(reference.sql(history).query(String.class).list());
  }

  @Test
  void theBatchTablesAreTheOnesTheDdlInTheBatchJarMakes() {
    // V1 is a checked-in copy; an upgrade of Spring Batch that changes its tables fails here until
    // a new migration brings the installed ones along.
    JdbcClient migrated = JdbcClient.create(TestDatabase.fresh());
    DataSource reference = TestDatabase.empty();
    new org.springframework.jdbc.datasource.init.ResourceDatabasePopulator(
            new org.springframework.core.io.ClassPathResource(
                "org/springframework/batch/core/schema-mysql.sql"))
        .execute(reference);
    JdbcClient jar = JdbcClient.create(reference);
    assertThat(schema(migrated, "BATCH\\_%")).isNotEmpty().isEqualTo(schema(jar, "BATCH\\_%"));
    assertThat(keys(migrated, "BATCH\\_%")).isNotEmpty().isEqualTo(keys(jar, "BATCH\\_%"));
    for (String sequence :
        List.of("BATCH_JOB_INSTANCE_SEQ", "BATCH_JOB_EXECUTION_SEQ", "BATCH_STEP_EXECUTION_SEQ")) {
      String rows = "SELECT CONCAT(ID, UNIQUE_KEY) FROM " + sequence;
      assertThat(migrated.sql(rows).query(String.class).list())
          .isEqualTo(jar.sql(rows).query(String.class).list());
    }
  }

  @Test
  void anInstallationWhoseV1WasTheJavaMigrationHasItReRecordedAsTheScript() {
    DataSource dataSource = TestDatabase.fresh();
    JdbcClient jdbc = JdbcClient.create(dataSource);
    String history =
        "SELECT CONCAT(type, ' ', script, ' ', COALESCE(checksum, '-')) FROM flyway_schema_history WHERE version = '1'";
    String asScript = jdbc.sql(history).query(String.class).single();
    assertThat(asScript).startsWith("SQL V1__create_batch_tables.sql ");
    // What the Java migration recorded: its class, no checksum.
    jdbc.sql(
            "UPDATE flyway_schema_history SET type = 'JDBC', checksum = NULL,"
                + " script = 'db.migration.V1__create_batch_tables' WHERE version = '1'")
        .update();

    MigrateResult result = Database.migrate(dataSource);
    assertThat(result.success).isTrue();
    assertThat(result.migrationsExecuted).isZero();
    assertThat(jdbc.sql(history).query(String.class).single()).isEqualTo(asScript);
  }

  @Test
  void anyOtherMismatchStillStopsTheMigration() {
    DataSource dataSource = TestDatabase.fresh();
    JdbcClient jdbc = JdbcClient.create(dataSource);
    jdbc.sql(
            "UPDATE flyway_schema_history SET type = 'JDBC', checksum = NULL,"
                + " script = 'db.migration.V1__create_batch_tables' WHERE version = '1'")
        .update();
    jdbc.sql("UPDATE flyway_schema_history SET checksum = 12345 WHERE version = '2'").update();

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Database.migrate(dataSource))
        .hasMessageContaining("checksum mismatch")
        .hasMessageContaining("2");
  }

  @Test
  void v11WorksOutWhenEachSidesRecordFirstArrivedForTheLedgerAlreadyThere() {
    DataSource dataSource = migratedTo("10");
    JdbcClient jdbc = JdbcClient.create(dataSource);
    jdbc.sql("INSERT INTO unit VALUES ('D01', '县市场监管局', 'DEPARTMENT', NOW())").update();
    jdbc.sql("INSERT INTO unit VALUES ('T01', '岳阳镇', 'TOWNSHIP', NOW())").update();
    String file =
        "INSERT INTO received_file (id, sender_unit, channel, original_name, checksum, size_bytes,"
            + " received_at, landed_path, status) VALUES (?, ?, 'hand', 'a.xlsx', REPEAT(?, 64),"
            + " 1, ?, 'landed/a', 'loaded')";
    // File 2 has the higher id but arrived first: the earliest arrival counts, not the first id.
    jdbc.sql(file).params(1, "D01", "a", "2026-03-05 09:00:00").update();
    jdbc.sql(file).params(2, "D01", "b", "2026-03-02 10:30:00").update();
    jdbc.sql(file).params(3, "D01", "c", "2026-03-09 08:00:00").update();
    jdbc.sql(file).params(4, "T01", "d", "2026-03-10 16:00:00").update();
    String notice =
        "INSERT INTO notice_report (record_key, reporting_unit, version_no, is_current, file_id,"
            + " sheet_name, row_no, content_hash, loaded_at, notice_no, category, title, formed_on)"
            + " VALUES ('N1', ?, ?, ?, ?, '信息通报', 2, REPEAT('h', 64), NOW(), 'N1', 'LAW', '标题',"
            + " '2026-03-01')";
    jdbc.sql(notice).params("D01", 1, null, 1).update();
    jdbc.sql(notice).params("D01", 2, null, 2).update();
    jdbc.sql(notice).params("D01", 3, 1, 3).update();
    jdbc.sql(notice).params("T01", 1, 1, 4).update();

    assertThat(Database.migrate(dataSource).migrationsExecuted).isEqualTo(13); // V11 to V23
    assertThat(
            jdbc.sql(
                    "SELECT CONCAT(reporting_unit, ' ', version_no, ' ', first_arrived)"
                        + " FROM notice_report ORDER BY reporting_unit, version_no")
                .query(String.class)
                .list())
        .containsExactly(
            "D01 1 2026-03-02 10:30:00.000",
            "D01 2 2026-03-02 10:30:00.000",
            "D01 3 2026-03-02 10:30:00.000",
            "T01 1 2026-03-10 16:00:00.000");
  }

  @Test
  void v14OwesNoReceiptForFilesHandledBeforeItAndOneForFilesStillWaiting() {
    DataSource dataSource = migratedTo("13");
    JdbcClient jdbc = JdbcClient.create(dataSource);
    jdbc.sql("INSERT INTO unit VALUES ('D01', '县市场监管局', 'DEPARTMENT', NOW())").update();
    String file =
        "INSERT INTO received_file (id, sender_unit, channel, original_name, checksum, size_bytes,"
            + " received_at, landed_path, status, loaded_at) VALUES (?, 'D01', 'hand', 'a.xlsx',"
            + " REPEAT(?, 64), 1, '2026-03-02 10:30:00', 'landed/a', ?, ?)";
    jdbc.sql(file).params(1, "a", "loaded", "2026-03-02 10:31:00").update();
    jdbc.sql(file).params(2, "b", "rejected", "2026-03-02 10:32:00").update();
    jdbc.sql(file).params(3, "c", "received", null).update();

    assertThat(Database.migrate(dataSource).migrationsExecuted).isEqualTo(10); // V14 to V23
    assertThat(
            jdbc.sql(
                    "SELECT CONCAT(id, ' ', COALESCE(answered_at, '-')) FROM received_file ORDER BY id")
                .query(String.class)
                .list())
        .containsExactly("1 2026-03-02 10:31:00.000", "2 2026-03-02 10:32:00.000", "3 -");
  }

  @Test
  void v23KeepsEachFilesRowTotalsSummedFromItsSheets() {
    DataSource dataSource = migratedTo("22");
    JdbcClient jdbc = JdbcClient.create(dataSource);
    jdbc.sql("INSERT INTO unit VALUES ('D01', '县市场监管局', 'DEPARTMENT', NOW())").update();
    String file =
        "INSERT INTO received_file (id, sender_unit, channel, original_name, checksum, size_bytes,"
            + " received_at, landed_path, status) VALUES (?, 'D01', 'hand', 'a.xlsx',"
            + " REPEAT(?, 64), 1, '2026-03-02 10:30:00', 'landed/a', ?)";
    jdbc.sql(file).params(1, "a", "loaded").update();
    jdbc.sql(file).params(2, "b", "loaded").update(); // a zero report: no sheet with rows
    jdbc.sql(file).params(3, "c", "rejected").update();
    String sheet =
        "INSERT INTO received_sheet (file_id, sheet_name, record_type, rows_loaded, rows_replaced,"
            + " rows_unchanged, rows_rejected) VALUES (1, ?, ?, ?, ?, ?, ?)";
    jdbc.sql(sheet).params("案件移送", "referral", 5, 2, 1, 3).update();
    jdbc.sql(sheet).params("投诉举报", "complaint", 4, 0, 0, 1).update();
    jdbc.sql(sheet).params("备注", null, 0, 0, 0, 0).update();

    assertThat(Database.migrate(dataSource).migrationsExecuted).isEqualTo(1);
    assertThat(
            jdbc.sql(
                    "SELECT CONCAT(id, ' ', rows_submitted, ' ', rows_rejected) FROM received_file"
                        + " ORDER BY id")
                .query(String.class)
                .list())
        .containsExactly("1 16 4", "2 0 0", "3 0 0");
  }

  /** A new database with the migrations up to {@code version} applied: a ledger of that time. */
  private static DataSource migratedTo(String version) {
    DataSource dataSource = TestDatabase.empty();
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .target(version)
        .load()
        .migrate();
    return dataSource;
  }
}
