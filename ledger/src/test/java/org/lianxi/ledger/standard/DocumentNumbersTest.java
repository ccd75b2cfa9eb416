package org.lianxi.ledger.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The examples of section 3.1 of the exchange standard are the test vectors. */
class DocumentNumbersTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "古市监移〔2026〕12号",
        "古市监移[2026]12号",
        "古市监移（2026）第12号",
        "古市监移 [ 2026 ] 012号",
        "古市监移【2026】12号",
        "古市监移〔２０２６〕１２号",
        "古市监移(2026)12号",
        "古市监移｛2026｝12号",
        "古市监移［2026］12号",
        " 古市监移〔2026〕12 号\u00A0"
      })
  void everyTypedFormIsTheSameNumber(String typed) throws Exception {
    assertThat(DocumentNumbers.canonical(typed)).isEqualTo("古市监移〔2026〕12号");
  }

  @ParameterizedTest
  @ValueSource(strings = {"古市监移〔2025〕12号", "古市监罚〔2026〕12号", "古市监移〔2026〕120号"})
  void otherYearsPrefixesAndSerialsAreOtherNumbers(String typed) throws Exception {
    assertThat(DocumentNumbers.canonical(typed)).isNotEqualTo("古市监移〔2026〕12号");
  }

  @ParameterizedTest
  @ValueSource(strings = {"古市监移12号", "古市监移〔26〕12号", "〔2026〕12号", "古市监移〔2026〕号", ""})
  void formsWithoutABracketedFourDigitYearAndSerialAreRefusedInChinese(String typed) {
    assertThatThrownBy(() -> DocumentNumbers.canonical(typed))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageMatching(".*(文号|年份).*");
  }
}
