package org.lianxi.ledger.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lianxi.ledger.config.ConfigException;
import org.lianxi.ledger.config.YamlFile;
import org.lianxi.ledger.rules.RuleSpec.Condition;
import org.lianxi.ledger.rules.RuleSpec.End;
import org.lianxi.ledger.rules.RuleSpec.Owner;
import org.lianxi.ledger.rules.RuleSpec.Start;
import org.lianxi.ledger.standard.RecordType;

class RuleCatalogueTest {

  private static RuleSpec shipped(Rule rule) {
    return RuleCatalogue.shipped().rules().stream()
        .filter(r -> r.rule().equals(rule))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theShippedCatalogueHoldsEveryRuleInTheOrderTheyAreJudged() {
    assertThat(RuleCatalogue.shipped().rules())
        .extracting(r -> r.rule().key())
        .containsExactly(
            "referral.send",
            "referral.paperwork",
            "referral.receipt",
            "referral.notify",
            "referral.refusal-notice",
            "referral.supplement",
            "complaint.transfer",
            "complaint.filing",
            "complaint.feedback",
            "assistance.answer",
            "assistance.report",
            "decision.copy",
            "decision.followup",
            "sharing.lag",
            "sharing.minor",
            "review.answer",
            "urgent.arrival",
            "data.answer",
            "joint.notice",
            "meeting.topics-call",
            "resolution.due");
    assertThat(RuleCatalogue.shipped().on(RecordType.DECISION))
        .extracting(RuleSpec::rule)
        .containsExactly(Rule.DECISION_COPY, Rule.DECISION_FOLLOWUP, Rule.SHARING_LAG);
    assertThat(RuleCatalogue.shipped().on(RecordType.CRIMINAL)).isEmpty();
  }

  @Test
  void columnsAndValuesAreResolvedFromTheNamesTheStandardPrints() {
    assertThat(shipped(Rule.REFERRAL_SEND))
        .isEqualTo(
            new RuleSpec(
                Rule.REFERRAL_SEND,
                "移送案件",
                Set.of(RecordType.REFERRAL),
                new Start.FirstOf(List.of("found_on")),
                new End.Field("sent_at"),
                new Owner.Column("sender_unit"),
                List.of(),
                Optional.of(new Condition.OneOf("urgent", Set.of(Boolean.TRUE))),
                Optional.empty(),
                false,
                Optional.empty(),
                "按时移送率"));
    assertThat(shipped(Rule.JOINT_NOTICE).before()).isTrue();
    RuleSpec receipt = shipped(Rule.REFERRAL_RECEIPT);
    assertThat(receipt.end()).isEqualTo(new End.OtherSide("received_on"));
    assertThat(receipt.owedBy()).isEqualTo(new Owner.Column("receiver_unit"));
    assertThat(receipt.when()).containsExactly(new Condition.Reported("OUT"));
    assertThat(shipped(Rule.REFERRAL_SUPPLEMENT).when())
        .containsExactly(new Condition.OneOf("acceptance", Set.of("SUPPLEMENT")));
    assertThat(shipped(Rule.COMPLAINT_TRANSFER).when())
        .containsExactly(new Condition.Differ("first_unit", "handling_unit"));
    assertThat(shipped(Rule.ASSISTANCE_ANSWER).extendedWhen())
        .contains(new Condition.Present("extension_note"));
    assertThat(shipped(Rule.DECISION_COPY).start())
        .isEqualTo(
            new Start.ChosenByProfile(
                Map.of(
                    Profile.DecisionCopyStart.DECIDED, "decided_on",
                    Profile.DecisionCopyStart.SERVED, "served_on")));
    RuleSpec sharing = shipped(Rule.SHARING_LAG);
    assertThat(sharing.records()).containsExactlyInAnyOrder(RecordType.NOTICE, RecordType.DECISION);
    assertThat(sharing.start()).isEqualTo(new Start.FirstOf(List.of("formed_on", "decided_on")));
    assertThat(sharing.end()).isEqualTo(new End.Arrival());
    assertThat(sharing.owedBy()).isEqualTo(new Owner.Reporter());
    assertThat(sharing.extendedWhen()).contains(new Condition.Always());
    assertThat(shipped(Rule.RESOLUTION_DUE).due()).contains("due_on");
  }

  @Test
  void everyRuleNamesTheIndicatorThatCountsItTheOthersTheV2Default() {
    Map<String, String> indicators = new java.util.LinkedHashMap<>();
    RuleCatalogue.shipped().rules().forEach(r -> indicators.put(r.rule().key(), r.indicator()));
    assertThat(indicators)
        .containsEntry("referral.send", "按时移送率")
        .containsEntry("referral.receipt", "回执及时率")
        .containsEntry("referral.notify", "受理告知及时率")
        .containsEntry("assistance.answer", "协助复函及时率")
        .containsEntry("sharing.lag", "信息共享及时率");
    assertThat(indicators.values()).filteredOn("其他协作事项及时率"::equals).hasSize(16);
    assertThat(RuleCatalogue.shipped().rule("sharing.lag").orElseThrow().records())
        .containsExactlyInAnyOrder(RecordType.NOTICE, RecordType.DECISION);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          an unknown column      | end: 收件日期                       | rules.yaml line 6: referral.send.end: no sheet of this rule has a column '收件日期'
          an unknown value       | when: [{is: {受理情况: [驳回]}}]      | rules.yaml line 7: referral.send.when[0].is.受理情况: '受理情况' has no value '驳回' (受理、不予受理、补正)
          a yes-no value         | urgent-when: {is: {紧急: [立即]}}     | rules.yaml line 7: referral.send.urgent-when.is.紧急: '紧急' is 是 or 否, not '立即'
          an owner not a unit    | owed-by: 当事人                      | rules.yaml line 6: referral.send.owed-by: '当事人' names no unit (write a unit column or 报送单位)
          an unknown condition   | when: [{after: 发现日期}]             | rules.yaml line 7: referral.send.when[0].after: unknown condition 'after' (present, is, differ, reported)
          an unknown indicator   | indicator: 移送率                    | rules.yaml line 7: referral.send.indicator: unknown indicator '移送率' (a rule counts in one of: 按时移送率, 回执及时率, 受理告知及时率, 协助复函及时率, 信息共享及时率, 其他协作事项及时率)
          an indicator of no rule | indicator: 数据合格率                | rules.yaml line 7: referral.send.indicator: unknown indicator '数据合格率' (a rule counts in one of: 按时移送率, 回执及时率, 受理告知及时率, 协助复函及时率, 信息共享及时率, 其他协作事项及时率)
          """)
  void aMisuseIsRefusedNamingTheLineAndTheKey(String what, String line, String message) {
    String yaml =
        """
        referral.send:
          label: 移送案件
          record: 案件移送
          start: 发现日期
          owed-by: 移送单位
        """;
    String entry = yaml.replace("  owed-by: 移送单位\n", "");
    String given =
        line.startsWith("owed-by")
            ? entry + "  end: 移送时间\n  " + line + "\n"
            : line.startsWith("end")
                ? entry + "  owed-by: 移送单位\n  " + line + "\n"
                : entry + "  end: 移送时间\n  owed-by: 移送单位\n  " + line + "\n";
    assertThatThrownBy(
            () -> RuleCatalogue.read(YamlFile.read(new StringReader(given), "rules.yaml")))
        .as(what)
        .isInstanceOf(ConfigException.class)
        .hasMessage(message);
  }

  @Test
  void anUnknownSheetOrAMalformedRuleNameIsRefused() {
    assertThatThrownBy(
            () ->
                RuleCatalogue.read(
                    YamlFile.read(
                        new StringReader(
                            "referral.send: {label: 移送案件, record: 移交, start: 发现日期, end: 移送时间, owed-by: 移送单位}\n"),
                        "rules.yaml")))
        .hasMessage("rules.yaml line 1: referral.send.record[0]: unknown sheet '移交'");
    assertThatThrownBy(
            () ->
                RuleCatalogue.read(
                    YamlFile.read(
                        new StringReader(
                            "Referral Send: {label: 移送案件, record: 案件移送, start: 发现日期, end: 移送时间, owed-by: 移送单位}\n"),
                        "rules.yaml")))
        .hasMessage(
            "rules.yaml line 1: Referral Send: 'Referral Send' is not a rule name: write words"
                + " joined by a dot, e.g. complaint.answer");
  }
}
