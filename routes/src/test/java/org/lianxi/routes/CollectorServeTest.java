package org.lianxi.routes;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.lianxi.ledger.county.CountyConfig;
import org.lianxi.ledger.files.Channel;
import org.lianxi.ledger.files.SubmissionDesk;
import org.lianxi.ledger.testing.TestDatabase;
import org.lianxi.routes.RecordingDesk.Taken;
import org.lianxi.testkit.servers.LocalSftpServer;

/**
 * {@code serve}'s routes themselves (the ones {@code collect} runs one pass of), scheduled, against
 * a real SFTP server, a real mail server and a real database; every wait is on the routes' own
 * exchanges (NotifyBuilder), none on time.
 */
class CollectorServeTest {

  @RegisterExtension static final GreenMailExtension MAIL = TestCounty.mailServer();

  private static final Duration POLL = Duration.ofMillis(300);

  @TempDir Path dir;
  private LocalSftpServer sftp;
  private Path data;
  private RecordingDesk desk;
  private final DataSource dataSource = TestDatabase.fresh();

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
          - {code: D02, name: 古县市场监督管理局, type: DEPARTMENT, emails: [scjgj@gx.example]}
        """,
        TestCounty.sftp(sftp),
        TestCounty.mail());
  }

  private Collector collector(SubmissionDesk desk) {
    return new Collector(county(), data, dataSource, desk, TestCounty::secret);
  }

  private static CountyConfig.Schedule every(Duration poll, LocalTime nightly) {
    return new CountyConfig.Schedule(poll, nightly, 30);
  }

  /** A nightly hour that does not come while a test runs. */
  private static final LocalTime NOT_TONIGHT = LocalTime.now().minusHours(6);

  @Test
  void aFileUploadedWhileServingIsTakenAndItsReceiptSentBackToTheUnitsSftpOutbox()
      throws Exception {
    Path inbox = sftp.folder("t01", "inbox");
    Path outbox = sftp.folder("t01", "outbox");
    try (Collector collector = collector(desk)) {
      collector.serve(every(POLL, NOT_TONIGHT), () -> {});
      NotifyBuilder taken =
          new NotifyBuilder(collector.camel()).fromRoute("sftp-in-T01").whenDone(1).create();
      Files.writeString(inbox.resolve("报送表.xlsx"), "workbook bytes");
      assertThat(taken.matches(30, TimeUnit.SECONDS)).isTrue();
      assertThat(desk.taken)
          .containsExactly(new Taken("T01", Channel.SFTP, "报送表.xlsx", "workbook bytes"));
      assertThat(inbox.resolve(".done/报送表.xlsx")).isRegularFile();

      NotifyBuilder sent =
          new NotifyBuilder(collector.camel()).fromRoute("outbox").whenDone(1).create();
      assertThat(sent.matches(30, TimeUnit.SECONDS)).isTrue();
      assertThat(outbox.resolve("回执_1.xlsx")).hasContent("receipt for 报送表.xlsx");
      assertThat(data.resolve("out/T01/.sent/回执_1.xlsx")).isRegularFile();
    }
    assertThat(MAIL.getReceivedMessages()).isEmpty(); // the receipt went the way the file came
  }

  @Test
  void aFileDroppedWhileServingIsTakenAsTheUnitsSubmission() throws Exception {
    Path drop = Files.createDirectories(data.resolve("inbox").resolve("D02"));
    try (Collector collector = collector(desk)) {
      collector.serve(every(POLL, NOT_TONIGHT), () -> {});
      NotifyBuilder taken =
          new NotifyBuilder(collector.camel()).fromRoute("drop-in-D02").whenDone(1).create();
      Files.writeString(drop.resolve("手工报送.csv"), "csv");
      assertThat(taken.matches(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(desk.taken).containsExactly(new Taken("D02", Channel.DROP, "手工报送.csv", "csv"));
    assertThat(drop.resolve(".done/手工报送.csv")).isRegularFile();
  }

  @Test
  void aMailArrivingWhileServingIsTakenAndAnsweredToTheRegisteredAddress() throws Exception {
    try (Collector collector = collector(desk)) {
      collector.serve(every(POLL, NOT_TONIGHT), () -> {});
      NotifyBuilder read =
          new NotifyBuilder(collector.camel()).fromRoute("mail-in").whenDone(1).create();
      UnitMail.send("scjgj@gx.example", null, "报送表.xlsx", "workbook bytes");
      assertThat(read.matches(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(desk.taken)
        .containsExactly(new Taken("D02", Channel.MAIL, "报送表.xlsx", "workbook bytes"));
    MimeMessage[] received = MAIL.getReceivedMessages();
    assertThat(received).hasSize(2); // the unit's mail, and the receipt to its address
    assertThat(received[1].getAllRecipients()[0].toString()).isEqualTo("scjgj@gx.example");
    assertThat(received[1].getSubject()).isEqualTo("回执：报送表.xlsx");
  }

  @Test
  void aStopInTheMiddleOfAPollLosesNothingAndTakesNothingTwice() throws Exception {
    Path inbox = sftp.folder("t01", "inbox");
    sftp.folder("t01", "outbox");
    java.time.Instant written = java.time.Instant.now().minusSeconds(60);
    for (int i = 1; i <= 5; i++) {
      Path file = Files.writeString(inbox.resolve("报送" + i + ".csv"), "v" + i);
      Files.setLastModifiedTime(
          file, java.nio.file.attribute.FileTime.from(written.plusSeconds(i)));
    }
    // The desk holds the second file until the stop has begun.
    CountDownLatch secondTaken = new CountDownLatch(1);
    CountDownLatch stopping = new CountDownLatch(1);
    SubmissionDesk slow =
        (unit, channel, name, file, at) -> {
          if (desk.taken.size() == 1) {
            secondTaken.countDown();
            await(stopping);
          }
          return desk.take(unit, channel, name, file, at);
        };
    Collector serving = collector(slow);
    serving.serve(every(POLL, NOT_TONIGHT), () -> {});
    await(secondTaken);
    Thread stop = new Thread(serving::close);
    stop.start();
    org.awaitility.Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> serving.camel().isStopping() || serving.camel().isStopped());
    stopping.countDown();
    stop.join(60_000);
    assertThat(serving.camel().isStopped()).isTrue();

    // The file being loaded when the stop came was finished; the rest wait in the inbox.
    assertThat(desk.taken).extracting(Taken::content).containsExactly("v1", "v2");
    assertThat(inbox.resolve(".done")).isDirectoryContaining(p -> p.endsWith("报送2.csv"));
    try (Collector restarted = collector(desk)) {
      assertThat(restarted.collectOnce().taken()).isEqualTo(3);
      assertThat(restarted.collectOnce().taken()).isZero();
    }
    assertThat(desk.taken).extracting(Taken::content).containsExactly("v1", "v2", "v3", "v4", "v5");
    try (var left = Files.list(inbox)) {
      assertThat(left.filter(Files::isRegularFile)).isEmpty();
    }
    assertThat(inbox.resolve(".failed")).doesNotExist();
  }

  @Test
  void theNightlyWorkFiresAtTheHourOfScheduleNightly() throws Exception {
    AtomicInteger nights = new AtomicInteger();
    LocalTime soon = LocalTime.now().plusSeconds(3).truncatedTo(ChronoUnit.SECONDS);
    try (Collector collector = collector(desk)) {
      NotifyBuilder fired =
          new NotifyBuilder(collector.camel()).fromRoute("nightly").whenDone(1).create();
      collector.serve(every(Duration.ofHours(1), soon), nights::incrementAndGet);
      assertThat(fired.matches(30, TimeUnit.SECONDS)).isTrue();
      assertThat(LocalTime.now()).isAfterOrEqualTo(soon);
    }
    assertThat(nights).hasValue(1);
  }

  @Test
  void theNightlyHourIsACronOfThatTimeEveryDay() {
    assertThat(new CollectionRoutes.Nightly(LocalTime.of(1, 30), () -> {}).cron())
        .isEqualTo("0 30 1 * * ?");
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(60, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
