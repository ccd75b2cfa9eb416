package org.lianxi.ledger;

import static org.assertj.core.api.Assertions.assertThat;

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
}
