package org.lianxi.routes;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.lianxi.ledger.county.CountyConfig;
import org.lianxi.ledger.files.Channel;
import org.lianxi.ledger.files.Quarantine;
import org.lianxi.ledger.files.QuarantinedMails;
import org.lianxi.ledger.files.SubmissionDesk;
import org.lianxi.ledger.testing.TestDatabase;

/** The mailbox against a real mail server (GreenMail: SMTP and IMAP on loopback). */
class CollectorMailTest {

  @RegisterExtension static final GreenMailExtension MAIL = TestCounty.mailServer();

  @TempDir Path dir;
  private final DataSource dataSource = TestDatabase.fresh();

  record Taken(String unit, Channel channel, String name, String content, Path file) {}

  private final List<Taken> taken = new ArrayList<>();

  private SubmissionDesk desk(Path data) {
    return (unit, channel, name, file, receivedAt) -> {
      try {
        taken.add(new Taken(unit, channel, name, Files.readString(file), file));
        Path receipt =
            Files.createDirectories(data.resolve("out").resolve(unit))
                .resolve("回执_" + taken.size() + ".xlsx");
        return Files.writeString(receipt, "receipt for " + name);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    };
  }

  private static CountyConfig county() {
    return county(ServerSetupTest.IMAP.getPort(), ServerSetupTest.SMTP.getPort());
  }

  private static CountyConfig county(int imap, int smtp) {
    return TestCounty.of(
        """
          - {code: D02, name: 古县市场监督管理局, type: DEPARTMENT, emails: [scjgj@gx.example]}
          - {code: O01, name: 古县司法局, type: OFFICE, emails: [sfj@gx.example]}
        """,
        TestCounty.mail(imap, smtp));
  }

  private Collector collector(Path data) {
    return collector(data, county());
  }

  private Collector collector(Path data, CountyConfig county) {
    return new Collector(county, data, dataSource, desk(data), TestCounty::secret);
  }

  private static List<MimeMessage> mailTo(String address) {
    List<MimeMessage> found = new ArrayList<>();
    for (MimeMessage m : MAIL.getReceivedMessages()) {
      try {
        if (m.getAllRecipients()[0].toString().equals(address)) {
          found.add(m);
        }
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    }
    return found;
  }

  @Test
  void aRegisteredSendersAttachmentIsTakenAndTheReceiptGoesBackToThatAddressOnly()
      throws Exception {
    Path data = dir.resolve("data");
    UnitMail.send("scjgj@gx.example", "attacker@evil.example", "../../报送表.xlsx", "workbook bytes");
    try (Collector collector = collector(data)) {
      assertThat(collector.collectOnce().taken()).isEqualTo(1);
      assertThat(collector.collectOnce().taken()).isZero(); // marked read
    }
    assertThat(taken)
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.unit()).isEqualTo("D02");
              assertThat(t.channel()).isEqualTo(Channel.MAIL);
              assertThat(t.name()).isEqualTo("报送表.xlsx"); // the name is shown, never a path
              assertThat(t.content()).isEqualTo("workbook bytes");
              // saved under a name of ours inside the work folder (and deleted once loaded)
              assertThat(
                      t.file().normalize().startsWith(data.resolve("work/mail").toAbsolutePath()))
                  .isTrue();
              assertThat(t.file()).doesNotExist();
            });
    List<MimeMessage> replies = mailTo("scjgj@gx.example");
    assertThat(replies).hasSize(1);
    assertThat(replies.get(0).getSubject()).isEqualTo("回执：报送表.xlsx");
    assertThat(attachmentNames(replies.get(0))).containsExactly("回执_1.xlsx");
    assertThat(replies.get(0).getFrom()[0].toString()).isEqualTo("lianxi@gx.example");
    assertThat(mailTo("attacker@evil.example")).isEmpty();
    assertThat(data.resolve("out/D02/.sent/回执_1.xlsx")).isRegularFile();
  }

  private static List<String> attachmentNames(MimeMessage message) throws Exception {
    List<String> names = new ArrayList<>();
    if (message.getContent() instanceof MimeMultipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        String name = multipart.getBodyPart(i).getFileName();
        if (name != null) {
          names.add(jakarta.mail.internet.MimeUtility.decodeText(name));
        }
      }
    }
    return names;
  }

  @Test
  void mailFromAnUnknownAddressIsQuarantinedAndTheOfficeTold() throws Exception {
    Path data = dir.resolve("data");
    UnitMail.send("someone@else.example", null, "报送表.xlsx", "x");
    try (Collector collector = collector(data)) {
      assertThat(collector.collectOnce().taken()).isEqualTo(1);
    }
    assertThat(taken).isEmpty();
    try (var folders = Files.list(data.resolve("quarantine"))) {
      Path folder = folders.findFirst().orElseThrow();
      assertThat(folder.resolve("reason.txt"))
          .content()
          .contains("发件地址未登记", "someone@else.example");
      assertThat(folder.resolve("message.eml")).isRegularFile();
    }
    assertThat(mailTo("sfj@gx.example"))
        .singleElement()
        .satisfies(m -> assertThat(m.getSubject()).isEqualTo("【联席】邮件已隔离"));
  }

  @Test
  void whatTheMailboxQuarantinesIsWhatTheConsolesQuarantineListsReadsAndUnpacks() throws Exception {
    Path data = dir.resolve("data");
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip, StandardCharsets.UTF_8)) {
      out.putNextEntry(new ZipEntry("三月/案件移送.csv"));
      out.write("referral rows".getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    UnitMail.send(
        "someone@else.example", null, "报送表.xlsx", "workbook", "三月.zip", zip.toByteArray());
    try (Collector collector = collector(data)) {
      assertThat(collector.collectOnce().taken()).isEqualTo(1);
    }
    assertThat(taken).isEmpty();

    Quarantine.Item item = new Quarantine(data).waiting().stream().findFirst().orElseThrow();
    assertThat(item.reason()).isEqualTo("发件地址未登记为任何成员单位：someone@else.example");
    assertThat(item.oversized()).isFalse();
    assertThat(item.handling()).isEmpty();
    QuarantinedMails mails = Collector.quarantinedMails();
    QuarantinedMails.Mail mail = mails.read(item.message().orElseThrow());
    assertThat(mail.headers().from()).contains("someone@else.example");
    assertThat(mail.headers().subject()).contains("信息共享报送");
    assertThat(mail.headers().date()).isPresent();
    assertThat(mail.attachments())
        .extracting(QuarantinedMails.Attached::name, QuarantinedMails.Attached::size)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("报送表.xlsx", 8L),
            org.assertj.core.groups.Tuple.tuple("三月.zip", (long) zip.size()));

    Path work = dir.resolve("unpacked");
    List<QuarantinedMails.Saved> files = mails.unpack(item.message().orElseThrow(), work);
    assertThat(files)
        .extracting(QuarantinedMails.Saved::name)
        .containsExactly("报送表.xlsx", "案件移送.csv");
    assertThat(files.get(1).file()).content().isEqualTo("referral rows");
    assertThat(files).allMatch(f -> f.file().startsWith(work));
  }

  @Test
  void aZipOfWorkbooksIsTakenFileByFileAndMailWithoutAttachmentsIsQuarantined() throws Exception {
    Path data = dir.resolve("data");
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip, StandardCharsets.UTF_8)) {
      for (String name : List.of("一月/案件移送.csv", "../信息通报.xlsx", "说明.txt")) {
        out.putNextEntry(new ZipEntry(name));
        out.write(("content of " + name).getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
    UnitMail.send("scjgj@gx.example", null, "三月报送.zip", zip.toByteArray());
    UnitMail.send("scjgj@gx.example", null);
    try (Collector collector = collector(data)) {
      assertThat(collector.collectOnce().taken()).isEqualTo(2);
    }
    assertThat(taken).extracting(Taken::name).containsExactly("案件移送.csv", "信息通报.xlsx");
    try (var folders = Files.list(data.resolve("quarantine"))) {
      assertThat(folders.findFirst().orElseThrow().resolve("reason.txt"))
          .content()
          .contains("没有可用的附件");
    }
  }

  @Test
  void aMailHandledButNotMarkedReadBeforeACrashIsNotLoadedTwice() throws Exception {
    Path data = dir.resolve("data");
    UnitMail.send("scjgj@gx.example", null, "报送表.xlsx", "x");
    try (Collector collector = collector(data)) {
      assertThat(collector.collectOnce().taken()).isEqualTo(1);
    }
    // What a crash between loading and marking read leaves: the mail unread again.
    Store store = Session.getInstance(new java.util.Properties()).getStore("imap");
    store.connect("127.0.0.1", ServerSetupTest.IMAP.getPort(), "lianxi@gx.example", "secret");
    Folder inbox = store.getFolder("INBOX");
    inbox.open(Folder.READ_WRITE);
    for (Message m : inbox.getMessages()) {
      m.setFlag(Flags.Flag.SEEN, false);
    }
    inbox.close(true);
    store.close();
    try (Collector restarted = collector(data)) {
      restarted.collectOnce();
    }
    assertThat(taken).hasSize(1);
  }

  @Test
  void aMailServerDownForAPassLosesNothingAndEverythingGoesWhenItIsBack() throws Exception {
    Path data = dir.resolve("data");
    UnitMail.send("scjgj@gx.example", null, "报送表.xlsx", "x");
    Path chaseList =
        Files.writeString(
            Files.createDirectories(data.resolve("out").resolve("D02"))
                .resolve("催办单_20260331.xlsx"),
            "chase");
    int closed;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    try (Collector down = collector(data, county(closed, closed))) {
      assertThat(down.collectOnce().taken()).isZero();
      assertThat(down.sendOnce()).isZero();
    }
    assertThat(taken).isEmpty();
    assertThat(chaseList).isRegularFile(); // kept for the next try
    try (Collector back = collector(data)) {
      assertThat(back.collectOnce().taken()).isEqualTo(1);
      assertThat(back.sendOnce()).isEqualTo(1);
      assertThat(back.sendOnce()).isZero(); // sent once, never twice
    }
    assertThat(taken).hasSize(1);
    assertThat(data.resolve("out/D02/.sent/催办单_20260331.xlsx")).isRegularFile();
    List<MimeMessage> toUnit = mailTo("scjgj@gx.example");
    assertThat(toUnit).hasSize(2); // the receipt, the chase list
    assertThat(
            toUnit.stream()
                .map(
                    m -> {
                      try {
                        return attachmentNames(m).get(0);
                      } catch (Exception e) {
                        throw new IllegalStateException(e);
                      }
                    }))
        .contains("催办单_20260331.xlsx");
  }
}
