package org.lianxi.ledger.standard;

/** The kinds of cell value of the exchange standard (section 3). */
public enum CellKind {
  TEXT,
  DATE,
  DATE_TIME,
  YES_NO,
  AMOUNT,
  /** 文号: canonicalised per section 3.1 */
  DOC_NO,
  /** a unit: full name, registered alias or code */
  UNIT,
  /** units separated by 、 , ， ; ； */
  UNITS,
  /** units as above, or 全体 (everyone) */
  UNITS_OR_ALL,
  /** 统一社会信用代码 or resident ID, check digit verified */
  CODE,
  WHOLE,
  /** one of a fixed list of Chinese labels */
  CHOICE
}
