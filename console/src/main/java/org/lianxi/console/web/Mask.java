package org.lianxi.console.web;

import org.lianxi.ledger.Masking;
import org.springframework.stereotype.Component;

/**
 * Personal data on the pages is masked exactly as in the printed outputs: templates call it as
 * {@code ${@mask.text(...)}} and {@code ${@mask.cell(column, value)}}.
 */
@Component("mask")
public class Mask {

  /** An ID or phone number typed into free text (a file name, a detail), masked where it stands. */
  public String text(String text) {
    return Masking.inText(text);
  }

  /** A cell of the exchange standard: by its column (投诉人, 联系电话 …), then as free text. */
  public String cell(String column, String value) {
    return Masking.inText(Masking.byColumn(column, value));
  }
}
