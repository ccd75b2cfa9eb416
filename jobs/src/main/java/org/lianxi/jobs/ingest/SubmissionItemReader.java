package org.lianxi.jobs.ingest;

import java.nio.file.Path;
import org.lianxi.jobs.ingest.read.SheetRow;
import org.lianxi.jobs.ingest.read.SubmissionRows;
import org.lianxi.jobs.ingest.read.Submissions;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * The data rows of one landed file. Restartable: the count of rows read is saved with every
 * committed chunk, and a restart skips that many before going on.
 */
class SubmissionItemReader extends AbstractItemCountingItemStreamItemReader<SheetRow> {

  private final Path file;
  private final String displayName;
  private SubmissionRows rows;

  SubmissionItemReader(Path file, String displayName) {
    this.file = file;
    this.displayName = displayName;
    setName("submission");
  }

  @Override
  protected void doOpen() throws Exception {
    rows = new SubmissionRows(Submissions.open(file, displayName));
  }

  @Override
  protected SheetRow doRead() throws Exception {
    return rows.next().orElse(null);
  }

  @Override
  protected void doClose() throws Exception {
    if (rows != null) {
      rows.close();
      rows = null;
    }
  }
}
