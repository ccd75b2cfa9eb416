package org.lianxi.console.web;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.lianxi.jobs.ingest.IngestRows;
import org.lianxi.ledger.files.ChannelPolls;
import org.lianxi.ledger.reconcile.ReconcileStore;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 运行 (the office): the latest ingest and reconcile runs from Spring Batch's own job records (with
 * their steps' counts), the reconcile runs' results from {@code reconcile_run}, and how each
 * channel's last poll went, when serve's routes are running in this process.
 */
@Controller
class RunController {

  /** How many job runs, and reconcile results, the page lists. */
  static final int LISTED = 100;

  /** The jobs, by their Spring Batch names, as the page names them. */
  private static final Map<String, String> JOBS = Map.of("ingest", "导入", "reconcile", "比对");

  private static final Map<BatchStatus, String> STATUS =
      Map.of(
          BatchStatus.COMPLETED, "完成",
          BatchStatus.STARTING, "正在启动",
          BatchStatus.STARTED, "正在运行",
          BatchStatus.STOPPING, "正在停止",
          BatchStatus.STOPPED, "已停止",
          BatchStatus.FAILED, "失败",
          BatchStatus.ABANDONED, "已放弃",
          BatchStatus.UNKNOWN, "未知");

  private final JobRepository jobs;
  private final ReconcileStore reconciles;
  private final ObjectProvider<ChannelPolls> polls;

  RunController(JobRepository jobs, ReconcileStore reconciles, ObjectProvider<ChannelPolls> polls) {
    this.jobs = jobs;
    this.reconciles = reconciles;
    this.polls = polls;
  }

  /** One job run as the page shows it: its steps' counts summed, its problem when it failed. */
  record JobRun(
      long id,
      String job,
      LocalDateTime start,
      LocalDateTime end,
      String took,
      String status,
      boolean failed,
      long read,
      long written,
      long skipped,
      long rowsAccepted,
      long rowsRejected,
      String problem) {}

  @GetMapping("/runs")
  String runs(Model model) {
    model.addAttribute("jobs", jobRuns());
    model.addAttribute("reconciles", reconciles.runs(LISTED));
    model.addAttribute("listed", LISTED);
    ChannelPolls channels = polls.getIfAvailable();
    model.addAttribute("polling", channels != null);
    model.addAttribute("polls", channels == null ? List.of() : channels.endpoints());
    return "runs";
  }

  private List<JobRun> jobRuns() {
    List<JobExecution> executions = new ArrayList<>();
    for (String name : JOBS.keySet()) {
      // newest instances first; each ingest pass and reconcile is an instance of its own
      for (JobInstance instance : jobs.getJobInstances(name, 0, LISTED)) {
        executions.addAll(jobs.getJobExecutions(instance));
      }
    }
    return executions.stream()
        // execution ids grow with every run, across both jobs: newest first
        .sorted(Comparator.comparingLong(JobExecution::getId).reversed())
        .limit(LISTED)
        .map(RunController::shown)
        .toList();
  }

  private static JobRun shown(JobExecution e) {
    long read = 0;
    long written = 0;
    long skipped = 0;
    long accepted = 0;
    long rejected = 0;
    for (StepExecution step : e.getStepExecutions()) {
      read += step.getReadCount();
      written += step.getWriteCount();
      skipped += step.getSkipCount();
      accepted += IngestRows.accepted(step);
      rejected += IngestRows.rejected(step);
    }
    boolean failed = e.getStatus().isUnsuccessful() || e.getStatus() == BatchStatus.ABANDONED;
    String description = e.getExitStatus().getExitDescription();
    return new JobRun(
        e.getId(),
        JOBS.getOrDefault(e.getJobInstance().getJobName(), e.getJobInstance().getJobName()),
        e.getStartTime(),
        e.getEndTime(),
        took(e.getStartTime(), e.getEndTime()),
        STATUS.getOrDefault(e.getStatus(), e.getStatus().name()),
        failed,
        read,
        written,
        skipped,
        accepted,
        rejected,
        failed && description != null ? firstLine(description) : "");
  }

  /** How long it took, as people say it: 1分5秒, 0.4秒. */
  private static String took(LocalDateTime start, LocalDateTime end) {
    if (start == null || end == null) {
      return "—";
    }
    Duration d = Duration.between(start, end);
    if (d.toSeconds() < 60) {
      return String.format("%.1f秒", d.toMillis() / 1000.0);
    }
    return d.toMinutes() + "分" + d.toSecondsPart() + "秒";
  }

  /** A failure's first line: the exit description holds a whole stack trace. */
  private static String firstLine(String description) {
    String line = description.lines().findFirst().orElse("").strip();
    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
  }
}
