package org.lianxi.ledger.county;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Duration;
import java.time.LocalTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.lianxi.ledger.config.ConfigException;
import org.lianxi.ledger.rules.Limit;
import org.lianxi.ledger.rules.Rule;
import org.lianxi.ledger.rules.RuleSpec;
import org.lianxi.ledger.standard.RecordType;

class CountyConfigLoaderTest {

  private static final String GOOD =
      """
      county:
        name: 古县
        profile: guxian
        overrides:
          referral.send: 2wd
      units:
        - code: D01
          name: 古县市场监督管理局
          type: DEPARTMENT
          aliases: [县市场监管局, 市场监管局]
          sftp-folder: d01
          emails: [scjgj@gx.example]
          liaison: {name: 王强, phone: "13800000000"}
        - code: T01
          name: 古县岳阳镇人民政府
          type: township
          aliases: [岳阳镇]
      channels:
        sftp:
          host: sftp.gx.example
          user: lianxi
          private-key: /etc/lianxi/id_ed25519
          known-hosts: /etc/lianxi/known_hosts
        mail:
          imap: imaps://mail.gx.example:993
          smtp: smtp://mail.gx.example:587
          user: lianxi@gx.example
          password-env: LIANXI_MAIL_PASSWORD
          from: lianxi@gx.example
      schedule: {poll: 10m, nightly: "02:15"}
      assessment:
        weights: {按时移送率: 30, 数据合格率: 10}
      """;

  private static CountyConfig read(String yaml) {
    return CountyConfigLoader.read(new StringReader(yaml), "county.yaml");
  }

  @Test
  void readsAGoodConfiguration() {
    CountyConfig config = read(GOOD);
    assertThat(config.countyName()).isEqualTo("古县");
    assertThat(config.profile().name()).isEqualTo("guxian");
    assertThat(config.profile().limits(Rule.REFERRAL_SEND).text()).isEqualTo("2wd; urgent 24h");
    assertThat(config.units()).extracting(Unit::code).containsExactly("D01", "T01");
    assertThat(config.units().get(1).type()).isEqualTo(UnitType.TOWNSHIP);
    UnitDirectory directory = new UnitDirectory(config);
    assertThat(directory.resolve(" 县市场监管局 ")).map(Unit::code).contains("D01");
    assertThat(directory.resolve("ｄ０１")).map(Unit::code).contains("D01");
    assertThat(directory.resolve("古县岳阳镇人民政府")).map(Unit::code).contains("T01");
    assertThat(directory.resolve("岳阳镇")).map(Unit::code).contains("T01");
    assertThat(directory.resolve("岳阳")).isEmpty();
    assertThat(config.unitByEmail("SCJGJ@gx.example")).map(Unit::code).contains("D01");
    assertThat(config.channels().sftp().orElseThrow().port()).isEqualTo(22);
    assertThat(config.channels().mail().orElseThrow().folder()).isEqualTo("INBOX");
    assertThat(config.schedule().poll()).isEqualTo(Duration.ofMinutes(10));
    assertThat(config.schedule().nightly()).isEqualTo(LocalTime.of(2, 15));
    assertThat(config.console()).isEqualTo(CountyConfig.Console.defaults()); // no console:
    assertThat(read(GOOD + "console: {address: \"[::1]:8443\"}\n").console())
        .isEqualTo(new CountyConfig.Console("::1", 8443));
    assertThat(read(GOOD + "console: {address: 0.0.0.0:80}\n").console().address())
        .isEqualTo("0.0.0.0:80");
    assertThat(config.weights())
        .containsExactly(java.util.Map.entry("按时移送率", 30), java.util.Map.entry("数据合格率", 10));
  }

