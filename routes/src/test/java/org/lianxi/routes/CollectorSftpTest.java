package org.lianxi.routes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.KeyPairGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lianxi.ledger.county.CountyConfig;
import org.lianxi.ledger.files.Channel;
import org.lianxi.ledger.files.ChannelPolls;
import org.lianxi.ledger.testing.TestDatabase;
import org.lianxi.routes.RecordingDesk.Taken;
import org.lianxi.testkit.servers.LocalSftpServer;

/** The SFTP and drop-folder channels against a real SFTP server and a real database. */
class CollectorSftpTest {

  @TempDir Path dir;
  private LocalSftpServer sftp;
  private Path data;
  private final DataSource dataSource = TestDatabase.fresh();

  private RecordingDesk desk;

  @BeforeEach
  void start() throws Exception {
    sftp = new LocalSftpServer(dir);
    data = Files.createDirectories(dir.resolve("data"));
    desk = new RecordingDesk(data);
  }

  @AfterEach
  void stop() throws Exception {
    sftp.close();
  }

  private CountyConfig county() {
    return TestCounty.of(
        """
          - {code: T01, name: 古县岳阳镇人民政府, type: TOWNSHIP, sftp-folder: t01}
          - {code: D02, name: 古县市场监督管理局, type: DEPARTMENT}
        """,
        TestCounty.sftp(sftp));
  }

  /** No mailbox in this county, so no secret is ever asked for. */
  private Collector collector() {
    return new Collector(
        county(),
        data,
        dataSource,
        desk,
        name -> {
          throw new AssertionError("no secret expected: " + name);
        });
  }

  @Test
  void aFileUploadedToTheUnitsInboxIsTakenAsItsSubmissionAndTheReceiptGoesToItsOutbox()
      throws Exception {
    Path inbox = sftp.folder("t01", "inbox");
    Files.writeString(inbox.resolve("报送表.xlsx"), "workbook bytes");
    Files.writeString(inbox.resolve("正在上传.xlsx.part"), "half");
    sftp.folder("t01", "outbox");
    try (Collector collector = collector()) {
      assertThat(collector.collectOnce().taken()).isEqualTo(1);
      assertThat(desk.taken)
          .containsExactly(new Taken("T01", Channel.SFTP, "报送表.xlsx", "workbook bytes"));
      assertThat(inbox.resolve(".done").resolve("报送表.xlsx")).isRegularFile();
      assertThat(inbox.resolve("正在上传.xlsx.part")).isRegularFile(); // never taken

      assertThat(collector.sendOnce()).isEqualTo(1);
      assertThat(sftp.root.resolve("t01/outbox/回执_1.xlsx")).hasContent("receipt for 报送表.xlsx");
      assertThat(data.resolve("out/T01/.sent/回执_1.xlsx")).isRegularFile();
      assertThat(collector.collectOnce().taken()).isZero();
    }
  }

  @Test
  void aServerWhoseHostKeyChangedIsRefusedAndNothingIsTaken() throws Exception {
    Path inbox = sftp.folder("t01", "inbox");
    Files.writeString(inbox.resolve("a.xlsx"), "x");
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(256);
    sftp.trust(generator.generateKeyPair().getPublic()); // not the server's key
    try (Collector collector = collector()) {
      Collector.Collected collected = collector.collectOnce();
      assertThat(collected.taken()).isZero();
      assertThat(collected.failures())
          .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
          .startsWith("the sftp inbox of T01: ")
          .containsIgnoringCase("hostkey");
      assertThat(desk.taken).isEmpty();
      assertThat(inbox.resolve("a.xlsx")).isRegularFile();
    }
  }

  @Test
  void aServerDownForAPollLosesNothingAndTheFileIsTakenWhenItIsBack() throws Exception {
    Path inbox = sftp.folder("t01", "inbox");
    Files.writeString(inbox.resolve("a.xlsx"), "x");
    int port = sftp.port();
    try (Collector collector = collector()) {
      sftp.stop();
      Collector.Collected down = collector.collectOnce();
      assertThat(down.taken()).isZero();
      assertThat(down.failures())
          .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
          .startsWith("the sftp inbox of T01: ");
      // the console's port says the same: the inbox's failure, when, and where (the host only)
      String host = county().channels().sftp().orElseThrow().host();
      ChannelPolls.EndpointPolls failed = sftpPolls(collector);
      assertThat(failed.unit()).contains("T01");
      assertThat(failed.where()).isEqualTo(host);
      assertThat(failed.lastFailure()).isPresent();
      assertThat(failed.failure()).isPresent();
      assertThat(failed.lastPoll()).isEqualTo(failed.lastFailure());
      assertThat(collector.channelPolls().endpoints())
          .filteredOn(e -> e.channel() == Channel.DROP)
          .extracting(e -> e.unit().orElseThrow() + " " + e.where() + " " + e.taken())
          .containsExactly("T01 inbox/T01 0", "D02 inbox/D02 0");
      Files.writeString(
          Files.createDirectories(data.resolve("out").resolve("T01")).resolve("回执_9.xlsx"),
          "pending");
      assertThat(collector.sendOnce()).isZero();
      assertThat(data.resolve("out/T01/回执_9.xlsx")).isRegularFile(); // kept for the next try
      sftp.start(port);
      assertThat(collector.collectOnce().taken()).isEqualTo(1);
      ChannelPolls.EndpointPolls back = sftpPolls(collector);
      assertThat(back.taken()).isEqualTo(1);
      assertThat(back.lastPoll().orElseThrow())
          .isAfterOrEqualTo(failed.lastFailure().orElseThrow());
      assertThat(back.lastFailure()).isEqualTo(failed.lastFailure()); // still told
      sftp.folder("t01", "outbox");
      assertThat(collector.sendOnce()).isEqualTo(2);
      assertThat(sftp.root.resolve("t01/outbox/回执_9.xlsx")).hasContent("pending");
    }
  }

