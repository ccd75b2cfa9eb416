package org.lianxi.jobs.ingest;

import java.util.List;
import org.lianxi.jobs.ingest.read.SheetRow;
import org.lianxi.ledger.standard.Problem;
import org.lianxi.ledger.standard.ReportRow;

/** A row after validation: accepted ({@code report}) or rejected ({@code problems}). */
record IngestItem(SheetRow source, ReportRow report, List<Problem> problems) {
  boolean accepted() {
    return report != null;
  }
}
