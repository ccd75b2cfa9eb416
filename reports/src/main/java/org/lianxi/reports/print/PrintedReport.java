package org.lianxi.reports.print;

import java.util.List;

/**
 * What a report prints, in Chinese and with personal data already masked: its masthead, the
 * period's title, who issues it and when, a note (when its figures were frozen), and its sections.
 */
public record PrintedReport(
    String masthead,
    String issue,
    String title,
    String office,
    String issued,
    String note,
    List<Section> sections) {

  public PrintedReport withNote(String newNote) {
    return new PrintedReport(masthead, issue, title, office, issued, newNote, sections);
  }
}
