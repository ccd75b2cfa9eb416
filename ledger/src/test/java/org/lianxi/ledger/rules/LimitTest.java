package org.lianxi.ledger.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LimitTest {

  @ParameterizedTest
  @CsvSource({
    "3wd,3wd",
    "0wd,0wd",
    " 5 WD ,5wd",
    "15d,15d",
    "0d,0d",
    "24h,24h",
    "at-once,at-once",
    "none,none"
  })
  void readsEveryForm(String text, String canonical) {
    assertThat(Limit.parse(text).text()).isEqualTo(canonical);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "3", "3dd", "-1wd", "-2d", "0h", "three days", "1000wd", "1000d"})
  void rejectsAnythingElseSayingWhatIsAccepted(String text) {
    assertThatThrownBy(() -> Limit.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Nwd");
  }
}
