package org.lianxi.ledger.calendar;

import java.time.LocalDate;

/**
 * A date that differs from the ordinary Monday–Friday week: a holiday ({@code off}) or a make-up
 * working day on a weekend (调休, {@code work}).
 */
public record CalendarDay(LocalDate date, boolean off, String name) {}
