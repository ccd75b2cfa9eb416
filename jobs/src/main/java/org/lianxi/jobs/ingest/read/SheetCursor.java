package org.lianxi.jobs.ingest.read;

import java.io.IOException;
import java.util.Optional;

/** The rows of one sheet (or one CSV file), read one at a time. */
public interface SheetCursor {

  /** The sheet's name; for a CSV, the record type's sheet name taken from the file name. */
  String name();

  Optional<RawRow> next() throws IOException, UnreadableFileException;
}