  @Test
  void theBundledExampleCountyIsValid() {
    CountyConfig example = CountyConfigLoader.example();
    assertThat(example.countyName()).isEqualTo("古县");
    assertThat(example.units()).hasSize(19);
    assertThat(example.units().stream().filter(u -> u.type() == UnitType.TOWNSHIP)).hasSize(7);
    assertThat(example.weights()).isEqualTo(CountyConfigLoader.DEFAULT_WEIGHTS);
    // it shows the accountability section with the defaults it would have without it
    assertThat(example.accountability()).isEqualTo(Accountability.defaults());
    assertThat(example.console()).isEqualTo(CountyConfig.Console.defaults());
    // v2 adds 其他协作事项及时率 (10) without lowering another: 110, scaled to 100 per unit
    assertThat(CountyConfigLoader.DEFAULT_WEIGHTS.values().stream().mapToInt(i -> i).sum())
        .isEqualTo(110);
    assertThat(example.indicators().get("信息共享及时率")).containsExactly("sharing.lag");
    assertThat(example.indicators().get("其他协作事项及时率"))
        .containsExactly(
            "referral.paperwork",
            "referral.refusal-notice",
            "referral.supplement",
            "complaint.transfer",
            "complaint.filing",
            "complaint.feedback",
            "assistance.report",
            "decision.copy",
            "decision.followup",
            "sharing.minor",
            "review.answer",
            "urgent.arrival",
            "data.answer",
            "joint.notice",
            "meeting.topics-call",
            "resolution.due");
  }

  private static final String REGROUPED =
      GOOD.replace(
          "  weights: {按时移送率: 30, 数据合格率: 10}\n",
          """
            indicators:
              抄告及时率: [decision.copy]
              信息共享及时率: [sharing.lag, sharing.minor]
            weights: {按时移送率: 30, 抄告及时率: 5, 数据合格率: 10}
          """);

  @Test
  void aCountyRegroupsRulesIntoIndicatorsOfItsOwn() {
    CountyConfig config = read(REGROUPED);
    assertThat(config.indicators().get("抄告及时率")).containsExactly("decision.copy");
    assertThat(config.indicators().get("信息共享及时率")).containsExactly("sharing.lag", "sharing.minor");
    assertThat(config.indicators().get("其他协作事项及时率"))
        .doesNotContain("decision.copy", "sharing.minor")
        .contains("referral.paperwork", "resolution.due");
    assertThat(config.indicators().get("按时移送率")).containsExactly("referral.send");
    assertThat(config.indicators().values().stream().mapToInt(java.util.List::size).sum())
        .as("every rule in exactly one indicator")
        .isEqualTo(org.lianxi.ledger.rules.RuleCatalogue.shipped().rules().size());
    assertThat(config.weights()).containsKeys("按时移送率", "抄告及时率", "数据合格率").hasSize(3);
  }

  /** rules.md's example: a county whose document answers complaints within 15 days. */
  static final String OWN_RULE =
      GOOD.replace(
              "  overrides:\n    referral.send: 2wd\n",
              """
                overrides:
                  referral.send: 2wd
                rules:
                  complaint.answer: {record: complaint, start: 受理日期, end: 答复日期, owed-by: 办理单位,
                                     limit: 15d, label: 答复投诉人, indicator: 答复及时率}
              """)
          .replace("  weights: {按时移送率: 30, 数据合格率: 10}\n", "  weights: {按时移送率: 30, 答复及时率: 10}\n");

  @Test
  void aCountyAddsARuleOfItsOwnOverTheFieldsOfTheStandard() {
    CountyConfig config = read(OWN_RULE);
    Rule answer = new Rule("complaint.answer");
    RuleSpec spec = config.profile().catalogue().rule("complaint.answer").orElseThrow();
    assertThat(spec.records()).containsExactly(RecordType.COMPLAINT);
    assertThat(spec.start())
        .isEqualTo(new RuleSpec.Start.FirstOf(java.util.List.of("accepted_on")));
    assertThat(spec.end()).isEqualTo(new RuleSpec.End.Field("answered_on"));
    assertThat(spec.owedBy()).isEqualTo(new RuleSpec.Owner.Column("handling_unit"));
    assertThat(spec.label()).isEqualTo("答复投诉人");
    assertThat(config.profile().limits(answer).text()).isEqualTo("15d");
    assertThat(config.profile().catalogue().rules()).last().isEqualTo(spec);
    assertThat(config.indicators().get("答复及时率")).containsExactly("complaint.answer");
    assertThat(config.weights()).containsEntry("答复及时率", 10);
    // the profile's fingerprint moves with the county's rules: judgements show the change
    assertThat(config.profile().version()).isNotEqualTo(read(GOOD).profile().version());
  }

