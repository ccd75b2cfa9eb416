package org.lianxi.ledger.standard;

/** A document number as canonicalised (for matching and printing) and as typed (for receipts). */
public record DocumentNumber(String canonical, String typed) {}
