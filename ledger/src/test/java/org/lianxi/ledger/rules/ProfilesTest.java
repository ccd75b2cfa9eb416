package org.lianxi.ledger.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lianxi.ledger.config.ConfigException;
import org.lianxi.ledger.config.YamlFile;
import org.lianxi.ledger.rules.Profile.Cadence;
import org.lianxi.ledger.rules.Profile.DecisionCopyStart;

/** Every seed profile's figures, as the table in ../shared/rules.md gives them. */
class ProfilesTest {

  static Stream<Arguments> table() {
    // rule: qingfeng, guxian, nanpaihe, jianyang, zhoucun
    return Stream.of(
        Arguments.of(
            Rule.REFERRAL_SEND, "2wd", "3wd; urgent 24h", "none", "3wd; urgent at-once", "2wd"),
        Arguments.of(Rule.REFERRAL_RECEIPT, "5wd", "5wd", "5wd", "3wd", "5wd"),
        Arguments.of(Rule.REFERRAL_NOTIFY, "none", "none", "none", "3wd", "5wd"),
        Arguments.of(Rule.REFERRAL_SUPPLEMENT, "2wd", "none", "none", "none", "none"),
        Arguments.of(Rule.COMPLAINT_TRANSFER, "2wd", "3wd", "none", "3wd", "2wd"),
        Arguments.of(Rule.ASSISTANCE_ANSWER, "2wd; extended 7wd", "5wd", "none", "7wd", "2wd"),
        Arguments.of(Rule.DECISION_COPY, "5wd", "none", "none", "none", "2wd"),
        Arguments.of(
            Rule.SHARING_LAG, "none", "0wd; extended 5wd", "none", "none", "0wd; extended 5wd"),
        Arguments.of(Rule.RESOLUTION_DUE, "none", "none", "none", "none", "none"));
  }

  @ParameterizedTest
  @MethodSource("table")
  void everySeedProfileSetsTheFiguresOfTheTable(
      Rule rule, String qingfeng, String guxian, String nanpaihe, String jianyang, String zhoucun) {
    assertThat(Profiles.load("qingfeng").limits(rule).text()).isEqualTo(qingfeng);
    assertThat(Profiles.load("guxian").limits(rule).text()).isEqualTo(guxian);
    assertThat(Profiles.load("nanpaihe").limits(rule).text()).isEqualTo(nanpaihe);
    assertThat(Profiles.load("jianyang").limits(rule).text()).isEqualTo(jianyang);
    assertThat(Profiles.load("zhoucun").limits(rule).text()).isEqualTo(zhoucun);
  }

  @Test
  void decisionCopiesCountFromServiceInQingfengAndFromTheDecisionInZhoucun() {
    assertThat(Profiles.load("qingfeng").decisionCopyFrom()).isEqualTo(DecisionCopyStart.SERVED);
    assertThat(Profiles.load("zhoucun").decisionCopyFrom()).isEqualTo(DecisionCopyStart.DECIDED);
  }

  @Test
  void everyProfileAsksForAWeeklySubmissionAndTwoHoldHalfYearlyMeetings() {
    for (String name : Profiles.NAMES) {
      Profile profile = Profiles.load(name);
      assertThat(profile.name()).isEqualTo(name);
      assertThat(profile.submissionCadence()).isEqualTo(Cadence.WEEK);
      boolean meets = name.equals("guxian") || name.equals("zhoucun");
      assertThat(profile.jointMeeting().isPresent()).as(name).isEqualTo(meets);
      profile.jointMeeting().ifPresent(m -> assertThat(m.quote()).isEqualTo("例行会议每半年召开一次"));
    }
  }

  @Test
  void anOverrideChangesOneLimitAndTheProfileVersion() {
    Profile guxian = Profiles.load("guxian");
    Profile changed =
        guxian
            .withOverride("assistance.answer", "7wd")
            .withOverride("referral.send.urgent", "12h")
            .withOverride("decision.copy.from", "served");
    assertThat(changed.limits(Rule.ASSISTANCE_ANSWER).text()).isEqualTo("7wd");
    assertThat(changed.limits(Rule.REFERRAL_SEND).text()).isEqualTo("3wd; urgent 12h");
    assertThat(changed.decisionCopyFrom()).isEqualTo(DecisionCopyStart.SERVED);
    assertThat(changed.limits(Rule.REFERRAL_RECEIPT))
        .isEqualTo(guxian.limits(Rule.REFERRAL_RECEIPT));
    assertThat(changed.version()).isNotEqualTo(guxian.version());
    assertThat(Profiles.load("guxian").version()).isEqualTo(guxian.version());
  }

