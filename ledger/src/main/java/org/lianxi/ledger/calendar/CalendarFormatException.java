package org.lianxi.ledger.calendar;

/** A calendar file the office tried to import is not in the expected form. */
public class CalendarFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CalendarFormatException(String message) {
    super(message);
  }
}
