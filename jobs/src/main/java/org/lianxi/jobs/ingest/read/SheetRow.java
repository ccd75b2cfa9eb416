package org.lianxi.jobs.ingest.read;

import java.util.Map;
import org.lianxi.ledger.standard.Column;
import org.lianxi.ledger.standard.RecordType;

/** A data row of a recognised sheet, its cells by the standard's columns. */
public record SheetRow(RecordType type, String sheet, int row, Map<Column, String> cells) {}