  /** Every misuse of a county's own rule stops, naming its line. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          a misspelt field     | end: 答复日期      | end: 答付日期      | line 7: county.rules.complaint.answer.end: no sheet of this rule has a column '答付日期'
          an unknown record    | record: complaint | record: complain  | line 7: county.rules.complaint.answer.record[0]: unknown sheet 'complain'
          an unknown unit field | owed-by: 办理单位  | owed-by: 处理单位  | line 7: county.rules.complaint.answer.owed-by: no sheet of this rule has a column '处理单位'
          no limit             | 'limit: 15d, '    | ''                | line 7: county.rules.complaint.answer: a county's rule needs its limit (e.g. 15d)
          a bad limit          | limit: 15d        | limit: 15 days    | line 8: county.rules.complaint.answer.limit: '15 days' is not a limit
          a shipped rule's name | complaint.answer: | complaint.transfer: | line 7: county.rules.complaint.transfer: 'complaint.transfer' is a shipped rule: change its limit under overrides
          an indicator of submissions | indicator: 答复及时率} | indicator: 数据合格率} | line 8: county.rules.complaint.answer.indicator: unknown indicator '数据合格率'
          """)
  void aMistakeInACountysOwnRuleIsNamedWithItsLine(
      String what, String written, String mistyped, String message) {
    assertRefused(OWN_RULE.replace(written, mistyped), message);
  }

  @Test
  void aVariantTheRuleDoesNotHaveIsRefusedNotIgnored() {
    assertRefused(
        GOOD.replace("    referral.send: 2wd\n", "    referral.receipt.urgent: 1wd\n"),
        "line 5: county.overrides.referral.receipt.urgent: referral.receipt has no urgent variant");
  }

  @Test
  void aCountyMayNameAProfileFileOfItsOwn(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    String own =
        new String(
                CountyConfigLoaderTest.class
                    .getResourceAsStream("/lianxi/profiles/zhoucun.yaml")
                    .readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8)
            .replace("name: zhoucun", "name: 某县规则")
            .replace("data.answer: {limit: 3wd,", "data.answer: {limit: 2wd,");
    java.nio.file.Files.writeString(dir.resolve("某县.yaml"), own);
    java.nio.file.Path county =
        java.nio.file.Files.writeString(
            dir.resolve("county.yaml"), GOOD.replace("profile: guxian", "profile: 某县.yaml"));
    CountyConfig config = CountyConfigLoader.load(county);
    assertThat(config.profile().name()).isEqualTo("某县规则");
    assertThat(config.profile().limits(Rule.DATA_ANSWER).text()).isEqualTo("2wd");
    java.nio.file.Files.writeString(
        dir.resolve("某县.yaml"),
        own.replace(
            "data.answer: {limit: 2wd, clause: \"二(四)5\",",
            "data.answer: {limit: 2wd, clauze: \"二(四)5\","));
    assertThatThrownBy(() -> CountyConfigLoader.load(county))
        .isInstanceOf(ConfigException.class)
        .message()
        .contains("某县.yaml line ", "rules.data.answer");
    assertRefused(
        GOOD.replace("profile: guxian", "profile: gu-xian"),
        "line 3: county.profile: unknown profile 'gu-xian'");
  }

  /** A misspelt rule, a rule twice, a rule in an indicator of no rules, an unknown weight. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          a misspelt rule     | [decision.copy]             | [decision.cpy]              | line 33: assessment.indicators.抄告及时率[0]: unknown rule 'decision.cpy' (known: referral.send,
          a rule named twice  | [sharing.lag, sharing.minor] | [sharing.lag, decision.copy] | line 34: assessment.indicators.信息共享及时率[1]: the rule 'decision.copy' is named twice
          not from rules      | 抄告及时率: [decision.copy]  | 数据合格率: [decision.copy]  | line 33: assessment.indicators.数据合格率: '数据合格率' is not counted from rules
          an unknown weight   | 抄告及时率: 5                | 抄告率: 5                    | line 35: assessment.weights.抄告率: unknown indicator '抄告率' (known: 按时移送率,
          """)
  void aMistakeInTheIndicatorsIsNamedWithItsLine(
      String what, String written, String mistyped, String message) {
    assertRefused(REGROUPED.replace(written, mistyped), message);
  }

  @Test
  void theAccountabilityListTakesTheDefaultsOfTheReportsUnlessTheCountySaysOtherwise() {
    assertThat(read(GOOD).accountability()).isEqualTo(Accountability.defaults());
    assertThat(Accountability.defaults().threshold()).isEqualTo(new Limit.WorkingDays(5));
    assertThat(Accountability.defaults().anyLateness())
        .containsExactlyInAnyOrder(Rule.REFERRAL_SEND, Rule.URGENT_ARRIVAL);
    assertThat(Accountability.defaults().repeated()).isEqualTo(3);
    Accountability own =
        read(GOOD
                + """
                    accountability:
                      threshold: 10d
                      any-lateness: [referral.send, assistance.answer]
                      repeated: 2
                    """)
            .accountability();
    assertThat(own.threshold()).isEqualTo(new Limit.CalendarDays(10));
    assertThat(own.anyLateness())
        .containsExactlyInAnyOrder(Rule.REFERRAL_SEND, Rule.ASSISTANCE_ANSWER);
    assertThat(own.repeated()).isEqualTo(2);
    // a part left out keeps its default
    assertThat(read(GOOD + "accountability: {repeated: 4}\n").accountability())
        .isEqualTo(
            new Accountability(
                new Limit.WorkingDays(5), Accountability.defaults().anyLateness(), 4));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          threshold: none                   | line 34: accountability.threshold: 'none' is not a threshold: write how late
          threshold: 5 days                 | line 34: accountability.threshold: '5 days' is not a limit
          any-lateness: [referral.sned]     | line 34: accountability.any-lateness[0]: unknown rule 'referral.sned' (known: referral.send,
          'any-lateness: [referral.send, referral.send]' | line 34: accountability.any-lateness[1]: the rule 'referral.send' is named twice
          repeated: 1                       | line 34: accountability.repeated: write how many late duties
          repeated: three                   | line 34: accountability.repeated: expected a whole number, found 'three'
          treshold: 5wd                     | line 34: accountability.treshold: unknown key 'treshold'
          """)
  void aMistakeInTheAccountabilityListIsNamedWithItsLine(String written, String message) {
    assertRefused(GOOD + "accountability:\n  " + written + "\n", message);
  }

  private static void assertRefused(String yaml, String... fragments) {
    assertThatThrownBy(() -> read(yaml))
        .isInstanceOf(ConfigException.class)
        .message()
        .startsWith("county.yaml line ")
        .contains(fragments);
  }

  @Test
  void anUnknownTopLevelKeyIsNamedWithItsLine() {
    assertRefused(GOOD + "schedul: {}\n", "line 33", "unknown key 'schedul'");
  }

  @Test
  void anUnknownUnitKeyIsNamedWithItsLine() {
    assertRefused(
        GOOD.replace("sftp-folder: d01", "sftp-foldr: d01"),
        "line 11",
        "units[0]",
        "unknown key 'sftp-foldr'");
  }

  @Test
  void aUnitCodeUsedTwiceIsRefused() {
    assertRefused(GOOD.replace("code: T01", "code: D01"), "line 14", "'D01' is used twice");
  }

  @Test
  void anAliasTwoUnitsShareIsRefused() {
    assertRefused(
        GOOD.replace("aliases: [岳阳镇]", "aliases: [岳阳镇, 市场监管局]"),
        "'市场监管局' is used by both D01 and T01");
  }

  @Test
  void anAliasEqualToAnotherUnitsCodeIsRefused() {
    assertRefused(GOOD.replace("aliases: [岳阳镇]", "aliases: [d01]"), "used by both D01 and T01");
  }

  @Test
  void anAddressTwoUnitsRegisterIsRefused() {
    assertRefused(
        GOOD.replace("aliases: [岳阳镇]", "aliases: [岳阳镇]\n    emails: [scjgj@gx.example]"),
        "address is used by both D01 and T01");
  }

  @Test
  void anUnknownProfileIsRefused() {
    assertRefused(
        GOOD.replace("profile: guxian", "profile: gotham"), "line 3", "unknown profile 'gotham'");
  }

  @Test
  void anUnknownRuleIsRefused() {
    assertRefused(
        GOOD.replace("referral.send: 2wd", "referral.sent: 2wd"),
        "line 5",
        "unknown rule 'referral.sent'");
  }

  @Test
  void aLimitThatIsNotALimitIsRefused() {
    assertRefused(
        GOOD.replace("referral.send: 2wd", "referral.send: 2 days"), "line 5", "not a limit");
  }

  @Test
  void anUnknownUnitTypeIsRefused() {
    assertRefused(
        GOOD.replace("type: township", "type: village"), "line 16", "unknown unit type 'village'");
  }

  @Test
  void anUnknownIndicatorIsRefused() {
    assertRefused(GOOD.replace("数据合格率: 10", "满意度: 10"), "unknown indicator '满意度'");
  }

  @Test
  void aMissingKnownHostsFileSettingIsRefused() {
    assertRefused(
        GOOD.replace("    known-hosts: /etc/lianxi/known_hosts\n", ""),
        "the key 'known-hosts' is required");
  }

  @Test
  void anSftpFolderThatIsAPathIsRefused() {
    assertRefused(GOOD.replace("sftp-folder: d01", "sftp-folder: ../d01"), "one plain folder name");
  }

  @Test
  void aKeyGivenTwiceIsRefused() {
    assertRefused(
        GOOD.replace("  profile: guxian\n", "  profile: guxian\n  profile: zhoucun\n"), "profile");
  }

  @Test
  void brokenYamlIsRefusedWithItsLine() {
    assertRefused("county:\n  name: [古县\n", "not valid YAML");
  }

  /** Keys Jackson refuses, and values of the wrong kind: what GOOD writes, instead, the message. */
  static Stream<Arguments> keysAndKindsThatDoNotFit() {
    return Stream.of(
        Arguments.of(
            "    user: lianxi\n",
            "    user: lianxi\n    prot: 22\n",
            "line 22: channels.sftp.prot: unknown key 'prot' (known here: host, known-hosts, port,"),
        Arguments.of(
            "phone: \"13800000000\"",
            "phon: \"13800000000\"",
            "line 13: units[0].liaison.phon: unknown key 'phon'"),
        Arguments.of("    name: 古县岳阳镇人民政府\n", "", "line 14: units[1]: the key 'name' is required"),
        Arguments.of(
            "  name: 古县\n", "  name:\n", "line 2: county.name: the key 'name' has no value"),
        Arguments.of(
            "schedule: {poll: 10m, nightly: \"02:15\"}",
            "schedule: [10m, \"02:15\"]",
            "line 30: schedule: expected keys and values"),
        Arguments.of(
            "referral.send: 2wd",
            "referral.send: [2wd]",
            "line 5: county.overrides.referral.send: expected a single value"),
        Arguments.of(
            "    user: lianxi\n",
            "    user: lianxi\n    port: twenty-two\n",
            "line 22: channels.sftp.port: expected a whole number, found 'twenty-two'"),
        Arguments.of(
            "数据合格率: 10",
            "数据合格率: ten",
            "line 32: assessment.weights.数据合格率: expected a whole number, found 'ten'"));
  }

