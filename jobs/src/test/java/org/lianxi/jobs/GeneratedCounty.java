package org.lianxi.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.lianxi.jobs.ingest.Ingester;
import org.lianxi.jobs.reconcile.Reconciling;
import org.lianxi.ledger.calendar.CalendarStore;
import org.lianxi.ledger.county.Accountability;
import org.lianxi.ledger.county.CountyConfig;
import org.lianxi.ledger.files.Channel;
import org.lianxi.ledger.reconcile.JudgedLedger;
import org.lianxi.ledger.rules.Rule;
import org.lianxi.ledger.rules.RuleCatalogue;
import org.lianxi.reports.accountability.AccountabilityBuilder;
import org.lianxi.reports.accountability.AccountabilityList;
import org.lianxi.reports.period.ReportPeriod;
import org.lianxi.testkit.generate.CountyGenerator;
import org.lianxi.testkit.generate.Expected;
import org.lianxi.testkit.generate.Fault;
import org.lianxi.testkit.generate.GeneratedFile;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A generated county, two months across Qingming and Labour Day (with its make-up Saturday), every
 * fault injected: reconcile finds each one and reports nothing that was not injected. Run for the
 * example county's profile (guxian, {@link GeneratedCountyTest}) and for the profile that sets the
 * most figures ({@link GeneratedQingfengCountyTest}).
 */
abstract class GeneratedCounty {

  /**
   * The rule of each late judgement reconcile must find: every fault whose rule the profile gives a
   * figure (counted by hand from the profiles' tables in ../shared/rules.md).
   */
  private static final Map<String, List<String>> LATE_RULES =
      Map.of(
          "guxian",
          List.of(
              "assistance.answer",
              "complaint.transfer",
              "meeting.topics-call",
              "referral.receipt",
              "referral.receipt",
              "referral.send",
              "resolution.due",
              "sharing.lag",
              "sharing.lag",
              "urgent.arrival"),
          "qingfeng",
          List.of(
              "assistance.answer",
              "assistance.report",
              "complaint.filing",
              "complaint.transfer",
              "decision.followup",
              "joint.notice",
              "referral.receipt",
              "referral.receipt",
              "referral.refusal-notice",
              "referral.send",
              "resolution.due",
              "review.answer",
              "sharing.minor",
              "urgent.arrival"));

  @Autowired Ingester ingester;
  @Autowired Reconciling reconciling;
  @Autowired DataSource dataSource;
  @Autowired CountyConfig county;

  @Value("${lianxi.data}")
  String data;

