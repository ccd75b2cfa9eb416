package org.lianxi.reports.accountability;

import java.util.List;

/**
 * The accountability list (问责线索清单, ../shared/reports.md section 7) of a half year or a year: the
 * facts the leading group needs to hold units to account, judging no one. Everything in it is
 * printed text, personal data masked.
 *
 * @param period {@code 2026H1} or {@code 2026}
 * @param asOf the day open duties were judged at
 * @param lines every duty overdue or closed late beyond the county's threshold, by unit and rule
 * @param repeats every unit late the county's repeat count or more on one rule
 */
public record AccountabilityList(
    String period, String asOf, List<Line> lines, List<Repeat> repeats) {

  public AccountabilityList {
    lines = List.copyOf(lines);
    repeats = List.copyOf(repeats);
  }

  /**
   * One late or overdue duty.
   *
   * @param unitCode the unit that owes it
   * @param unit its name
   * @param sheet the record's sheet (案件移送 …)
   * @param recordKey the record's ledger key
   * @param number the record's canonical 文号, or its number
   * @param matter what the record is about, from its own fields, masked
   * @param ruleKey the rule's key ({@code referral.send})
   * @param rule the rule named with its limits: 移送案件（3个工作日；紧急：24小时）
   * @param citation the clause of the county's document that sets the limit, or whose figure it is
   * @param deadline when it was due
   * @param status 超时办结 or 逾期未办
   * @param late how late: 6个工作日, 3小时
   * @param file the name of the file whose row carries the fact (the owing side's report, else the
   *     other side's)
   * @param fileSheet the sheet of that file
   * @param row the row in that sheet as the spreadsheet shows it (0: not known)
   */
  public record Line(
      String unitCode,
      String unit,
      String sheet,
      String recordKey,
      String number,
      String matter,
      String ruleKey,
      String rule,
      String citation,
      String deadline,
      String status,
      String late,
      String file,
      String fileSheet,
      int row) {

    /** Where the fact came from, as printed: 文件名 / 工作表 第N行. */
    public String source() {
      return file.isEmpty() ? "（来源不明）" : file + "\n" + fileSheet + " 第" + row + "行";
    }
  }

  /**
   * A unit late or overdue several times on one rule in the period.
   *
   * @param times how many duties were late or overdue
   * @param overdue of them, still not done
   * @param named of them, late beyond the threshold: lines of the list themselves
   * @param numbers the records' 文号 or numbers
   */
  public record Repeat(
      String unitCode,
      String unit,
      String ruleKey,
      String rule,
      String citation,
      int times,
      int overdue,
      int named,
      List<String> numbers) {

    public Repeat {
      numbers = List.copyOf(numbers);
    }
  }
}
