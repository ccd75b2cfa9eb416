package org.lianxi.app.commands;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain text table, aligned by display width (a Chinese character is two columns wide). */
final class PlainTable {

  private final List<String[]> rows = new ArrayList<>();

  PlainTable(String... header) {
    rows.add(header);
  }

  PlainTable row(Object... cells) {
    String[] text = new String[cells.length];
    for (int i = 0; i < cells.length; i++) {
      text[i] = cells[i] == null ? "-" : cells[i].toString();
    }
    rows.add(text);
    return this;
  }

  void print(PrintWriter out) {
    int columns = rows.get(0).length;
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int i = 0; i < columns; i++) {
        widths[i] = Math.max(widths[i], width(row[i]));
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < columns; i++) {
        line.append(row[i]);
        if (i < columns - 1) {
          line.append(" ".repeat(widths[i] - width(row[i]) + 2));
        }
      }
      out.println(line.toString().stripTrailing());
    }
    out.flush();
  }

  static int width(String text) {
    return text.codePoints().map(c -> Character.isIdeographic(c) || isWide(c) ? 2 : 1).sum();
  }

  private static boolean isWide(int c) {
    return (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF60);
  }
}
