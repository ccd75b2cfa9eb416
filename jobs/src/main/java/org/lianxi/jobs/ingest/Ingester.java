package org.lianxi.jobs.ingest;

import java.nio.file.Path;
import java.time.LocalDateTime;
import org.lianxi.ledger.files.Channel;
import org.lianxi.ledger.files.ReceivedFile;
import org.lianxi.ledger.files.ReceivedFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Loads one received file as a unit's submission: lands and registers it (the same bytes from the
 * same sender never load twice), then runs the ingest job for it. A run that was killed is
 * recovered and resumed, so that a rerun finishes the work exactly once.
 */
@Component
public class Ingester {

  private static final Logger log = LoggerFactory.getLogger(Ingester.class);

  private final ReceivedFiles files;
  private final JobOperator operator;
  private final JobRepository repository;
  private final Job job;

  public Ingester(
      ReceivedFiles files,
      JobOperator operator,
      JobRepository repository,
      @org.springframework.beans.factory.annotation.Qualifier("ingestJob") Job ingestJob) {
    this.files = files;
    this.operator = operator;
    this.repository = repository;
    this.job = ingestJob;
  }

  /** What became of one file. */
  public record Result(ReceivedFile file, boolean duplicate) {}

  public Result ingest(
      String sender, Channel channel, String originalName, Path source, LocalDateTime receivedAt) {
    ReceivedFile file = files.register(sender, channel, originalName, source, receivedAt);
    if (!file.newlyRegistered() && !"received".equals(file.status())) {
      log.info(
          "{} from {}: the same file was received before (file {}), not loaded again",
          file.originalName(),
          sender,
          file.id());
      return new Result(file, true);
    }
    run(file.id());
    return new Result(files.get(file.id()), false);
  }

  /** Runs (or resumes) the ingest job of a registered file. */
  public void run(long fileId) {
    JobParameters parameters =
        new JobParametersBuilder().addLong("fileId", fileId).toJobParameters();
    try {
      JobExecution last = repository.getLastJobExecution(IngestJobConfiguration.JOB, parameters);
      if (last != null && last.getStatus().isRunning()) {
        // Left "running" by a process that was killed: mark it failed so that it can restart.
        log.warn("Resuming the interrupted load of file {}", fileId);
        operator.recover(last);
      }
      JobExecution execution = operator.start(job, parameters);
      if (execution.getStatus() != BatchStatus.COMPLETED) {
        throw new IllegalStateException(
            "loading file "
                + fileId
                + " ended "
                + execution.getStatus()
                + ": "
                + execution.getExitStatus().getExitDescription());
      }
    } catch (IllegalStateException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("loading file " + fileId + " failed: " + e.getMessage(), e);
    }
  }
}
