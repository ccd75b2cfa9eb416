package org.lianxi.jobs.ingest.read;

import java.io.IOException;
import java.util.Optional;

/** An opened submission file: its sheets, one after the other, each read once. */
public interface Submission extends AutoCloseable {

  Optional<SheetCursor> nextSheet() throws IOException, UnreadableFileException;

  @Override
  void close() throws IOException;
}
