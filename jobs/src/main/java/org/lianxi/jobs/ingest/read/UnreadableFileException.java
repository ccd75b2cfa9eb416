package org.lianxi.jobs.ingest.read;

/**
 * A file that cannot be read as a submission (truncated, encrypted, not a workbook, a zip bomb, too
 * many entries, XML entities …). The whole file is rejected; the message is plain Chinese.
 */
public class UnreadableFileException extends Exception {
  private static final long serialVersionUID = 1L;

  public UnreadableFileException(String reasonInChinese) {
    super(reasonInChinese);
  }

  public UnreadableFileException(String reasonInChinese, Throwable cause) {
    super(reasonInChinese, cause);
  }
}
