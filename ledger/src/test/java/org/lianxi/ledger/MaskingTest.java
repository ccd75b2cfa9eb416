package org.lianxi.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MaskingTest {

  @Test
  void masksAsTheReportsSpecificationShows() {
    assertThat(Masking.name("张三")).isEqualTo("张*");
    assertThat(Masking.name("张小明")).isEqualTo("张*明");
    assertThat(Masking.name("欧阳小明")).isEqualTo("欧**明");
    assertThat(Masking.phone("13812341234")).isEqualTo("138****1234");
    assertThat(Masking.idNumber("410928198512031234")).isEqualTo("4109**********1234");
    assertThat(Masking.byColumn("联系电话", "13812341234")).isEqualTo("138****1234");
    assertThat(Masking.byColumn("当事人", "某商店")).isEqualTo("某商店");
    assertThat(Masking.phone("123")).isEqualTo("***");
  }

  @Test
  void idAndPhoneNumbersTypedIntoFreeTextAreMaskedWhereTheyStand() {
    assertThat(Masking.inText("当事人张三（身份证410928199001011234）无照经营，电话13812345678。"))
        .isEqualTo("当事人张三（身份证4109**********1234）无照经营，电话138****5678。");
    assertThat(Masking.inText("联系0391-5551234或410928900101123"))
        .isEqualTo("联系0391******34或4109*******1123");
    assertThat(Masking.inText("证号41092819900101123x")).isEqualTo("证号4109**********123x");
    // Numbers that are not a person's: document numbers, dates, amounts, a longer digit run.
    for (String kept :
        List.of(
            "古市监移〔2026〕12号",
            "2026-03-04 14:30",
            "罚款50000元",
            "流水号12345678901234567890",
            "统一社会信用代码91410928MA44XXXX1K")) {
      assertThat(Masking.inText(kept)).isEqualTo(kept);
    }
    assertThat(Masking.inText(null)).isNull();
  }
}
