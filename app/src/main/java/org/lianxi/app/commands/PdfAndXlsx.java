package org.lianxi.app.commands;

import java.util.EnumSet;
import java.util.Set;
import org.lianxi.reports.Reports.Format;
import picocli.CommandLine.Option;

/** {@code --format pdf,xlsx}: for the reports written as a PDF and a workbook. */
final class PdfAndXlsx {

  @Option(
      names = "--format",
      paramLabel = "pdf,xlsx",
      defaultValue = "pdf,xlsx",
      description = "Which files to write (default: both).")
  String format;

  Set<Format> formats() {
    return ReportOptions.formats(format, EnumSet.of(Format.PDF, Format.XLSX));
  }
}
