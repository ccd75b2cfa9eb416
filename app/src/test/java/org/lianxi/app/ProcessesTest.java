package org.lianxi.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lianxi.testkit.servers.LocalMailServer;
import org.lianxi.testkit.servers.LocalSftpServer;

/**
 * lianxi as a county runs it: real lianxi processes (child JVMs of this test) on one data folder,
 * started together, and killed with SIGKILL in the middle of their work.
 */
class ProcessesTest {

  private Path work;
  private Path data;
  private final List<Process> started = new ArrayList<>();

  @BeforeEach
  void freshFolder(org.junit.jupiter.api.TestInfo test) throws IOException {
    work =
        Path.of("target", "processes", test.getTestMethod().orElseThrow().getName())
            .toAbsolutePath();
    if (Files.exists(work)) {
      try (Stream<Path> files = Files.walk(work)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    data = Files.createDirectories(work).resolve("data");
  }

  @AfterEach
  void stopEverything() throws Exception {
    for (Process p : started) {
      p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
    // Whatever a killed process left running is stopped by the next one that leaves: status.
    if (Files.exists(data.resolve("db/port"))) {
      lianxi("status").waitFor(2, TimeUnit.MINUTES);
    }
  }

  /** A lianxi command in a JVM of its own, its output in a file named after its position. */
  private Process lianxi(String... args) throws IOException {
    return lianxi(java.util.Map.of(), args);
  }

  private Process lianxi(java.util.Map<String, String> environment, String... args)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Lianxi.class.getName());
    command.add("--data");
    command.add(data.toString());
    command.addAll(List.of(args));
    Path log = work.resolve("process-" + started.size() + ".log");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .directory(work.toFile());
    builder.environment().putAll(environment);
    Process process = builder.start();
    started.add(process);
    return process;
  }

  private String log(int process) throws IOException {
    return Files.readString(work.resolve("process-" + process + ".log"), StandardCharsets.UTF_8);
  }

  private static int exit(Process process) throws InterruptedException {
    assertThat(process.waitFor(4, TimeUnit.MINUTES)).as("the process ended").isTrue();
    return process.exitValue();
  }

  @Test
  void twoCommandsStartedTogetherOnAFreshFolderShareOneServerAndLeaveNoneRunning()
      throws Exception {
    Process first = lianxi("status");
    Process second = lianxi("status");
    assertThat(exit(first)).as("first: %s", log(0)).isZero();
    assertThat(exit(second)).as("second: %s", log(1)).isZero();

    String both = log(0) + log(1);
    assertThat(count(both, "Started the embedded MariaDB")).as(both).isEqualTo(1);
    assertThat(count(both, "Using the embedded MariaDB already running")).as(both).isEqualTo(1);
    assertThat(both).contains("古县 - profile guxian");
    // The last one out stopped the server: nothing listens for this folder any more.
    assertThat(data.resolve("db/port")).doesNotExist();
    assertThat(Files.getPosixFilePermissions(data))
        .containsExactlyInAnyOrder(
            PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.OWNER_EXECUTE);
    assertThat(Files.getPosixFilePermissions(data.resolve("db/password")))
        .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
  }

  @Test
  void anIntakeKilledMidPassLeavesEveryFileForTheRerunToLoadAndAnswerExactlyOnce()
      throws Exception {
    int files = 600;
    List<String> ingest = new ArrayList<>(List.of("ingest", "--from", "D02"));
    Path folder = Files.createDirectories(work.resolve("files"));
    for (int i = 1; i <= files; i++) {
      Path csv = folder.resolve("referral-" + i + ".csv");
      Files.writeString(
          csv,
          "移送文号,移送方向,移送单位,接收单位,当事人,违法事项,发现日期,移送时间\r\n"
              + "古市监移[2026]"
              + i
              + "号,移出,县市场监管局,岳阳镇,商店"
              + i
              + ",无照经营,2026-03-02,2026-03-04 10:00\r\n",
          StandardCharsets.UTF_8);
      ingest.add(csv.toString());
    }
    Process killed = lianxi(ingest.toArray(String[]::new));
    // Killed (SIGKILL: no shutdown hook runs) as soon as the first chunk of files is committed.
    waitFor(
        () ->
            !killed.isAlive()
                || count("SELECT COUNT(*) FROM received_file WHERE status <> 'received'") > 0,
        Duration.ofMinutes(3));
    killed.destroyForcibly();
    assertThat(killed.waitFor(30, TimeUnit.SECONDS)).isTrue();
    int loaded = count("SELECT COUNT(*) FROM received_file WHERE status = 'loaded'");
    assertThat(loaded).as("killed mid-pass: %s", log(0)).isBetween(1, files - 1);
    assertThat(count("SELECT COUNT(*) FROM received_file WHERE answered_at IS NOT NULL"))
        .as("no receipt is written before the pass ends")
        .isZero();
    assertThat(count("SELECT COUNT(*) FROM referral_report")).isEqualTo(loaded);
    // The killed JVM's server is left running (its port file too): the rerun joins it.
    assertThat(data.resolve("db/port")).isRegularFile();

    Process rerun = lianxi(ingest.toArray(String[]::new));
    assertThat(exit(rerun)).as(log(1)).isZero();
    assertThat(log(1))
        .contains("Using the embedded MariaDB already running")
        .doesNotContain("already received");
    assertThat(data.resolve("db/port")).as("the last one out stopped it").doesNotExist();
    opened = org.lianxi.ledger.db.Database.embedded(data.resolve("db")); // to read the ledger
    assertThat(count("SELECT COUNT(*) FROM received_file")).isEqualTo(files);
    assertThat(count("SELECT COUNT(*) FROM received_file WHERE status = 'loaded'"))
        .isEqualTo(files);
    assertThat(count("SELECT COUNT(*) FROM received_file WHERE answered_at IS NULL")).isZero();
    assertThat(count("SELECT COUNT(*) FROM referral_report")).isEqualTo(files);
    assertThat(count("SELECT COUNT(DISTINCT record_key) FROM referral_report")).isEqualTo(files);
    try (Stream<Path> receipts = Files.list(data.resolve("out/D02"))) {
      List<String> names = receipts.map(p -> p.getFileName().toString()).toList();
      assertThat(names).hasSize(files).allMatch(n -> n.startsWith("回执_") && !n.contains("重复"));
    }
    try (Stream<Path> landed = Files.list(data.resolve("landed"))) {
      for (Path file : landed.toList()) {
        assertThat(Files.getPosixFilePermissions(file))
            .as("landed originals are their owner's alone")
            .doesNotContain(PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_READ);
      }
    }
  }

  @Test
  void serveLoadsAndAnswersOnceEachAnUploadAndAMailArrivingTogether() throws Exception {
    try (LocalSftpServer sftp = new LocalSftpServer(Files.createDirectories(work.resolve("sftp")));
        LocalMailServer mail = new LocalMailServer()) {
      mail.addMailbox("lianxi@gx.example", "secret");
      mail.addMailbox("d02@gx.example", "secret");
      Path inbox = sftp.folder("t01", "inbox");
      Path outbox = sftp.folder("t01", "outbox");
      Path county = work.resolve("county.yaml");
      Files.writeString(
          county,
          """
          county: {name: 古县, profile: guxian}
          units:
            - {code: T01, name: 古县岳阳镇人民政府, type: TOWNSHIP, aliases: [岳阳镇], sftp-folder: t01}
            - {code: D02, name: 古县市场监督管理局, type: DEPARTMENT, aliases: [县市场监管局],
               emails: [d02@gx.example]}
          channels:
            sftp: {host: 127.0.0.1, port: %d, user: lianxi, private-key: %s, known-hosts: %s}
            mail:
              imap: imap://127.0.0.1:%d
              smtp: smtp://127.0.0.1:%d
              user: lianxi@gx.example
              password-env: LIANXI_MAIL_PASSWORD
              from: lianxi@gx.example
              office: [sfj@gx.example]
          schedule: {poll: 1s}
          """
              .formatted(
                  sftp.port(), sftp.clientKey, sftp.knownHosts, mail.imapPort(), mail.smtpPort()),
          StandardCharsets.UTF_8);
      Process serve =
          lianxi(
              java.util.Map.of("LIANXI_MAIL_PASSWORD", "secret"),
              "--config",
              county.toString(),
              "serve");
      waitFor(() -> logContains(0, "Serving 古县"), Duration.ofMinutes(3));

      int rounds = 3;
      for (int round = 1; round <= rounds; round++) {
        // Both channels at once: the upload and the mail land in the same poll.
        Files.writeString(
            inbox.resolve("岳阳镇报送" + round + ".csv.part"),
            csv("岳阳镇移[2026]" + round + "号", "移出", "岳阳镇", "县市场监管局"),
            StandardCharsets.UTF_8);
        Files.move(
            inbox.resolve("岳阳镇报送" + round + ".csv.part"),
            inbox.resolve("referral-t01-" + round + ".csv"));
        sendMail(
            mail,
            "referral-d02-" + round + ".csv",
            csv("古市监移[2026]" + round + "号", "移出", "县市场监管局", "岳阳镇"));
        int expected = round;
        waitFor(
            () -> receipts(outbox) == expected && receiptMails(mail) == expected,
            Duration.ofMinutes(2));
      }

      serve.destroy(); // SIGTERM: serve stops cleanly (the JVM's status for it is 128 + 15)
      assertThat(exit(serve)).as(log(0)).isEqualTo(143);
      assertThat(log(0)).contains("Stopping", "Stopped");
      assertThat(log(0)).doesNotContain("Deadlock", "重复", "Could not take", "Cannot move");
      assertThat(receipts(outbox)).isEqualTo(rounds);
      assertThat(receiptMails(mail)).isEqualTo(rounds);
      try (Stream<Path> names = Files.list(outbox)) {
        assertThat(names.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("重复"));
      }
      assertThat(inbox.resolve(".failed")).doesNotExist();
      try (Stream<Path> done = Files.list(inbox.resolve(".done"))) {
        assertThat(done).hasSize(rounds);
      }
      assertThat(data.resolve("db/port")).doesNotExist();
    }
    // The ledger after serve stopped: read by a command of its own.
    Process status = lianxi("status");
    assertThat(exit(status)).isZero();
    assertThat(log(1)).containsPattern("D02 +古县市场监督管理局 +department +20\\d\\d-");
  }

  private static String csv(String no, String direction, String from, String to) {
    return "移送文号,移送方向,移送单位,接收单位,当事人,违法事项,发现日期,移送时间\r\n"
        + String.join(",", no, direction, from, to, "某商店", "无照经营", "2026-03-02", "2026-03-04 10:00")
        + "\r\n";
  }

  private static void sendMail(LocalMailServer mail, String name, String content) throws Exception {
    jakarta.mail.internet.MimeMessage message =
        new jakarta.mail.internet.MimeMessage(mail.session());
    message.setFrom(new jakarta.mail.internet.InternetAddress("d02@gx.example"));
    message.setRecipients(jakarta.mail.Message.RecipientType.TO, "lianxi@gx.example");
    message.setSubject("信息共享报送", "UTF-8");
    jakarta.mail.internet.MimeMultipart multipart = new jakarta.mail.internet.MimeMultipart();
    jakarta.mail.internet.MimeBodyPart attachment = new jakarta.mail.internet.MimeBodyPart();
    attachment.setDataHandler(
        new jakarta.activation.DataHandler(
            new jakarta.mail.util.ByteArrayDataSource(
                content.getBytes(StandardCharsets.UTF_8), "text/csv")));
    attachment.setFileName(name);
    multipart.addBodyPart(attachment);
    message.setContent(multipart);
    mail.send(message);
  }

  /** Receipts in the unit's SFTP outbox. */
  private static int receipts(Path outbox) {
    try (Stream<Path> files = Files.list(outbox)) {
      return (int) files.filter(p -> p.getFileName().toString().startsWith("回执_")).count();
    } catch (IOException e) {
      return -1;
    }
  }

  /** Receipts mailed to D02's registered address. */
  private static int receiptMails(LocalMailServer mail) {
    int found = 0;
    for (jakarta.mail.internet.MimeMessage m : mail.delivered()) {
      try {
        // Answered by its own channel ("回执：…") or by the outbox ("【联席】回执_…"): once.
        if (m.getAllRecipients()[0].toString().equals("d02@gx.example")
            && m.getSubject().contains("回执")) {
          found++;
        }
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    }
    return found;
  }

  private boolean logContains(int process, String text) {
    try {
      return log(process).contains(text);
    } catch (IOException e) {
      return false;
    }
  }

  /** The ledger opened by this test itself, once the lianxi processes are done. */
  private org.lianxi.ledger.db.Database opened;

  @AfterEach
  void closeLedger() {
    if (opened != null) {
      opened.close();
    }
  }

  /** A figure from the ledger of the folder's running server, or -1 while none answers. */
  private int count(String sql) {
    if (opened != null) {
      return new org.springframework.jdbc.core.JdbcTemplate(opened.dataSource())
          .queryForObject(sql, Integer.class);
    }
    try {
      Path port = data.resolve("db/port");
      Path password = data.resolve("db/password");
      if (!Files.isRegularFile(port) || !Files.isRegularFile(password)) {
        return -1;
      }
      String url =
          "jdbc:mysql://127.0.0.1:"
              + Files.readString(port).strip()
              + "/lianxi?sslMode=DISABLED&allowPublicKeyRetrieval=true&connectTimeout=2000";
      try (Connection c =
              DriverManager.getConnection(url, "lianxi", Files.readString(password).strip());
          Statement s = c.createStatement();
          ResultSet rs = s.executeQuery(sql)) {
        rs.next();
        return rs.getInt(1);
      }
    } catch (IOException | SQLException e) {
      return -1; // not up yet, or its schema not made yet
    }
  }

  private static int count(String text, String what) {
    return text.split(java.util.regex.Pattern.quote(what), -1).length - 1;
  }

  /** Waits for a condition another process brings about, looking every 20 ms (Awaitility). */
  private static void waitFor(BooleanSupplier condition, Duration atMost) {
    org.awaitility.Awaitility.await()
        .atMost(atMost)
        .pollDelay(Duration.ZERO)
        .pollInterval(Duration.ofMillis(20))
        .until(condition::getAsBoolean);
  }
}
