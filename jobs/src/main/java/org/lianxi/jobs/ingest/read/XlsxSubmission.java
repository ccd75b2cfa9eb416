package org.lianxi.jobs.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;

/**
 * An {@code .xlsx} workbook, streamed: each sheet's XML is pulled row by row (StAX), so memory does
 * not grow with the number of rows. Formulas are read by their cached value, never evaluated.
 *
 * <p>The package is read straight from the zip, following its relationships ({@code _rels/.rels} to
 * the workbook, the workbook's to its sheets, shared strings and styles), each part by StAX: POI's
 * package model parses every part list with DOM and costs more than a small file's cells. POI's
 * {@link ZipSecureFile} still refuses zip bombs and oversized entries, and its secure XML factory
 * refuses DTDs and external entities.
 */
final class XlsxSubmission implements Submission {

  /** Cells beyond this column are ignored: no sheet of the standard is nearly as wide. */
  private static final int MAX_COLUMNS = 256;

  private static final XMLInputFactory XML = XMLHelper.newXMLInputFactory();

  private final ZipSecureFile zip;
  private final Map<String, ZipArchiveEntry> entries = new HashMap<>(); // by lower-case name
  private final List<SheetPart> sheetParts = new ArrayList<>();
  private final List<String> strings;
  private final List<Boolean> dateStyles; // by cell style (xf) index
  private boolean use1904;
  private int nextSheet;
  private InputStream currentSheet;

  /**
   * @param maxEntries a workbook has a few dozen parts; thousands are a denial-of-service attempt
   */
  XlsxSubmission(Path file, int maxEntries) throws IOException, UnreadableFileException {
    try {
      this.zip = new ZipSecureFile(file.toFile());
    } catch (IOException | RuntimeException e) {
      throw Unreadable.from(e);
    }
    List<ZipArchiveEntry> all = Collections.list(zip.getEntries());
    if (all.size() > maxEntries) {
      zip.close();
      throw new UnreadableFileException("文件内部条目过多（" + all.size() + "个），已拒收");
    }
    try {
      for (ZipArchiveEntry entry : all) {
        entries.put(entry.getName().toLowerCase(Locale.ROOT), entry);
      }
      readToEnd("[Content_Types].xml"); // well-formed, within the zip limits, as OPC requires
      String workbook =
          first(relationships(""), OFFICE_DOCUMENT)
              .orElseThrow(() -> new IOException("no officeDocument relationship"));
      List<Relationship> parts = relationships(workbook);
      this.strings = sharedStrings(first(parts, SHARED_STRINGS).orElse(null));
      this.dateStyles = dateStyles(first(parts, STYLES).orElse(null));
      sheetOrder(readWorkbook(workbook), parts);
    } catch (IOException | XMLStreamException | RuntimeException e) {
      zip.close();
      throw Unreadable.from(e);
    }
  }

  /** A sheet's name as its tab shows it, and the zip part that holds it. */
  private record SheetPart(String name, String part) {}

  private static final String OFFICE_DOCUMENT = "officeDocument";
  private static final String SHARED_STRINGS = "sharedStrings";
  private static final String STYLES = "styles";

  @Override
  public Optional<SheetCursor> nextSheet() throws IOException, UnreadableFileException {
    closeCurrent();
    try {
      if (nextSheet == sheetParts.size()) {
        return Optional.empty();
      }
      SheetPart sheet = sheetParts.get(nextSheet++);
      currentSheet = open(sheet.part());
      XMLStreamReader xml = XML.createXMLStreamReader(currentSheet);
      return Optional.of(new Cursor(sheet.name(), xml));
    } catch (XMLStreamException | IOException | RuntimeException e) {
      throw Unreadable.from(e);
    }
  }

  @Override
  public void close() throws IOException {
    closeCurrent();
    zip.close();
  }

  private void closeCurrent() throws IOException {
    if (currentSheet != null) {
      currentSheet.close();
      currentSheet = null;
    }
  }

  /** A part's stream, through the zip's limits. */
  private InputStream open(String part) throws IOException {
    ZipArchiveEntry entry = entries.get(part.toLowerCase(Locale.ROOT));
    if (entry == null) {
      throw new IOException("missing part " + part);
    }
    return zip.getInputStream(entry);
  }

  private void readToEnd(String part) throws IOException, XMLStreamException {
    try (InputStream in = open(part)) {
      XMLStreamReader xml = XML.createXMLStreamReader(in);
      while (xml.hasNext()) {
        xml.next();
      }
    }
  }

  /** A relationship: its id, the last word of its type ({@code worksheet} ...), its part name. */
  private record Relationship(String id, String type, String target) {}

