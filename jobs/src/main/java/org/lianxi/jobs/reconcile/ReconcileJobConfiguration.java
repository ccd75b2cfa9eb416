package org.lianxi.jobs.reconcile;

import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.lianxi.ledger.calendar.CalendarStore;
import org.lianxi.ledger.county.CountyConfig;
import org.lianxi.ledger.county.Unit;
import org.lianxi.ledger.county.UnitType;
import org.lianxi.ledger.reconcile.LedgerSnapshot;
import org.lianxi.ledger.reconcile.ReconcileStore;
import org.lianxi.ledger.reconcile.Reconciler;
import org.lianxi.ledger.reconcile.Reconciliation;
import org.lianxi.ledger.reconcile.SubmissionCadence;
import org.lianxi.ledger.reconcile.SubmissionPeriod;
import org.lianxi.ledger.rules.Deadlines;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The reconcile job (job parameters {@code asOf}, a date, and {@code run}, so that the same date
 * can be reconciled again): the current reports are matched and judged by the calendar in the
 * database and the county's profile, and the results replace the previous ones in one transaction.
 */
@Configuration(proxyBeanMethods = false)
public class ReconcileJobConfiguration {

  static final String JOB = "reconcile";

  /** The units that must submit every period: townships and departments. */
  static final List<UnitType> SUBMITTING = List.of(UnitType.TOWNSHIP, UnitType.DEPARTMENT);

  @Bean
  public Job reconcileJob(JobRepository jobs, Step judgeStep) {
    return new JobBuilder(JOB, jobs).start(judgeStep).build();
  }

  @Bean
  public Step judgeStep(
      JobRepository jobs,
      PlatformTransactionManager tx,
      DataSource dataSource,
      CountyConfig county) {
    return new StepBuilder("judge", jobs)
        .tasklet(
            (contribution, context) -> {
              LocalDate asOf =
                  LocalDate.parse(
                      context
                          .getStepContext()
                          .getStepExecution()
                          .getJobParameters()
                          .getString("asOf"));
              var calendar = new CalendarStore(dataSource).load();
              LedgerSnapshot snapshot = new LedgerSnapshot(dataSource);
              Reconciliation result =
                  new Reconciler(county.profile(), new Deadlines(calendar))
                      .reconcile(snapshot.currentReports(), Deadlines.endOf(asOf));
              List<String> submitting =
                  county.units().stream()
                      .filter(u -> SUBMITTING.contains(u.type()))
                      .map(Unit::code)
                      .toList();
              List<SubmissionPeriod> periods =
                  new SubmissionCadence(county.profile().submissionCadence())
                      .periods(submitting, snapshot.loadedFiles(), asOf);
              new ReconcileStore(dataSource)
                  .replace(
                      result,
                      periods,
                      new ReconcileStore.RunInfo(
                          Deadlines.endOf(asOf), calendar.version(), county.profile().version()));
              contribution.incrementWriteCount(result.judgements().size());
              return RepeatStatus.FINISHED;
            },
            tx)
        .build();
  }
}
