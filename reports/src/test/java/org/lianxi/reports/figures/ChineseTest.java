package org.lianxi.reports.figures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseTest {

  @ParameterizedTest
  @CsvSource({
    "3wd,3个工作日",
    "0wd,当日",
    "15d,15日",
    "0d,当日",
    "24h,24小时",
    "at-once,立即",
    "none,无时限",
    "by 2026-03-31,按办理时限"
  })
  void aLimitInWords(String limit, String words) {
    assertThat(Chinese.limit(limit)).isEqualTo(words);
  }
}
