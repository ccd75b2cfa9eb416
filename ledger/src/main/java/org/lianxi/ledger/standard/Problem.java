package org.lianxi.ledger.standard;

/**
 * One problem for the receipt's 问题明细: sheet, row as the spreadsheet shows it, column, value and a
 * plain-Chinese reason. A problem with the whole file has no sheet, row or column.
 */
public record Problem(String sheet, Integer row, String column, String value, String reason) {

  public static Problem ofFile(String reason) {
    return new Problem(null, null, null, null, reason);
  }
}
