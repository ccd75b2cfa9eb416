package org.lianxi.ledger.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The indicators of the year-end assessment (考核指标, ../shared/reports.md section 2) that lianxi
 * knows, with their default weights. Six are counted from rules: each rule of the catalogue names
 * the one it counts in ({@code indicator:}, {@link #OTHER} by default), and a county may regroup
 * rules into indicators of its own ({@code assessment.indicators}). The other three are counted
 * from what units submitted and answered, not from a rule's deadline.
 */
public final class Indicators {

  public static final String REFERRAL_SEND = "按时移送率";
  public static final String REFERRAL_RECEIPT = "回执及时率";
  public static final String REFERRAL_NOTIFY = "受理告知及时率";
  public static final String ASSISTANCE_ANSWER = "协助复函及时率";
  public static final String SHARING = "信息共享及时率";

  /** v2: every other judged rule with a figure, unless the catalogue or the county says else. */
  public static final String OTHER = "其他协作事项及时率";

  /** Periods with a submission (a zero report counts) ÷ expected periods. */
  public static final String SUBMISSIONS = "报送完整率";

  /** Complaints answered (答复日期) ÷ complaints the unit closed. */
  public static final String COMPLAINT_FEEDBACK = "投诉举报反馈率";

  /** Rows accepted ÷ rows submitted. */
  public static final String DATA_QUALITY = "数据合格率";

  /** The indicators counted from rules, as the catalogue may name them. */
  public static final List<String> FROM_RULES =
      List.of(REFERRAL_SEND, REFERRAL_RECEIPT, REFERRAL_NOTIFY, ASSISTANCE_ANSWER, SHARING, OTHER);

  /** The indicators counted from submissions and answers, never from a rule. */
  public static final List<String> NOT_FROM_RULES =
      List.of(SUBMISSIONS, COMPLAINT_FEEDBACK, DATA_QUALITY);

  /**
   * Every known indicator and its default weight, in the order of reports.md. They add up to 110
   * (v2 added {@link #OTHER} without lowering another): each unit's points are scaled by 100 ÷ the
   * weights of its applicable indicators, so every unit is still scored out of 100.
   */
  public static final Map<String, Integer> DEFAULT_WEIGHTS = defaultWeights();

  private Indicators() {}

  private static Map<String, Integer> defaultWeights() {
    Map<String, Integer> w = new LinkedHashMap<>();
    w.put(REFERRAL_SEND, 20);
    w.put(REFERRAL_RECEIPT, 10);
    w.put(REFERRAL_NOTIFY, 10);
    w.put(ASSISTANCE_ANSWER, 15);
    w.put(SHARING, 15);
    w.put(SUBMISSIONS, 15);
    w.put(COMPLAINT_FEEDBACK, 5);
    w.put(DATA_QUALITY, 10);
    w.put(OTHER, 10);
    return Collections.unmodifiableMap(w);
  }
}