  /** The relationships of a part ({@code ""}: of the package), in document order. */
  private List<Relationship> relationships(String part) throws IOException, XMLStreamException {
    List<Relationship> found = new ArrayList<>();
    String folder = part.substring(0, part.lastIndexOf('/') + 1);
    String rels = folder + "_rels/" + part.substring(folder.length()) + ".rels";
    if (!entries.containsKey(rels.toLowerCase(Locale.ROOT))) {
      return found;
    }
    try (InputStream in = open(rels)) {
      XMLStreamReader xml = XML.createXMLStreamReader(in);
      while (xml.hasNext()) {
        if (xml.next() == XMLStreamConstants.START_ELEMENT
            && xml.getLocalName().equals("Relationship")
            && !"External".equals(xml.getAttributeValue(null, "TargetMode"))) {
          String type = xml.getAttributeValue(null, "Type");
          String target = xml.getAttributeValue(null, "Target");
          if (type != null && target != null) {
            found.add(
                new Relationship(
                    xml.getAttributeValue(null, "Id"),
                    type.substring(type.lastIndexOf('/') + 1),
                    resolve(folder, target)));
          }
        }
      }
    }
    return found;
  }

  /** A relationship's target as a part name: relative to the source's folder, or absolute. */
  static String resolve(String folder, String target) {
    String path = target.startsWith("/") ? target.substring(1) : folder + target;
    Deque<String> names = new ArrayDeque<>();
    for (String name : path.split("/")) {
      if (name.equals("..")) {
        names.pollLast();
      } else if (!name.isEmpty() && !name.equals(".")) {
        names.addLast(name);
      }
    }
    return String.join("/", names);
  }

  private static Optional<String> first(List<Relationship> relationships, String type) {
    return relationships.stream()
        .filter(r -> r.type().equals(type))
        .map(Relationship::target)
        .findFirst();
  }

  /** The workbook's sheets in tab order (name by relationship id), and its date system. */
  private Map<String, String> readWorkbook(String workbook) throws IOException, XMLStreamException {
    Map<String, String> sheets = new LinkedHashMap<>();
    try (InputStream in = open(workbook)) {
      XMLStreamReader xml = XML.createXMLStreamReader(in);
      while (xml.hasNext()) {
        if (xml.next() != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        switch (xml.getLocalName()) {
          case "workbookPr" -> {
            String value = xml.getAttributeValue(null, "date1904");
            use1904 = "1".equals(value) || "true".equals(value);
          }
          case "sheet" -> {
            for (int i = 0; i < xml.getAttributeCount(); i++) {
              String namespace = xml.getAttributeNamespace(i);
              if (xml.getAttributeLocalName(i).equals("id")
                  && namespace != null
                  && !namespace.isEmpty()) {
                sheets.put(xml.getAttributeValue(i), xml.getAttributeValue(null, "name"));
              }
            }
          }
          default -> {}
        }
      }
    }
    return sheets;
  }

  /** Every sheet of the workbook whose part is there, in tab order. */
  private void sheetOrder(Map<String, String> namesById, List<Relationship> parts) {
    Map<String, String> partById = new HashMap<>();
    parts.forEach(r -> partById.put(r.id(), r.target()));
    namesById.forEach(
        (id, name) -> {
          String part = partById.get(id);
          if (part != null && name != null && entries.containsKey(part.toLowerCase(Locale.ROOT))) {
            sheetParts.add(new SheetPart(name, part));
          }
        });
  }

  /** Each shared string as text: its runs joined, phonetic (pinyin) runs left out. */
  private List<String> sharedStrings(String part) throws IOException, XMLStreamException {
    List<String> texts = new ArrayList<>();
    if (part == null) {
      return texts;
    }
    try (InputStream in = open(part)) {
      XMLStreamReader xml = XML.createXMLStreamReader(in);
      String text = null; // the runs so far: almost every string has one, so no builder
      boolean phonetic = false;
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          switch (xml.getLocalName()) {
            case "si" -> text = "";
            case "rPh" -> phonetic = true;
            case "t" -> {
              String t = xml.getElementText();
              if (text != null && !phonetic) {
                text = text.isEmpty() ? t : text.concat(t);
              }
            }
            default -> {}
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          switch (xml.getLocalName()) {
            case "si" -> {
              texts.add(text == null ? "" : text);
              text = null;
            }
            case "rPh" -> phonetic = false;
            default -> {}
          }
        }
      }
    }
    return texts;
  }

  /**
   * Which cell styles show a date: read from {@code styles.xml} by StAX (the number format of each
   * {@code cellXfs/xf}), not through POI's full styles model, which costs more than the cells.
   */
  private List<Boolean> dateStyles(String part) throws IOException, XMLStreamException {
    List<Boolean> dates = new ArrayList<>();
    if (part == null) {
      return dates; // a workbook without styles: no cell shows a date
    }
    try (InputStream in = open(part)) {
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
    return strings.get(Integer.parseInt(index.strip()));
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