  @Test
  void eachFigureCitesItsClauseInTheDocumentTheSourceNamesOrSaysItIsAChoice() {
    Profile guxian = Profiles.load("guxian");
    assertThat(guxian.limits(Rule.REFERRAL_SEND).citation().clause())
        .contains(new Citation.Clause("古县乡镇综合行政执法协调联动机制", "三(一)2", "在3个工作日内移送给有管辖权的一方处理"));
    // the second document of seed 001, named by the end of its title
    assertThat(guxian.limits(Rule.MEETING_TOPICS_CALL).citation().clause())
        .map(c -> c.document() + " " + c.number())
        .contains("古县综合行政执法联席会议制度 第六条");
    Citation receipt = guxian.limits(Rule.REFERRAL_RECEIPT).citation();
    assertThat(receipt.clause()).isEmpty();
    assertThat(receipt.choice()).isPresent();
    assertThat(receipt.county()).isFalse();
    assertThat(Profiles.load("nanpaihe").limits(Rule.REFERRAL_SEND).citation())
        .isEqualTo(Citation.NONE);
    assertThat(Profiles.load("zhoucun").limits(Rule.ASSISTANCE_ANSWER).citation().clause())
        .map(Citation.Clause::document)
        .contains("周村区综合行政执法协作配合实施意见");

    Citation overridden =
        guxian.withOverride("referral.send.urgent", "12h").limits(Rule.REFERRAL_SEND).citation();
    assertThat(overridden.county()).isTrue();
    assertThat(overridden.clause())
        .isEqualTo(guxian.limits(Rule.REFERRAL_SEND).citation().clause());

    // a clause is not a judging input: the fingerprint is the one of the same figures uncited
    java.util.Map<Rule, RuleLimits> uncited = new java.util.LinkedHashMap<>();
    guxian.rules().forEach((rule, limits) -> uncited.put(rule, limits.withCitation(Citation.NONE)));
    Profile bare =
        new Profile(
            guxian.name(),
            guxian.county(),
            guxian.source(),
            uncited,
            guxian.decisionCopyFrom(),
            guxian.submissionCadence(),
            guxian.jointMeeting(),
            guxian.catalogue());
    assertThat(bare.version()).isEqualTo(guxian.version());
  }

  @Test
  void unknownRulesAndProfilesAreRefusedByName() {
    Profile guxian = Profiles.load("guxian");
    assertThatThrownBy(() -> guxian.withOverride("referral.sned", "3wd"))
        .hasMessageContaining("unknown rule 'referral.sned'");
    assertThatThrownBy(() -> guxian.withOverride("referral.send.later", "3wd"))
        .hasMessageContaining("unknown rule 'referral.send.later'");
    assertThatThrownBy(() -> Profiles.load("gotham"))
        .hasMessageContaining("unknown profile 'gotham'");
  }

  @Test
  void aProfileFileWithAMistakeNamesItsLineAndKey() {
    String profile =
        """
        name: test
        county: 测试县
        source: a test
        rules:
          referral.send: {limit: 3wd, urgent: soon, clause: "三(一)2", quote: 在3个工作日内}
        decision-copy-from: decided
        submission-cadence: fortnight
        """;
    assertThatThrownBy(() -> read(profile))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "test.yaml line 7: submission-cadence: unknown cadence 'fortnight' (WEEK, MONTH)");
    assertThatThrownBy(() -> read(profile.replace("fortnight", "week")))
        .hasMessageStartingWith(
            "test.yaml line 5: rules.referral.send.urgent: 'soon' is not a limit");
    assertThatThrownBy(() -> read(profile.replace("fortnight", "week").replace("soon", "24h")))
        .hasMessageStartingWith("test.yaml line 1: (top level): profile test sets no limit for");
    // v2: every figure says where it comes from
    assertThatThrownBy(
            () ->
                read(
                    profile
                        .replace("fortnight", "week")
                        .replace(", urgent: soon, clause: \"三(一)2\", quote: 在3个工作日内", "")))
        .hasMessage(
            "test.yaml line 5: rules.referral.send: say where 3wd comes from: the clause and a few"
                + " characters of it (clause:, quote:), or why it is the profile's own choice"
                + " (choice:)");
    // an urgent limit for a rule with no urgent variant is refused, not ignored
    assertThatThrownBy(
            () ->
                read(
                    profile
                        .replace("fortnight", "week")
                        .replace(
                            "referral.send: {limit: 3wd, urgent: soon",
                            "referral.receipt: {limit: 3wd, urgent: 24h")))
        .hasMessage(
            "test.yaml line 5: rules.referral.receipt: referral.receipt has no urgent variant (only"
                + " a rule with urgent-when has one)");
  }

  @Test
  void aProfileNarrowsARuleWithConditionsInTheCataloguesForm() {
    RuleLimits answer = Profiles.load("qingfeng").limits(Rule.ASSISTANCE_ANSWER);
    assertThat(answer.unless())
        .containsExactly(new RuleSpec.Condition.OneOf("kind", java.util.Set.of("TESTING")));
    assertThat(Profiles.load("guxian").limits(Rule.ASSISTANCE_ANSWER).unless()).isEmpty();
    String narrowed =
        """
        name: test
        county: 测试县
        source: a test
        rules:
          assistance.answer: {limit: 2wd, choice: a test, unless: [{is: {协助类型: [检测]}}]}
        decision-copy-from: decided
        submission-cadence: week
        """;
    assertThatThrownBy(() -> read(narrowed))
        .hasMessage(
            "test.yaml line 5: rules.assistance.answer.unless[0].is.协助类型: '协助类型' has no value"
                + " '检测' (检验检测鉴定、许可资料、档案资料、现场处置、其他)");
  }

  private static Profile read(String yaml) {
    return Profiles.read(YamlFile.read(new StringReader(yaml), "test.yaml"));
  }
}