  private static ChannelPolls.EndpointPolls sftpPolls(Collector collector) {
    return collector.channelPolls().endpoints().stream()
        .filter(e -> e.channel() == Channel.SFTP)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theSameFilePutBackIsNotTakenTwiceEvenByAnotherInstance() throws Exception {
    Path inbox = sftp.folder("t01", "inbox");
    Path file = Files.writeString(inbox.resolve("a.xlsx"), "x");
    java.nio.file.attribute.FileTime time = Files.getLastModifiedTime(file);
    try (Collector first = collector()) {
      assertThat(first.collectOnce().taken()).isEqualTo(1);
    }
    Files.copy(inbox.resolve(".done/a.xlsx"), file);
    Files.setLastModifiedTime(file, time);
    try (Collector second = collector()) {
      assertThat(second.collectOnce().taken()).isZero();
    }
    assertThat(desk.taken).hasSize(1);
  }

  @Test
  void aFileStillGrowingIsLeftForTheNextPollAndThenTakenWhole() throws Exception {
    Path inbox = sftp.folder("t01", "inbox");
    Path file = inbox.resolve("大文件.csv");
    Files.writeString(file, "first line\n");
    // A slow upload: the unit's client appends a line every 100 ms until it is done.
    ScheduledExecutorService upload = Executors.newSingleThreadScheduledExecutor();
    upload.scheduleAtFixedRate(
        () -> {
          try {
            Files.writeString(file, "more\n", StandardOpenOption.APPEND);
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        },
        0,
        100,
        TimeUnit.MILLISECONDS);
    try (Collector collector = collector()) {
      assertThat(collector.collectOnce().taken()).isZero();
      assertThat(desk.taken).isEmpty();
      upload.shutdown();
      assertThat(upload.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
      String whole = Files.readString(file);
      assertThat(collector.collectOnce().taken()).isEqualTo(1);
      assertThat(desk.taken).singleElement().extracting(Taken::content).isEqualTo(whole);
    } finally {
      upload.shutdownNow();
    }
  }

  @Test
  void aBacklogIsTakenInTheOrderTheUnitWroteItModificationTimeThenName() throws Exception {
    // A weekend of corrections: each file replaces a row of the one before. Their names sort
    // against the order they were written in; two were written in the same second.
    Path sftpInbox = sftp.folder("t01", "inbox");
    Path drop = Files.createDirectories(data.resolve("inbox").resolve("D02"));
    java.time.Instant friday = java.time.Instant.parse("2026-03-06T10:00:00Z");
    List<String> written = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      String name = String.format("更正%02d.csv", 29 - i);
      java.nio.file.attribute.FileTime time =
          java.nio.file.attribute.FileTime.from(friday.plusSeconds(i == 11 ? 600 : i * 60L));
      for (Path folder : List.of(sftpInbox, drop)) {
        Files.setLastModifiedTime(Files.writeString(folder.resolve(name), "v" + i), time);
      }
      written.add("v" + i);
    }
    // v10 and v11 share a minute: the name decides (更正18 before 更正19).
    java.util.Collections.swap(written, 10, 11);
    try (Collector collector = collector()) {
      assertThat(collector.collectOnce().taken()).isEqualTo(60);
    }
    assertThat(desk.taken.stream().filter(t -> t.channel() == Channel.DROP).map(Taken::content))
        .containsExactlyElementsOf(written);
    assertThat(desk.taken.stream().filter(t -> t.channel() == Channel.SFTP).map(Taken::content))
        .containsExactlyElementsOf(written);
  }

  @Test
  void theDropFolderIsTheUnitsToo() throws Exception {
    Path drop = Files.createDirectories(data.resolve("inbox").resolve("D02"));
    Files.writeString(drop.resolve("手工报送.csv"), "csv");
    Files.writeString(drop.resolve(".hidden.xlsx"), "never");
    try (Collector collector = collector()) {
      assertThat(collector.collectOnce().taken()).isEqualTo(1);
    }
    assertThat(desk.taken).containsExactly(new Taken("D02", Channel.DROP, "手工报送.csv", "csv"));
    assertThat(drop.resolve(".done/手工报送.csv")).isRegularFile();
  }

  @Test
  void namesFromAListingThatLeaveTheFolderAreNeverTaken() {
    assertThat(SafeNames.isSafe("报送表.xlsx")).isTrue();
    for (String bad :
        List.of(
            "../x.xlsx",
            "../../etc/passwd",
            "a/b.xlsx",
            "a\\b.xlsx",
            "..",
            ".done",
            "x.xlsx.part",
            "x.tmp",
            "a\u0000.xlsx",
            "")) {
      assertThat(SafeNames.isSafe(bad)).as(bad).isFalse();
    }
  }
}
