package org.lianxi.jobs.ingest.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file holding one record type (the sheet its file name starts with). The encoding is
 * detected: UTF-8 with or without BOM when the bytes are valid UTF-8, else GB18030 (a superset of
 * GBK). Rows are numbered as a spreadsheet shows them: the header is line 1.
 */
final class CsvSubmission implements Submission {

  private static final Charset GB18030 = Charset.forName("GB18030");

  private final String sheetName;
  private final CSVParser parser;
  private boolean given;

  CsvSubmission(Path file, String sheetName) throws IOException, UnreadableFileException {
    this.sheetName = sheetName;
    boolean bom = startsWithBom(file);
    Charset charset = bom || isUtf8(file) ? StandardCharsets.UTF_8 : GB18030;
    InputStream in = Files.newInputStream(file);
    if (bom) {
      in.skipNBytes(3);
    }
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, charset));
    try {
      this.parser =
          CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).setTrim(false).get().parse(reader);
    } catch (IOException | RuntimeException e) {
      reader.close();
      throw new UnreadableFileException("CSV文件无法解析", e);
    }
  }

  @Override
  public Optional<SheetCursor> nextSheet() {
    if (given) {
      return Optional.empty();
    }
    given = true;
    Iterator<CSVRecord> records = parser.iterator();
    return Optional.of(
        new SheetCursor() {
          public String name() {
            return sheetName;
          }

          public Optional<RawRow> next() throws UnreadableFileException {
            try {
              if (!records.hasNext()) {
                return Optional.empty();
              }
              CSVRecord record = records.next();
              List<String> cells = new ArrayList<>(record.size());
              record.forEach(cells::add);
              return Optional.of(new RawRow((int) record.getRecordNumber(), cells));
            } catch (RuntimeException e) {
              throw new UnreadableFileException(
                  "CSV文件格式错误（引号不成对等），第" + (parser.getCurrentLineNumber()) + "行附近", e);
            }
          }
        });
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }

  private static boolean startsWithBom(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(3);
      return head.length == 3
          && (head[0] & 0xFF) == 0xEF
          && (head[1] & 0xFF) == 0xBB
          && (head[2] & 0xFF) == 0xBF;
    }
  }

  /** Whether the whole file decodes as UTF-8, read in blocks (never the whole file in memory). */
  private static boolean isUtf8(Path file) throws IOException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (InputStream in = Files.newInputStream(file)) {
      ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
      CharBuffer chars = CharBuffer.allocate(64 * 1024);
      byte[] block = new byte[32 * 1024];
      int n;
      while ((n = in.read(block)) > 0) {
        bytes.put(block, 0, n).flip();
        if (decoder.decode(bytes, chars, false).isError()) {
          return false;
        }
        bytes.compact();
        chars.clear();
      }
      bytes.flip();
      return !decoder.decode(bytes, chars, true).isError()
          && !decoder.flush(chars).isError()
          && !bytes.hasRemaining();
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
