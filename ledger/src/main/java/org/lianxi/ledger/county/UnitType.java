package org.lianxi.ledger.county;

/** What kind of member unit (成员单位) a unit is; townships and departments rank separately. */
public enum UnitType {
  /** 乡镇/街道 */
  TOWNSHIP,
  /** 县直部门 */
  DEPARTMENT,
  /** 公安, 检察院: receivers of criminal transfers (涉刑移送) */
  JUDICIAL,
  /** the joint-meeting office (联席会议办公室) */
  OFFICE
}
