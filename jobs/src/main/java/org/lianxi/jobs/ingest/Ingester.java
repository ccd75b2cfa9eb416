package org.lianxi.jobs.ingest;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lianxi.ledger.db.LedgerLock;
import org.lianxi.ledger.files.Arrival;
import org.lianxi.ledger.files.Channel;
import org.lianxi.ledger.files.ReceivedFile;
import org.lianxi.ledger.files.ReceivedFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Loads received files as units' submissions: lands and registers them (the same bytes from the
 * same sender never load twice), then runs one ingest pass over every file still waiting up to the
 * newest of them, so that files a killed run left behind are finished too, exactly once.
 */
@Component
public class Ingester {

  private static final Logger log = LoggerFactory.getLogger(Ingester.class);

  private final ReceivedFiles files;
  private final JobOperator operator;
  private final Job job;

  private final LedgerLock lock;

  public Ingester(
      ReceivedFiles files,
      JobOperator operator,
      @Qualifier("ingestJob") Job ingestJob,
      LedgerLock lock) {
    this.files = files;
    this.operator = operator;
    this.job = ingestJob;
    this.lock = lock;
  }

  /** What became of one file. */
  public record Result(ReceivedFile file, boolean duplicate) {}

  public Result ingest(
      String sender, Channel channel, String originalName, Path source, LocalDateTime receivedAt) {
    return ingestAll(List.of(new Arrival(sender, channel, originalName, source, receivedAt)))
        .get(0);
  }

  /**
   * Registers every file, then loads the new ones in one pass; results in the same order. One pass
   * at a time on the ledger ({@link LedgerLock}): a second waits for the first.
   */
  public List<Result> ingestAll(List<Arrival> arrivals) {
    return lock.hold("Loading " + arrivals.size() + " file(s)", () -> ingestHeld(arrivals));
  }

  private List<Result> ingestHeld(List<Arrival> arrivals) {
    List<ReceivedFile> registered = files.registerAll(arrivals);
    long upTo = 0;
    for (ReceivedFile file : registered) {
      if (file.waiting()) {
        upTo = Math.max(upTo, file.id());
      } else {
        log.info(
            "{} from {}: the same file was received before (file {}), not loaded again",
            file.originalName(),
            file.sender(),
            file.id());
      }
    }
    RuntimeException failed = null;
    if (upTo > 0) {
      try {
        run(upTo);
      } catch (RuntimeException e) {
        failed = e; // its chunks before the failure are committed: see what became of our files
      }
    }
    Map<Long, ReceivedFile> now =
        files.get(registered.stream().filter(f -> !isDuplicate(f)).map(ReceivedFile::id).toList());
    if (failed != null) {
      if (now.values().stream().anyMatch(ReceivedFile::waiting)) {
        throw failed;
      }
      log.warn(
          "The ingest pass failed after it had loaded these files; they are answered as loaded: {}",
          failed.getMessage());
    }
    List<Result> results = new ArrayList<>();
    for (ReceivedFile file : registered) {
      boolean duplicate = isDuplicate(file);
      ReceivedFile after = duplicate ? file : now.get(file.id());
      if (after.waiting()) {
        // Another run had it locked: it is theirs to load and answer.
        throw new IllegalStateException(
            "file " + after.id() + " is being loaded by another run; try again later");
      }
      results.add(new Result(after, duplicate));
    }
    return results;
  }

  /** Sent and registered before, and loaded or rejected then: nothing to do for it now. */
  private static boolean isDuplicate(ReceivedFile file) {
    return !file.newlyRegistered() && !file.waiting();
  }

  /** Runs one ingest pass over every file still waiting with an id up to {@code upTo}. */
  public void run(long upTo) {
    try {
      JobExecution execution =
          operator.start(
              job,
              new JobParametersBuilder()
                  .addLong("upTo", upTo)
                  .addString("pass", UUID.randomUUID().toString())
                  .toJobParameters());
      if (execution.getStatus() != BatchStatus.COMPLETED) {
        throw new IllegalStateException(
            "loading files up to "
                + upTo
                + " ended "
                + execution.getStatus()
                + ": "
                + execution.getExitStatus().getExitDescription());
      }
    } catch (IllegalStateException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(
          "loading files up to " + upTo + " failed: " + e.getMessage(), e);
    }
  }
}
