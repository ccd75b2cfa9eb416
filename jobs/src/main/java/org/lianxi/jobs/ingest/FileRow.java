package org.lianxi.jobs.ingest;

import org.lianxi.jobs.ingest.read.SheetRow;
import org.lianxi.ledger.files.ReceivedFile;
import org.lianxi.ledger.standard.RowValidator;

/** A row, the file it came in, and what validating it as its sender's report gave. */
record FileRow(ReceivedFile file, SheetRow row, RowValidator.Outcome outcome) {

  static FileRow checked(RowValidator validator, ReceivedFile file, SheetRow row) {
    return new FileRow(
        file,
        row,
        validator.validate(
            row.type(),
            row.sheet(),
            row.row(),
            row.cells(),
            file.sender(),
            file.receivedAt().toLocalDate()));
  }
}
