package org.lianxi.reports.print;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Compiles every {@code .jrxml} of a folder into {@code .jasper} files; run by the build ({@code
 * process-classes}), so a broken template fails the build and only compiled templates ship.
 */
public final class TemplateCompiler {

  private TemplateCompiler() {}

  /** Arguments: the folder of templates, the folder to write the compiled ones to. */
  public static void main(String[] args) throws IOException, JRException {
    Path sources = Path.of(args[0]);
    Path target = Files.createDirectories(Path.of(args[1]));
    List<Path> templates;
    try (var files = Files.list(sources)) {
      templates = files.filter(f -> f.toString().endsWith(".jrxml")).sorted().toList();
    }
    if (templates.isEmpty()) {
      throw new IllegalStateException("no .jrxml templates in " + sources);
    }
    for (Path template : templates) {
      String name = template.getFileName().toString().replace(".jrxml", ".jasper");
      JasperCompileManager.compileReportToFile(
          template.toString(), target.resolve(name).toString());
    }
  }
}
