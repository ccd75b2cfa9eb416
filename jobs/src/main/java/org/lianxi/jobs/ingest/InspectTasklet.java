package org.lianxi.jobs.ingest;

import java.util.List;
import java.util.Optional;
import org.lianxi.jobs.ingest.read.SheetRow;
import org.lianxi.jobs.ingest.read.SubmissionRows;
import org.lianxi.jobs.ingest.read.Submissions;
import org.lianxi.jobs.ingest.read.UnreadableFileException;
import org.lianxi.ledger.files.ReceivedFile;
import org.lianxi.ledger.files.ReceivedFiles;
import org.lianxi.ledger.standard.Problem;
import org.lianxi.ledger.standard.RecordType;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads the whole file once before anything is loaded, so that a file that cannot be read to its
 * end is rejected as a whole with nothing from it in the ledger. Records the sheets found, the
 * sheets ignored and the sheets without a header, in one transaction.
 */
class InspectTasklet implements Tasklet {

  static final ExitStatus REJECTED = new ExitStatus("REJECTED");

  private final long fileId;
  private final ReceivedFiles files;
  private final JdbcTemplate jdbc;

  InspectTasklet(long fileId, ReceivedFiles files, JdbcTemplate jdbc) {
    this.fileId = fileId;
    this.files = files;
    this.jdbc = jdbc;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext)
      throws Exception {
    ReceivedFile file = files.get(fileId);
    SubmissionRows rows;
    int total = 0;
    try (SubmissionRows reader =
        new SubmissionRows(Submissions.open(files.landedPath(file), file.originalName()))) {
      for (Optional<SheetRow> row = reader.next(); row.isPresent(); row = reader.next()) {
        total++;
      }
      rows = reader;
    } catch (UnreadableFileException e) {
      reject(e.getMessage());
      contribution.setExitStatus(REJECTED);
      return RepeatStatus.FINISHED;
    }
    if (rows.recognisedSheets().isEmpty()) {
      reject(
          rows.sheetProblems().isEmpty()
              ? "工作簿中没有标准规定的工作表（应为："
                  + String.join(
                      "、",
                      java.util.Arrays.stream(RecordType.values()).map(RecordType::sheet).toList())
                  + "）"
              : "工作簿中没有可读取的工作表：" + rows.sheetProblems().get(0).reason());
      contribution.setExitStatus(REJECTED);
      return RepeatStatus.FINISHED;
    }
    for (String sheet : rows.recognisedSheets()) {
      jdbc.update(
          "INSERT IGNORE INTO received_sheet (file_id, sheet_name, record_type) VALUES (?, ?, ?)",
          fileId,
          sheet,
          RecordType.bySheet(sheet).orElseThrow().key());
    }
    for (String sheet : rows.ignoredSheets()) {
      jdbc.update(
          "INSERT IGNORE INTO received_sheet (file_id, sheet_name) VALUES (?, ?)", fileId, sheet);
    }
    insertProblems(rows.sheetProblems());
    jdbc.update("UPDATE received_file SET zero_report = ? WHERE id = ?", total == 0, fileId);
    return RepeatStatus.FINISHED;
  }

  private void reject(String reason) {
    jdbc.update(
        "UPDATE received_file SET status = 'rejected', reason = ?, loaded_at = NOW(3) WHERE id = ?",
        reason,
        fileId);
    insertProblems(List.of(Problem.ofFile(reason)));
  }

  private void insertProblems(List<Problem> problems) {
    for (Problem p : problems) {
      jdbc.update(
          "INSERT INTO file_problem (file_id, sheet_name, row_no, column_name, cell_value, reason)"
              + " VALUES (?, ?, ?, ?, ?, ?)",
          fileId,
          p.sheet(),
          p.row(),
          p.column(),
          p.value(),
          p.reason());
    }
  }
}
