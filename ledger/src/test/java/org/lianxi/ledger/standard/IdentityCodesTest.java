package org.lianxi.ledger.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentityCodesTest {

  @ParameterizedTest
  @ValueSource(strings = {"91141025MA0K12340X", "91110000802100433B", "12141025012345678Y"})
  void validCreditCodes(String code) throws Exception {
    assertThat(IdentityCodes.isCreditCode(code)).isTrue();
    assertThat(IdentityCodes.normalise(code)).isEqualTo(code);
  }

  @ParameterizedTest
  @ValueSource(strings = {"11010519491231002X", "141025199001011239", "41092819851203123X"})
  void validResidentIds(String code) throws Exception {
    assertThat(IdentityCodes.isResidentId(code)).isTrue();
    assertThat(IdentityCodes.normalise(code)).isEqualTo(code);
  }

  @Test
  void foldsFullWidthAndLowerCase() throws Exception {
    assertThat(IdentityCodes.normalise(" ９１１４１０２５ma0k12340x ")).isEqualTo("91141025MA0K12340X");
    assertThat(IdentityCodes.normalise("11010519491231002x")).isEqualTo("11010519491231002X");
  }

  @Test
  void wrongCheckDigitsAndLengthsAreRefused() {
    assertThatThrownBy(() -> IdentityCodes.normalise("91141025MA0K12340Y"))
        .hasMessageContaining("校验位");
    assertThatThrownBy(() -> IdentityCodes.normalise("110105194912310021"))
        .hasMessageContaining("校验位");
    assertThatThrownBy(() -> IdentityCodes.normalise("9114102")).hasMessageContaining("18位");
    assertThatThrownBy(() -> IdentityCodes.normalise("91141025MA0K1234IO"))
        .hasMessageContaining("统一社会信用代码");
  }
}
