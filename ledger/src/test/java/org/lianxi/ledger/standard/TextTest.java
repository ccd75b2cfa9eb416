package org.lianxi.ledger.standard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextTest {

  /** What people type around and inside their values. */
  private static final List<String> TYPED =
      List.of(
          "",
          " ",
          "\u3000\u3000",
          "古县市场监管局",
          " 古县市场监管局 ",
          "\u3000古县 市场\u00A0监管局\t",
          "\uFEFF2026-03-05\r\n",
          "ＡＢＣ　１２３",
          "\u000B\fx\u000B\f",
          "x\u2003y", // an em space is not one of ours: kept, as the patterns kept it
          "\u001Cx");

  // The patterns the hand-written scans replace: the same results, character for character.
  private static final Pattern SURROUNDING =
      Pattern.compile("^[\\s\\u00A0\\u3000\\uFEFF]+|[\\s\\u00A0\\u3000\\uFEFF]+$");
  private static final Pattern ANY = Pattern.compile("[\\s\\u00A0\\u3000\\uFEFF]+");

  @Test
  void stripRemovesTheSpacesPeopleTypeAroundAValueAndNothingElse() {
    for (String typed : TYPED) {
      assertThat(Text.strip(typed))
          .as("strip(%s)", typed)
          .isEqualTo(SURROUNDING.matcher(typed).replaceAll(""));
    }
    assertThat(Text.strip("\u3000古县 市场\u00A0监管局\t")).isEqualTo("古县 市场\u00A0监管局");
  }

  @Test
  void compactFoldsAndRemovesEverySpace() {
    for (String typed : TYPED) {
      assertThat(Text.compact(typed))
          .as("compact(%s)", typed)
          .isEqualTo(ANY.matcher(Text.fold(typed)).replaceAll(""));
    }
    assertThat(Text.compact("ＡＢＣ　１２３")).isEqualTo("ABC123");
  }
}
