package org.lianxi.ledger.standard;

/** A cell value the standard does not accept; the message is plain Chinese, for the receipt. */
public class InvalidValueException extends Exception {
  private static final long serialVersionUID = 1L;

  public InvalidValueException(String reasonInChinese) {
    super(reasonInChinese);
  }
}
