package org.lianxi.jobs.ingest;

import java.time.LocalDate;
import org.lianxi.jobs.ingest.read.SheetRow;
import org.lianxi.ledger.standard.RowValidator;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Validates a row as the sending unit's report; a rejected row travels on with its problems. */
class RowProcessor implements ItemProcessor<SheetRow, IngestItem> {

  private final RowValidator validator;
  private final String sender;
  private final LocalDate arrivedOn;

  RowProcessor(RowValidator validator, String sender, LocalDate arrivedOn) {
    this.validator = validator;
    this.sender = sender;
    this.arrivedOn = arrivedOn;
  }

  @Override
  public IngestItem process(SheetRow row) {
    var outcome =
        validator.validate(row.type(), row.sheet(), row.row(), row.cells(), sender, arrivedOn);
    return new IngestItem(row, outcome.row(), outcome.problems());
  }
}