  @Test
  void reconcileFindsEveryInjectedFaultAndNothingElse() throws Exception {
    CountyGenerator.Plan plan =
        new CountyGenerator.Plan(LocalDate.of(2026, 3, 30), 8, 6, EnumSet.allOf(Fault.class), 42);
    CountyGenerator.Result generated =
        new CountyGenerator(county, new CalendarStore(dataSource).load()).generate(plan);
    Path dir = Files.createDirectories(Path.of(data, "files"));
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    // Four weeks, a full reconcile, then the other four and a nightly one: only what changed.
    LocalDate fourWeeks = plan.firstMonday().plusWeeks(4).minusDays(1);
    int duplicates = 0;
    boolean reconciled = false;
    for (GeneratedFile file : generated.files()) {
      if (!reconciled && file.arrival().toLocalDate().isAfter(fourWeeks)) {
        reconciling.run(fourWeeks);
        reconciled = true;
      }
      Path path = Files.write(dir.resolve(file.name()), file.content());
      Ingester.Result result =
          ingester.ingest(file.unit(), Channel.SFTP, file.name(), path, file.arrival());
      duplicates += result.duplicate() ? 1 : 0;
      assertThat(result.duplicate()).as(file.name()).isEqualTo(file.duplicate());
    }
    reconciling.run(plan.lastDay());
    Map<String, List<Map<String, Object>>> nightly = results(jdbc);
    reconciling.run(plan.lastDay(), true);
    assertThat(results(jdbc))
        .as("a full reconcile finds what the nightly one left")
        .isEqualTo(nightly);
    List<Map<String, Object>> runs =
        jdbc.queryForList("SELECT scope, records_judged FROM reconcile_run ORDER BY id");
    assertThat(runs).extracting(r -> r.get("scope")).containsExactly("full", "nightly", "full");
    assertThat((Integer) runs.get(1).get("records_judged"))
        .as("the nightly reconcile judges only what can have changed")
        .isPositive()
        .isLessThan((Integer) runs.get(2).get("records_judged") / 2);
    List<String> counts =
        jdbc.queryForList(
            "SELECT CONCAT(records, ' ', judgements, ' ', discrepancies) FROM reconcile_run"
                + " ORDER BY id",
            String.class);
    assertThat(counts.get(1))
        .as("the nightly run's counts, kept by difference, are the tables' counts")
        .isEqualTo(counts.get(2))
        .isEqualTo(
            jdbc.queryForObject(
                "SELECT CONCAT((SELECT COUNT(*) FROM record_state), ' ',"
                    + " (SELECT COUNT(*) FROM judgement), ' ', (SELECT COUNT(*) FROM discrepancy))",
                String.class));
    assertThat(counts.get(0)).isNotEqualTo(counts.get(1));

    Expected expected = generated.expected();
    assertThat(
            set(
                jdbc,
                "SELECT CONCAT(f.sender_unit, '|', p.sheet_name, '|', p.column_name) FROM file_problem p"
                    + " JOIN received_file f ON f.id = p.file_id"))
        .as("the everyday mess is all accepted; only the impossible date is not")
        .isEqualTo(expected.rejectedRows())
        .hasSize(1);
    assertThat(duplicates).isEqualTo(expected.duplicates());
    assertThat(
            set(
                jdbc,
                "SELECT CONCAT(rule_name, '|', record_key, '|', owing_unit, '|', status) FROM judgement WHERE status IN ('LATE', 'OVERDUE')"))
        .isEqualTo(expected.lateOrOverdue());
    assertThat(
            set(
                jdbc,
                "SELECT CONCAT(rule_name, '|', record_key, '|', owing_unit, '|', status, '=', late_by, late_unit) FROM judgement WHERE status IN ('LATE', 'OVERDUE')"))
        .as("each as late as the generator made it")
        .isEqualTo(
            expected.howLate().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().by() + e.getValue().unit().symbol())
                .collect(Collectors.toSet()));
    assertThat(
            set(jdbc, "SELECT CONCAT(record_type, '|', record_key, '|', field) FROM discrepancy"))
        .isEqualTo(expected.discrepancies());
    assertThat(
            set(
                jdbc,
                "SELECT CONCAT(record_type, '|', record_key, '|', missing_side) FROM record_state WHERE missing_side IS NOT NULL"))
        .isEqualTo(expected.oneSided());
    assertThat(
            set(
                jdbc,
                "SELECT CONCAT(unit_code, '|', period_start) FROM submission_period WHERE files = 0 AND period_end < '"
                    + plan.lastDay()
                    + "'"))
        .isEqualTo(expected.missedPeriods());
    assertThat(
            set(
                jdbc,
                "SELECT CONCAT('referral|', record_key, '|', reporting_unit) FROM referral_report WHERE version_no = 2"))
        .isEqualTo(expected.corrected());
    // Every rule of the catalogue is judged on some record, and its late ones are the injected.
    assertThat(set(jdbc, "SELECT DISTINCT rule_name FROM judgement"))
        .containsExactlyInAnyOrderElementsOf(
            RuleCatalogue.shipped().rules().stream().map(r -> r.rule().key()).toList());
    assertThat(expected.lateOrOverdue())
        .extracting(line -> line.substring(0, line.indexOf('|')))
        .as("a late judgement for each fault whose rule the profile scores")
        .containsExactlyInAnyOrderElementsOf(LATE_RULES.get(county.profile().name()));
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM record_state WHERE missing_side IS NULL", Integer.class))
        .as("retyped document numbers still match both sides")
        .isGreaterThan(10);

