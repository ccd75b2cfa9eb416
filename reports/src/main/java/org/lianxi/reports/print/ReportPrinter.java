package org.lianxi.reports.print;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.export.ooxml.JRDocxExporter;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.export.Exporter;
import net.sf.jasperreports.export.ExporterInput;
import net.sf.jasperreports.export.OutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import org.lianxi.ledger.exchange.Table;
import org.lianxi.ledger.files.WholeFiles;

/**
 * Prints a {@link PrintedReport} with the project's own compiled templates (only ever loaded from
 * this module's classpath) as PDF (fonts embedded) or as an editable DOCX.
 */
public final class ReportPrinter {

  private static final String TEMPLATES = "/org/lianxi/reports/jasper/";
  private static final int COLUMNS = 6;

  private final JasperReport report = template("report");
  private final JasperReport table = template("table");
  private final JasperReport list = template("list");

  private static JasperReport template(String name) {
    try (InputStream in = ReportPrinter.class.getResourceAsStream(TEMPLATES + name + ".jasper")) {
      if (in == null) {
        throw new IllegalStateException(
            "the compiled template " + name + " is not on the classpath");
      }
      return (JasperReport) JRLoader.loadObject(in);
    } catch (IOException | JRException e) {
      throw new IllegalStateException("cannot load the template " + name, e);
    }
  }

  public JasperPrint fill(PrintedReport printed) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("TABLE", table);
    parameters.put("LIST", list);
    parameters.put("masthead", printed.masthead());
    parameters.put("issue", printed.issue());
    parameters.put("title", printed.title());
    parameters.put("office", printed.office());
    parameters.put("issued", printed.issued());
    parameters.put("note", printed.note());
    List<Map<String, ?>> sections = new ArrayList<>();
    for (Section section : printed.sections()) {
      sections.add(fields(section));
    }
    try {
      return JasperFillManager.getInstance(
              net.sf.jasperreports.engine.DefaultJasperReportsContext.getInstance())
          .fill(report, parameters, new JRMapCollectionDataSource(sections));
    } catch (JRException e) {
      throw new IllegalStateException("cannot fill the report: " + e.getMessage(), e);
    }
  }

  private static Map<String, Object> fields(Section section) {
    Map<String, Object> fields = new HashMap<>();
    fields.put("heading", section.heading());
    fields.put("list", section.layout() == Section.Layout.LIST);
    String text = section.text();
    Table t = section.table();
    if (t != null) {
      if (t.headers().size() > COLUMNS) {
        throw new IllegalArgumentException("a printed table has at most 6 columns: " + t.name());
      }
      for (int c = 0; c < t.headers().size(); c++) {
        fields.put("h" + (c + 1), t.headers().get(c));
      }
      int printed =
          section.layout() == Section.Layout.LIST
              ? t.rows().size()
              : Math.min(t.rows().size(), Section.PRINTED_ROWS);
      List<Map<String, ?>> rows = new ArrayList<>();
      for (List<String> cells : t.rows().subList(0, printed)) {
        Map<String, Object> row = new HashMap<>();
        for (int c = 0; c < cells.size() && c < COLUMNS; c++) {
          row.put("c" + (c + 1), cells.get(c));
        }
        rows.add(row);
      }
      fields.put("rows", rows);
      if (t.rows().size() > printed) {
        String more =
            "（共"
                + t.rows().size()
                + "项，此处列出前"
                + Section.PRINTED_ROWS
                + "项，完整清单见附表“"
                + t.name()
                + "”。）";
        text = text == null || text.isBlank() ? more : text + more;
      }
    }
    fields.put("text", text);
    List<Map<String, ?>> bars = new ArrayList<>();
    for (Section.Bar bar : section.chart()) {
      bars.add(Map.of("series", bar.series(), "category", bar.category(), "value", bar.value()));
    }
    fields.put("chart", bars);
    fields.put("chartTitle", section.chartTitle());
    return fields;
  }

  public void pdf(PrintedReport printed, Path target) throws IOException {
    pdf(fill(printed), target);
  }

  public void docx(PrintedReport printed, Path target) throws IOException {
    docx(fill(printed), target);
  }

  /** A filled report as PDF: a report printed in both formats is filled once. */
  public void pdf(JasperPrint filled, Path target) throws IOException {
    export(filled, target, new JRPdfExporter());
  }

  public void docx(JasperPrint filled, Path target) throws IOException {
    export(filled, target, new JRDocxExporter());
  }

  private static void export(
      JasperPrint print,
      Path target,
      Exporter<ExporterInput, ?, ?, OutputStreamExporterOutput> exporter)
      throws IOException {
    WholeFiles.write(
        target,
        out -> {
          exporter.setExporterInput(new SimpleExporterInput(print));
          exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
          try {
            exporter.exportReport();
          } catch (JRException e) {
            throw new IOException(
                "cannot export " + target.getFileName() + ": " + e.getMessage(), e);
          }
        });
  }
}
