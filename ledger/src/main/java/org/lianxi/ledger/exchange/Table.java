package org.lianxi.ledger.exchange;

import java.util.List;

/** A sheet of text for a workbook: its name, its header and its rows. */
public record Table(String name, List<String> headers, List<List<String>> rows) {}