    accountabilityListNamesWhatTheGeneratorMadeLateBeyondTheThresholds(generated, plan);
  }

  /**
   * The accountability list of the half year, as of the plan's last day, names exactly the duties
   * the generator made late or overdue beyond the county's thresholds (expected from how late it
   * made each), each from a row of a file it wrote; and the units late again and again on a rule.
   */
  private void accountabilityListNamesWhatTheGeneratorMadeLateBeyondTheThresholds(
      CountyGenerator.Result generated, CountyGenerator.Plan plan) {
    Expected expected = generated.expected();
    Accountability thresholds = county.accountability();
    Set<String> accountable = expected.accountable(thresholds);
    assertThat(accountable)
        .as("named at any lateness, overdue, and closed late beyond 5 working days; not all late")
        .anyMatch(e -> e.startsWith(Rule.REFERRAL_SEND.key() + "|"))
        .anyMatch(e -> e.endsWith("|OVERDUE"))
        .anyMatch(
            e ->
                e.endsWith("|LATE")
                    && !thresholds.anyLateness().contains(new Rule(e.substring(0, e.indexOf('|')))))
        .hasSizeLessThan(expected.lateOrOverdue().size());
    AccountabilityList list =
        AccountabilityBuilder.build(
            county,
            JudgedLedger.judge(county, dataSource, plan.lastDay()),
            ReportPeriod.parse("2026H1"));
    assertThat(list.lines())
        .extracting(
            l ->
                l.ruleKey()
                    + "|"
                    + l.recordKey()
                    + "|"
                    + l.unitCode()
                    + "|"
                    + (l.status().equals("逾期未办") ? "OVERDUE" : "LATE"))
        .containsExactlyInAnyOrderElementsOf(accountable);
    Set<String> names = new HashSet<>();
    generated.files().forEach(f -> names.add(f.name()));
    assertThat(list.lines())
        .allSatisfy(
            l -> {
              assertThat(names).contains(l.file());
              assertThat(l.fileSheet()).isEqualTo(l.sheet());
              assertThat(l.row()).isGreaterThan(1);
            });
    Map<String, Long> lateTimes =
        expected.lateOrOverdue().stream()
            .map(e -> e.split("\\|"))
            .collect(
                Collectors.groupingBy(
                    p -> p[p.length - 2] + "|" + p[0], TreeMap::new, Collectors.counting()));
    assertThat(list.repeats())
        .extracting(r -> r.unitCode() + "|" + r.ruleKey())
        .containsExactlyInAnyOrderElementsOf(
            lateTimes.entrySet().stream()
                .filter(e -> e.getValue() >= thresholds.repeated())
                .map(Map.Entry::getKey)
                .toList());
  }

  /** Every reconcile result, without row ids and the times a run stamps. */
  private static Map<String, List<Map<String, Object>>> results(JdbcTemplate jdbc) {
    return Map.of(
        "judgement",
        jdbc.queryForList(
            "SELECT record_type, record_key, rule_name, owing_unit, starts_at, due_at, ended_at,"
                + " status, late_by, late_unit, due_soon, provisional, limit_text FROM judgement"
                + " ORDER BY record_type, record_key, rule_name, owing_unit"),
        "discrepancy",
        jdbc.queryForList(
            "SELECT record_type, record_key, field, authority_unit, authority_value, other_unit,"
                + " other_value FROM discrepancy ORDER BY record_type, record_key, field"),
        "record_state",
        jdbc.queryForList("SELECT * FROM record_state ORDER BY record_type, record_key"),
        "submission_period",
        jdbc.queryForList("SELECT * FROM submission_period ORDER BY unit_code, period_start"));
  }

  private static Set<String> set(JdbcTemplate jdbc, String sql) {
    return new HashSet<>(jdbc.queryForList(sql, String.class));
  }
}
