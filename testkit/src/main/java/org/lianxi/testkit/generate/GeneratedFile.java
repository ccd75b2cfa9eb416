package org.lianxi.testkit.generate;

import java.time.LocalDateTime;

/**
 * One file a unit sends: who, when it arrives, the name it comes with, and its bytes.
 *
 * @param rows the data rows in it (headers and title rows not counted)
 * @param duplicate the same bytes were sent before (a unit resending last week's file)
 */
public record GeneratedFile(
    String unit, LocalDateTime arrival, String name, byte[] content, int rows, boolean duplicate) {}
