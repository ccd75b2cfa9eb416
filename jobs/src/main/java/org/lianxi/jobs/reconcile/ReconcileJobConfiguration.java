package org.lianxi.jobs.reconcile;

import java.time.LocalDate;
import javax.sql.DataSource;
import org.lianxi.ledger.county.CountyConfig;
import org.lianxi.ledger.reconcile.JudgedLedger;
import org.lianxi.ledger.reconcile.ReconcileStore;
import org.lianxi.ledger.reconcile.Reconciliation;
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
              JudgedLedger judged = JudgedLedger.judge(county, dataSource, asOf);
              Reconciliation result = judged.reconciliation();
              new ReconcileStore(dataSource)
                  .replace(
                      result,
                      judged.periods(),
                      new ReconcileStore.RunInfo(
                          Deadlines.endOf(asOf),
                          judged.calendarVersion(),
                          judged.profileVersion()));
              contribution.incrementWriteCount(result.judgements().size());
              return RepeatStatus.FINISHED;
            },
            tx)
        .build();
  }
}
