package org.lianxi.reports;

import java.io.StringReader;
import org.lianxi.ledger.county.CountyConfig;
import org.lianxi.ledger.county.CountyConfigLoader;

/** A small county for the reports' tests: two townships, two departments and the office. */
public final class TestCounties {

  private TestCounties() {}

  /** On a shipped profile, with what follows {@code assessment:} (empty: the defaults). */
  public static CountyConfig county(String profile, String assessment) {
    return county(profile, "", assessment);
  }

  /** As {@link #county(String, String)}, with the county's own rules (what follows rules:). */
  public static CountyConfig county(String profile, String rules, String assessment) {
    String yaml =
        """
        county:
          name: 古县
          profile: %s
        %s
        units:
          - {code: T01, name: 古县岳阳镇人民政府, type: TOWNSHIP}
          - {code: T02, name: 古县旧县镇人民政府, type: TOWNSHIP}
          - {code: D01, name: 古县市场监督管理局, type: DEPARTMENT}
          - {code: D02, name: 古县自然资源局, type: DEPARTMENT}
          - {code: O01, name: 古县司法局, type: OFFICE}
        """
            .formatted(profile, rules.isEmpty() ? "" : "  rules:\n" + rules.indent(4));
    if (!assessment.isEmpty()) {
      yaml += "assessment:\n" + assessment.indent(2);
    }
    return CountyConfigLoader.read(new StringReader(yaml), "county.yaml");
  }
}
