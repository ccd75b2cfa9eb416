package org.lianxi.jobs.reconcile;

import java.time.LocalDate;
import javax.sql.DataSource;
import org.lianxi.ledger.county.CountyConfig;
import org.lianxi.ledger.reconcile.ReconcilePass;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The reconcile job (job parameters {@code asOf}, a date; {@code full}, to judge every record
 * again; and {@code run}, so that the same date can be reconciled again): the current reports are
 * matched and judged by the calendar in the database and the county's profile, and the results are
 * written in one transaction. Nightly, only what can have changed is judged ({@link
 * ReconcilePass}).
 */
@Configuration(proxyBeanMethods = false)
public class ReconcileJobConfiguration {

  private static final Logger log = LoggerFactory.getLogger(ReconcileJobConfiguration.class);

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
              JobParameters parameters =
                  context.getStepContext().getStepExecution().getJobParameters();
              LocalDate asOf = LocalDate.parse(parameters.getString("asOf"));
              boolean full = "true".equals(parameters.getString("full"));
              ReconcilePass.Outcome outcome = new ReconcilePass(county, dataSource).run(asOf, full);
              log.info(
                  "Reconciled as of {} ({}): {} records judged, {} judgements written",
                  asOf,
                  outcome.scope(),
                  outcome.recordsJudged(),
                  outcome.judgementsWritten());
              contribution.incrementWriteCount(outcome.judgementsWritten());
              return RepeatStatus.FINISHED;
            },
            tx)
        .build();
  }
}
