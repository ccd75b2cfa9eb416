package org.lianxi.console.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.lianxi.console.security.ConsoleUser;
import org.lianxi.ledger.accounts.Role;
import org.lianxi.ledger.county.CountyConfig;
import org.lianxi.ledger.exchange.Duties;
import org.lianxi.ledger.exchange.Duty;
import org.lianxi.ledger.files.FileOutcomes;
import org.lianxi.ledger.files.Submissions;
import org.lianxi.ledger.reconcile.ReconcileStore;
import org.lianxi.ledger.reconcile.SubmissionCadence;
import org.lianxi.ledger.reconcile.UnitOverview;
import org.lianxi.ledger.rules.Profile.Cadence;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 首页. The office: this period's submissions by submitting unit (who has not reported in red), the
 * duties overdue and due soon by unit and by rule, the units' on-time rates as a chart, the last
 * nightly exchange, the latest files. A liaison: its own unit's duties, overdue, due soon and open.
 * The auditor has only the audit log.
 */
@Controller
class DashboardController {

  static final int RECENT_FILES = 10;

  /**
   * The most rows a table of units shows: a county's are all there, a province's (2,000 units)
   * would make a page too long to read and too slow to write; the page says how many it left out.
   */
  static final int LISTED = 100;

  private final CountyConfig county;
  private final DataSource dataSource;
  private final Submissions submissions;
  private final ReconcileStore reconcile;
  private final FileOutcomes outcomes;
  private final Duties duties;
  private final JobRepository jobs;
  private final StandingFigures figures;

  DashboardController(
      CountyConfig county,
      DataSource dataSource,
      Submissions submissions,
      ReconcileStore reconcile,
      FileOutcomes outcomes,
      Duties duties,
      JobRepository jobs,
      StandingFigures figures) {
    this.county = county;
    this.dataSource = dataSource;
    this.submissions = submissions;
    this.reconcile = reconcile;
    this.outcomes = outcomes;
    this.duties = duties;
    this.jobs = jobs;
    this.figures = figures;
  }

  @GetMapping("/")
  String dashboard(@AuthenticationPrincipal ConsoleUser me, Model model) {
    if (me.role() == Role.AUDITOR) {
      return "redirect:/audit";
    }
    if (me.liaison()) {
      List<Duty> own = duties.of(me.unit());
      model.addAttribute("overdue", own.stream().filter(Duty::overdue).toList());
      model.addAttribute("dueSoon", own.stream().filter(d -> !d.overdue() && d.dueSoon()).toList());
      model.addAttribute("open", own.stream().filter(d -> !d.overdue() && !d.dueSoon()).toList());
      return "dashboard-unit";
    }
    LocalDate today = LocalDate.now();
    Cadence cadence = county.profile().submissionCadence();
    LocalDate start = new SubmissionCadence(cadence).periodStart(today);
    LocalDate end = cadence == Cadence.WEEK ? start.plusWeeks(1) : start.plusMonths(1);
    var period = submissions.between(start.atStartOfDay(), end.atStartOfDay());
    model.addAttribute("periodName", cadence == Cadence.WEEK ? "本周" : "本月");
    model.addAttribute("periodStart", start);
    model.addAttribute("periodEnd", end.minusDays(1));
    // a province has thousands of units: those that have not reported first, at most LISTED rows
    List<Submissions.UnitFiles> missingFirst =
        period.stream()
            .sorted(Comparator.comparing((Submissions.UnitFiles u) -> !u.none()))
            .toList();
    model.addAttribute("submissions", missingFirst.subList(0, Math.min(LISTED, period.size())));
    model.addAttribute("submissionsLeft", Math.max(0, period.size() - LISTED));
    model.addAttribute("missing", period.stream().filter(Submissions.UnitFiles::none).count());
    StandingFigures.Figures standing = figures.now();
    List<ReconcileStore.DutyCount> counts = standing.duties();
    List<UnitOverview.Line> lines = UnitOverview.of(dataSource, ReconcileStore.byUnit(counts));
    // the units most overdue first, at most LISTED of them
    List<UnitOverview.Line> owing =
        lines.stream()
            .filter(l -> l.duties().overdue() > 0 || l.duties().dueSoon() > 0)
            .sorted(
                Comparator.comparingInt((UnitOverview.Line l) -> -l.duties().overdue())
                    .thenComparingInt(l -> -l.duties().dueSoon()))
            .toList();
    model.addAttribute("owing", owing.subList(0, Math.min(LISTED, owing.size())));
    model.addAttribute("owingLeft", Math.max(0, owing.size() - LISTED));
    model.addAttribute("byRule", byRule(counts));
    model.addAttribute("onTime", OnTimeChart.of(lines));
    // what the last run recorded, never a count of the whole ledger's results on each visit
    model.addAttribute("lastRun", reconcile.runs(1).stream().findFirst().orElse(null));
    model.addAttribute("lastJob", lastReconcileJob().orElse(null));
    model.addAttribute("overdue", counts.stream().mapToInt(c -> c.duties().overdue()).sum());
    model.addAttribute("totals", standing.totals());
    model.addAttribute("recent", outcomes.latest(RECENT_FILES));
    model.addAttribute("now", LocalDateTime.now());
    return "dashboard-office";
  }

  /**
   * The last reconcile job as Spring Batch recorded it: one that failed leaves no result of its
   * own, so the dashboard says so beside the last one that finished.
   */
  public record LastJob(LocalDateTime start, boolean failed, String status) {}

  private Optional<LastJob> lastReconcileJob() {
    return Optional.ofNullable(jobs.getLastJobInstance("reconcile"))
        .map(jobs::getLastJobExecution)
        .map(
            e ->
                new LastJob(
                    e.getStartTime(),
                    e.getStatus().isUnsuccessful() || e.getStatus() == BatchStatus.ABANDONED,
                    switch (e.getStatus()) {
                      case COMPLETED -> "成功";
                      case STARTING, STARTED -> "正在运行";
                      case FAILED -> "失败";
                      default -> "未完成";
                    }));
  }

  /** A rule's duties, named as the chase lists name it. */
  public record RuleLine(String label, ReconcileStore.UnitDuties duties) {}

  /** Per rule with something overdue or due soon, in the catalogue's order. */
  private List<RuleLine> byRule(List<ReconcileStore.DutyCount> counts) {
    Map<String, ReconcileStore.UnitDuties> byRule = ReconcileStore.byRule(counts);
    return county.profile().catalogue().rules().stream()
        .filter(rule -> byRule.containsKey(rule.rule().key()))
        .map(rule -> new RuleLine(rule.label(), byRule.get(rule.rule().key())))
        .filter(line -> line.duties().overdue() > 0 || line.duties().dueSoon() > 0)
        .toList();
  }
}
