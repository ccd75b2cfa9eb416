package org.lianxi.jobs.ingest;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.lianxi.ledger.county.CountyConfig;
import org.lianxi.ledger.county.UnitDirectory;
import org.lianxi.ledger.files.FileResults;
import org.lianxi.ledger.files.ReceivedFiles;
import org.lianxi.ledger.standard.RowValidator;
import org.lianxi.ledger.store.ReportStore;
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
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The ingest job: one run per intake pass (job parameter {@code upTo}, the newest file it takes).
 * Its one step reads every file still waiting, oldest first, and writes them {@value #FILES} to a
 * chunk, each chunk one transaction that holds its files whole, rows, counts and status together: a
 * killed run leaves each file loaded or untouched, and the next pass takes the untouched ones.
 */
@Configuration(proxyBeanMethods = false)
public class IngestJobConfiguration {

  static final String JOB = "ingest";

  /**
   * Files per chunk: the job repository's bookkeeping is paid once for so many files, and each
   * type's rows go to the ledger in one load a chunk (300 units: 50 files 9,886-11,502 rows/s, 150
   * files 11,927-12,505).
   */
  static final int FILES = 150;

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
  public Job ingestJob(JobRepository jobs, @Qualifier("loadStep") Step load) {
    return new JobBuilder(JOB, jobs).start(load).build();
  }

  @Bean
  public Step loadStep(
      JobRepository jobs,
      PlatformTransactionManager tx,
      PendingFiles pendingFiles,
      FileLoader fileLoader) {
    return new StepBuilder("load", jobs)
        .<PendingFile, PendingFile>chunk(FILES)
        .transactionManager(tx)
        .reader(pendingFiles)
        .writer(fileLoader)
        .build();
  }

  @Bean
  @StepScope
  public PendingFiles pendingFiles(
      @Value("#{jobParameters['upTo']}") Long upTo, ReceivedFiles files, RowValidator validator) {
    return new PendingFiles(files, validator, upTo);
  }

  @Bean
  public FileLoader fileLoader(
      ReceivedFiles files, ReportStore reports, RowValidator validator, DataSource dataSource) {
    return new FileLoader(files, new FileResults(dataSource), reports, validator);
  }
}