  /** Values two units claim: what GOOD writes, what T01 writes instead, the message. */
  static Stream<Arguments> valuesTwoUnitsClaim() {
    return Stream.of(
        Arguments.of(
            "aliases: [岳阳镇]",
            "aliases: [岳阳镇]\n    sftp-folder: d01",
            "line 18: units[1].sftp-folder: the SFTP folder is used by both D01 and T01"),
        Arguments.of(
            "aliases: [岳阳镇]",
            "aliases: [岳阳镇]\n    emails: [SCJGJ@GX.example]",
            "line 18: units[1].emails[0]: the address is used by both D01 and T01"),
        Arguments.of(
            "name: 古县岳阳镇人民政府",
            "name: 市场 监管局",
            "line 15: units[1].name: the name or alias '市场 监管局' is used by both D01 and T01"),
        Arguments.of(
            "aliases: [岳阳镇]",
            "aliases: [岳阳镇, Ｄ０１]",
            "line 17: units[1].aliases[1]: the name or alias 'Ｄ０１' is used by both D01 and T01"));
  }

  /** Values the checks after binding refuse: what GOOD writes, instead, the message. */
  static Stream<Arguments> valuesThatDoNotFit() {
    return Stream.of(
        Arguments.of(
            "poll: 10m", "poll: 10 minutes", "line 30: schedule.poll: write the poll interval"),
        Arguments.of(
            "nightly: \"02:15\"",
            "nightly: \"25:00\"",
            "line 30: schedule.nightly: write the time as HH:MM"),
        Arguments.of(
            "nightly: \"02:15\"",
            "freeze-after-days: -1",
            "line 30: schedule.freeze-after-days: write the days after a period's end as a number"),
        Arguments.of(
            "schedule: {poll: 10m, nightly: \"02:15\"}",
            "console: {address: 127.0.0.1:99999}",
            "line 30: console.address: write the console's address as host:port"),
        Arguments.of(
            "schedule: {poll: 10m, nightly: \"02:15\"}",
            "console: {address: localhost}",
            "line 30: console.address: write the console's address as host:port"),
        Arguments.of(
            "    user: lianxi\n",
            "    user: lianxi\n    port: 70000\n",
            "line 22: channels.sftp.port: a port is 1-65535"),
        Arguments.of(
            "smtp://mail.gx.example:587",
            "http://mail.gx.example",
            "line 26: channels.mail.smtp: expected smtp or smtps://host:port"),
        Arguments.of(
            "code: T01",
            "code: T 01",
            "line 14: units[1].code: a unit code is 1-32 letters, digits, '-' or '_': 'T 01'"),
        Arguments.of(
            "emails: [scjgj@gx.example]",
            "emails: [scjgj]",
            "line 12: units[0].emails[0]: 'scjgj' is not a mail address"),
        Arguments.of(
            "数据合格率: 10", "数据合格率: -1", "line 32: assessment.weights.数据合格率: a weight is 0 or more"),
        Arguments.of(
            "{按时移送率: 30, 数据合格率: 10}",
            "{按时移送率: 0}",
            "line 32: assessment.weights: the weights add up to 0"));
  }

