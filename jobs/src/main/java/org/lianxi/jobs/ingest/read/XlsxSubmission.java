package org.lianxi.jobs.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.SAXException;

/**
 * An {@code .xlsx} workbook, streamed: each sheet's XML is pulled row by row (StAX), so memory does
 * not grow with the number of rows. Formulas are read by their cached value, never evaluated. POI's
 * secure XML factory refuses DTDs and external entities; its zip limits refuse zip bombs.
 */
final class XlsxSubmission implements Submission {

  /** Cells beyond this column are ignored: no sheet of the standard is nearly as wide. */
  private static final int MAX_COLUMNS = 256;

  private static final XMLInputFactory XML = XMLHelper.newXMLInputFactory();

  private final OPCPackage pkg;
  private final ReadOnlySharedStringsTable strings;
  private final String[] stringTexts; // each shared string as text, made once
  private final List<Boolean> dateStyles; // by cell style (xf) index
  private final XSSFReader.SheetIterator sheets;
  private final boolean use1904;
  private InputStream currentSheet;

  XlsxSubmission(Path file) throws IOException, UnreadableFileException {
    try {
      this.pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
    } catch (OpenXML4JException | RuntimeException e) {
      throw Unreadable.from(e);
    }
    try {
      XSSFReader reader = new XSSFReader(pkg);
      this.strings = new ReadOnlySharedStringsTable(pkg, false); // no phonetic (pinyin) runs
      this.stringTexts = new String[strings.getUniqueCount()];
      this.dateStyles = dateStyles(reader);
      this.use1904 = isDate1904(reader);
      this.sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
    } catch (OpenXML4JException | SAXException | XMLStreamException | RuntimeException e) {
      pkg.revert();
      throw Unreadable.from(e);
    }
  }

  @Override
  public Optional<SheetCursor> nextSheet() throws IOException, UnreadableFileException {
    closeCurrent();
    try {
      if (!sheets.hasNext()) {
        return Optional.empty();
      }
      currentSheet = sheets.next();
      XMLStreamReader xml = XML.createXMLStreamReader(currentSheet);
      return Optional.of(new Cursor(sheets.getSheetName(), xml));
    } catch (XMLStreamException | RuntimeException e) {
      throw Unreadable.from(e);
    }
  }

  @Override
  public void close() throws IOException {
    closeCurrent();
    pkg.revert(); // read-only: nothing is ever written back
  }

  private void closeCurrent() throws IOException {
    if (currentSheet != null) {
      currentSheet.close();
      currentSheet = null;
    }
  }

  private static boolean isDate1904(XSSFReader reader)
      throws IOException, OpenXML4JException, XMLStreamException {
    try (InputStream in = reader.getWorkbookData()) {
      XMLStreamReader xml = XML.createXMLStreamReader(in);
      while (xml.hasNext()) {
        if (xml.next() == XMLStreamConstants.START_ELEMENT
            && xml.getLocalName().equals("workbookPr")) {
          String value = xml.getAttributeValue(null, "date1904");
          return "1".equals(value) || "true".equals(value);
        }
      }
      return false;
    }
  }

