package org.lianxi.jobs.ingest;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.lianxi.jobs.ingest.read.SheetRow;
import org.lianxi.ledger.county.CountyConfig;
import org.lianxi.ledger.county.UnitDirectory;
import org.lianxi.ledger.files.ReceivedFile;
import org.lianxi.ledger.files.ReceivedFiles;
import org.lianxi.ledger.standard.RowValidator;
import org.lianxi.ledger.store.ReportStore;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The ingest job: one run per received file (job parameter {@code fileId}). Steps: {@code inspect}
 * (the whole file must read, else it is rejected whole), {@code load} (chunks of validated rows,
 * each chunk one transaction with the reader's position, so a killed run resumes where it stopped),
 * {@code finish} (the file is marked loaded).
 */
@Configuration(proxyBeanMethods = false)
public class IngestJobConfiguration {

  static final String JOB = "ingest";
  static final int CHUNK = 500;

  @Bean
  public ReceivedFiles receivedFiles(
      DataSource dataSource, @Value("${lianxi.data:data}") String dataFolder) {
    return new ReceivedFiles(dataSource, Path.of(dataFolder).resolve("landed"));
  }

  @Bean
  public ReportStore reportStore(DataSource dataSource) {
    return new ReportStore(dataSource);
  }

  @Bean
  public RowValidator rowValidator(CountyConfig county) {
    return new RowValidator(new UnitDirectory(county));
  }

  @Bean
  public Job ingestJob(
      JobRepository jobs,
      @Qualifier("inspectStep") Step inspect,
      @Qualifier("loadStep") Step load,
      @Qualifier("finishStep") Step finish) {
    return new JobBuilder(JOB, jobs)
        .start(inspect)
        .on(InspectTasklet.REJECTED.getExitCode())
        .end()
        .from(inspect)
        .on(ExitStatus.COMPLETED.getExitCode())
        .to(load)
        .next(finish)
        .from(inspect)
        .on("*")
        .fail()
        .end()
        .build();
  }

  @Bean
  public Step inspectStep(
      JobRepository jobs, PlatformTransactionManager tx, InspectTasklet inspectTasklet) {
    return new StepBuilder("inspect", jobs).tasklet(inspectTasklet, tx).build();
  }

  @Bean
  @StepScope
  public InspectTasklet inspectTasklet(
      @Value("#{jobParameters['fileId']}") Long fileId,
      ReceivedFiles files,
      DataSource dataSource) {
    return new InspectTasklet(fileId, files, new JdbcTemplate(dataSource));
  }

  @Bean
  public Step loadStep(
      JobRepository jobs,
      PlatformTransactionManager tx,
      SubmissionItemReader submissionReader,
      RowProcessor rowProcessor,
      IngestWriter ingestWriter) {
    return new StepBuilder("load", jobs)
        .<SheetRow, IngestItem>chunk(CHUNK)
        .transactionManager(tx)
        .reader(submissionReader)
        .processor(rowProcessor)
        .writer(ingestWriter)
        .build();
  }

  @Bean
  @StepScope
  public SubmissionItemReader submissionReader(
      @Value("#{jobParameters['fileId']}") Long fileId, ReceivedFiles files) {
    ReceivedFile file = files.get(fileId);
    return new SubmissionItemReader(files.landedPath(file), file.originalName());
  }

  @Bean
  @StepScope
  public RowProcessor rowProcessor(
      @Value("#{jobParameters['fileId']}") Long fileId,
      ReceivedFiles files,
      RowValidator validator) {
    ReceivedFile file = files.get(fileId);
    return new RowProcessor(validator, file.sender(), file.receivedAt().toLocalDate());
  }

  @Bean
  @StepScope
  public IngestWriter ingestWriter(
      @Value("#{jobParameters['fileId']}") Long fileId,
      ReportStore reports,
      DataSource dataSource) {
    return new IngestWriter(fileId, reports, new JdbcTemplate(dataSource));
  }

  @Bean
  public Step finishStep(JobRepository jobs, PlatformTransactionManager tx, DataSource dataSource) {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    return new StepBuilder("finish", jobs)
        .tasklet(
            (contribution, context) -> {
              long fileId =
                  context.getStepContext().getStepExecution().getJobParameters().getLong("fileId");
              jdbc.update(
                  "UPDATE received_file SET status = 'loaded', loaded_at = NOW(3) WHERE id = ? AND status = 'received'",
                  fileId);
              return org.springframework.batch.infrastructure.repeat.RepeatStatus.FINISHED;
            },
            tx)
        .build();
  }
}
