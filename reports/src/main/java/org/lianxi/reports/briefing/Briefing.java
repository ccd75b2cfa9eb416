package org.lianxi.reports.briefing;

import java.util.List;
import org.lianxi.ledger.exchange.Table;
import org.lianxi.reports.print.PrintedReport;

/**
 * A briefing as computed (or as frozen): what it prints, and every table in full for the workbook
 * appendix.
 *
 * @param period as written on the command line, e.g. 2026H1
 * @param asOf the day open records were judged as of (ISO date)
 */
public record Briefing(String period, String asOf, PrintedReport printed, List<Table> appendix) {}