  /**
   * Each mistake in GOOD's place, named by line and key. Addresses compare ignoring case, names
   * after full-width folding and without spaces.
   */
  @ParameterizedTest
  @MethodSource({"keysAndKindsThatDoNotFit", "valuesThatDoNotFit", "valuesTwoUnitsClaim"})
  void aMistakeIsRefusedWithItsLineAndKey(String written, String instead, String message) {
    assertThat(GOOD).contains(written);
    assertRefused(GOOD.replace(written, instead), message);
  }

  @Test
  void aCountyWithoutUnitsIsRefused() {
    assertRefused(
        "county: {name: 古县, profile: guxian}\nunits: []\n",
        "line 2: units: at least one unit is needed");
  }

  @Test
  void oneAliasOrAddressMayBeWrittenWithoutAList() {
    CountyConfig config =
        read(GOOD.replace("aliases: [岳阳镇]", "aliases: 岳阳镇\n    emails: yyz@gx.example"));
    assertThat(config.units().get(1).aliases()).containsExactly("岳阳镇");
    assertThat(config.unitByEmail("yyz@gx.example")).map(Unit::code).contains("T01");
  }

  @Test
  void anAliasRepeatsWhatItsAnchorHolds() {
    CountyConfig config =
        read(
            GOOD.replace("liaison: {name: 王强", "liaison: &wang {name: 王强")
                .replace("aliases: [岳阳镇]", "aliases: [岳阳镇]\n    liaison: *wang"));
    assertThat(config.units().get(1).liaison()).isEqualTo(config.units().get(0).liaison());
  }

  @Test
  void anEmptyFileOrASecondDocumentIsRefused() {
    assertRefused("# nothing yet\n", "line 1: (top level): the file holds no settings");
    assertRefused(GOOD + "---\ncounty: {}\n", "line 34: (top level): a second YAML document");
  }
}
