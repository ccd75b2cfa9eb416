package org.lianxi.reports.figures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lianxi.ledger.rules.Profiles;
import org.lianxi.ledger.rules.RuleCatalogue;
import org.lianxi.ledger.rules.RuleSpec;

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

  /** Each rule of each shipped profile named with the limits that decide it. */
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "guxian,referral.send,移送案件（3个工作日；紧急：24小时）",
    "jianyang,referral.send,移送案件（3个工作日；紧急：立即）",
    "guxian,sharing.lag,共享信息（5个工作日）",
    "zhoucun,sharing.lag,共享信息（5个工作日）",
    "qingfeng,sharing.lag,共享信息（无时限）",
    "qingfeng,assistance.answer,协助复函（2个工作日；延期：7个工作日）",
    "jianyang,assistance.answer,协助复函（7个工作日）",
    "guxian,resolution.due,办结议定事项（按办理时限）",
    "qingfeng,joint.notice,书面告知联合行动（提前2个工作日）",
    "guxian,meeting.topics-call,征集会议议题（提前5个工作日）",
    "qingfeng,urgent.arrival,派员到达现场（2小时）",
    "nanpaihe,referral.notify,告知受理情况（无时限）"
  })
  void aRuleNamedWithTheLimitsThatDecideIt(String profile, String rule, String name) {
    RuleSpec spec = RuleCatalogue.shipped().rule(rule).orElseThrow();
    assertThat(Chinese.rule(spec, Profiles.load(profile).limits(spec.rule()))).isEqualTo(name);
  }
}
