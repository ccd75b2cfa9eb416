package org.lianxi.reports.workbook;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.lianxi.ledger.exchange.Digests;
import org.lianxi.ledger.exchange.Table;

/**
 * A unit's shared digest (共享信息): what other units shared with it since its last digest, one sheet
 * per record type with the exchange template's columns plus the reporting unit and arrival time.
 * Values are already masked and labelled by {@link org.lianxi.ledger.exchange.Display}.
 */
public final class DigestWorkbook {

  private DigestWorkbook() {}

  public static void write(String unitName, LocalDate asOf, List<Digests.Sheet> sheets, Path target)
      throws IOException {
    List<List<String>> about = new ArrayList<>();
    about.add(List.of(unitName + " 共享信息（截至 " + asOf + "）"));
    about.add(List.of("其他成员单位报送的、与本单位有关的信息，自上次推送以来新增或更正的内容。"));
    about.add(List.of());
    sheets.forEach(s -> about.add(List.of(s.type().sheet(), s.rows().size() + " 条")));
    List<Table> tables = new ArrayList<>();
    tables.add(new Table("说明", List.of(), about));
    sheets.forEach(s -> tables.add(s.table()));
    TableWorkbook.write(tables, target);
  }
}