  /**
   * Which cell styles show a date: read from {@code styles.xml} by StAX (the number format of each
   * {@code cellXfs/xf}), not through POI's full styles model, which costs more than the cells.
   */
  private static List<Boolean> dateStyles(XSSFReader reader)
      throws IOException, OpenXML4JException, XMLStreamException {
    List<Boolean> dates = new ArrayList<>();
    InputStream data;
    try {
      data = reader.getStylesData();
    } catch (IllegalArgumentException e) {
      return dates; // a workbook without styles: no cell shows a date
    }
    if (data == null) {
      return dates;
    }
    try (InputStream in = data) {
      Map<Integer, String> formats = new HashMap<>();
      XMLStreamReader xml = XML.createXMLStreamReader(in);
      boolean inCellXfs = false;
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          switch (xml.getLocalName()) {
            case "numFmt" ->
                formats.put(
                    Integer.parseInt(xml.getAttributeValue(null, "numFmtId")),
                    xml.getAttributeValue(null, "formatCode"));
            case "cellXfs" -> inCellXfs = true;
            case "xf" -> {
              if (inCellXfs) {
                String id = xml.getAttributeValue(null, "numFmtId");
                int format = id == null ? 0 : Integer.parseInt(id);
                String code = formats.getOrDefault(format, BuiltinFormats.getBuiltinFormat(format));
                dates.add(code != null && DateUtil.isADateFormat(format, code));
              }
            }
            default -> {}
          }
        } else if (event == XMLStreamConstants.END_ELEMENT
            && xml.getLocalName().equals("cellXfs")) {
          inCellXfs = false;
        }
      }
    }
    return dates;
  }

  private boolean isDateStyle(String styleIndex) {
    if (styleIndex == null) {
      return false;
    }
    int index = Integer.parseInt(styleIndex);
    return index >= 0 && index < dateStyles.size() && dateStyles.get(index);
  }

  private String sharedString(String index) {
    int i = Integer.parseInt(index.strip());
    if (stringTexts[i] == null) {
      stringTexts[i] = strings.getItemAt(i).getString();
    }
    return stringTexts[i];
  }

  /** Pulls {@code <row>} elements of one sheet. */
  private final class Cursor implements SheetCursor {
    private final String name;
    private final XMLStreamReader xml;
    private int lastRow;

    Cursor(String name, XMLStreamReader xml) {
      this.name = name;
      this.xml = xml;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public Optional<RawRow> next() throws UnreadableFileException {
      try {
        while (xml.hasNext()) {
          if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
            String r = xml.getAttributeValue(null, "r");
            lastRow = r == null ? lastRow + 1 : Integer.parseInt(r);
            return Optional.of(new RawRow(lastRow, readCells()));
          }
        }
        return Optional.empty();
      } catch (XMLStreamException | RuntimeException e) {
        throw Unreadable.from(e);
      }
    }

    private List<String> readCells() throws XMLStreamException {
      List<String> cells = new ArrayList<>();
      int nextColumn = 0;
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
          return cells;
        }
        if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c")) {
          String ref = xml.getAttributeValue(null, "r");
          int column = ref == null ? nextColumn : columnIndex(ref);
          String text =
              readCell(xml.getAttributeValue(null, "t"), xml.getAttributeValue(null, "s"));
          nextColumn = column + 1;
          if (column < MAX_COLUMNS && text != null) {
            while (cells.size() < column) {
              cells.add(null);
            }
            cells.add(text);
          }
        }
      }
      return cells;
    }

    /** Reads up to the end of a {@code <c>} element: its cached value, as text. */
    private String readCell(String type, String style) throws XMLStreamException {
      String value = null;
      StringBuilder inline = null;
      boolean phonetic = false;
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.END_ELEMENT) {
          String local = xml.getLocalName();
          if (local.equals("c")) {
            break;
          }
          if (local.equals("rPh")) {
            phonetic = false;
          }
        } else if (event == XMLStreamConstants.START_ELEMENT) {
          switch (xml.getLocalName()) {
            case "v" -> value = xml.getElementText();
            case "is" -> inline = new StringBuilder();
            case "rPh" -> phonetic = true;
            case "t" -> {
              String text = xml.getElementText();
              if (inline != null && !phonetic) {
                inline.append(text);
              }
            }
            default -> {
              // <f> formulas and anything else: the cached value in <v> is what counts
            }
          }
        }
      }
      if (inline != null) {
        return inline.toString();
      }
      if (value == null) {
        return null;
      }
      return switch (type == null ? "n" : type) {
        case "s" -> sharedString(value);
        case "n" -> CellText.number(value, isDateStyle(style), use1904);
        default -> value; // str (formula text), b (1/0), e (error text), d (ISO date)
      };
    }
  }

  /** The 0-based column of a reference like {@code AB12}. */
  static int columnIndex(String ref) {
    int column = 0;
    for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
      column = column * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
    }
    return column - 1;
  }
}
