package org.lianxi.reports.print;

import java.awt.Font;
import java.util.Locale;
import net.sf.jasperreports.charts.JRAbstractChartCustomizer;
import net.sf.jasperreports.charts.JRChart;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.fonts.FontUtil;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;

/**
 * Charts draw with plain AWT fonts, which know nothing of font sets: Chinese labels get the bundled
 * CJK font, the figures on the value axis the bundled Latin one. Named by the report template.
 */
public final class ChartFonts extends JRAbstractChartCustomizer {

  @Override
  public void customize(JFreeChart chart, JRChart jasperChart) {
    Font chinese = font("Lianxi CJK", 9f);
    Font figures = font("DejaVu Sans", 8f);
    TextTitle title = chart.getTitle();
    if (title != null) {
      title.setFont(font("Lianxi CJK", 11f));
    }
    for (int i = 0; i < chart.getSubtitleCount(); i++) {
      if (chart.getSubtitle(i) instanceof LegendTitle legend) {
        legend.setItemFont(chinese);
      }
    }
    if (chart.getPlot() instanceof CategoryPlot plot) {
      plot.getDomainAxis().setTickLabelFont(chinese);
      plot.getDomainAxis().setLabelFont(chinese);
      plot.getRangeAxis().setTickLabelFont(figures);
      plot.getRangeAxis().setLabelFont(chinese);
    }
  }

  private static Font font(String family, float size) {
    Font font =
        FontUtil.getInstance(DefaultJasperReportsContext.getInstance())
            .getAwtFontFromBundles(family, Font.PLAIN, size, Locale.SIMPLIFIED_CHINESE, true);
    if (font == null) {
      throw new IllegalStateException("the bundled font " + family + " is missing");
    }
    return font;
  }
}
