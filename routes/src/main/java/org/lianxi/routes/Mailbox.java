package org.lianxi.routes;

import static org.apache.camel.builder.endpoint.StaticEndpointBuilders.imap;
import static org.apache.camel.builder.endpoint.StaticEndpointBuilders.imaps;
import static org.apache.camel.builder.endpoint.StaticEndpointBuilders.smtp;
import static org.apache.camel.builder.endpoint.StaticEndpointBuilders.smtps;

import jakarta.activation.DataHandler;
import jakarta.activation.FileDataSource;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Lock;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.attachment.AttachmentMessage;
import org.apache.camel.builder.endpoint.dsl.MailEndpointBuilderFactory.MailEndpointBuilder;
import org.apache.camel.builder.endpoint.dsl.MailEndpointBuilderFactory.MailEndpointConsumerBuilder;
import org.apache.camel.component.mail.MailComponent;
import org.apache.camel.component.mail.MailConfiguration;
import org.apache.camel.component.mail.MailMessage;
import org.apache.camel.spi.IdempotentRepository;
import org.lianxi.ledger.Checksums;
import org.lianxi.ledger.county.Channels;
import org.lianxi.ledger.county.CountyConfig;
import org.lianxi.ledger.county.Unit;
import org.lianxi.ledger.files.Channel;
import org.lianxi.ledger.files.SubmissionDesk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The county's mailbox (IMAP in, SMTP out). Mail from a unit's registered address is that unit's
 * submission: each {@code .xlsx}, {@code .xls} or {@code .csv} attachment (also inside a {@code
 * .zip}) is handed to the desk and its receipt mailed back to that address. Anything else (an
 * unknown sender, no usable attachment, a structure that cannot be read, something oversized) goes
 * to {@code DATA/quarantine/} with a reason file, and the office is told.
 *
 * <p>Attachment names are shown, never used as paths. Inbound headers (Reply-To and the like) never
 * steer anything: replies go to the registered address, and every mail sent is a new message with
 * our own headers only. A message is marked read only after it was handled, and its Message-ID is
 * remembered in between, so a crash before the mark never loads it twice.
 */
final class Mailbox {

  private static final Logger log = LoggerFactory.getLogger(Mailbox.class);

  static final long MAX_MESSAGE = 80L << 20;
  static final long MAX_ATTACHMENT = 50L << 20;

  /** All files saved from one message together, zip contents included: a zip bomb stops here. */
  static final long MAX_UNPACKED = 200L << 20;

  static final int MAX_ZIP_ENTRIES = 100;

  /** Windows writes zip entry names in GBK unless flagged UTF-8 (which Java honours anyway). */
  private static final Charset ZIP_NAMES = Charset.forName("GB18030");

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  /** Mails read in one poll; a one-pass collect polls again while a poll was full. */
  static final int MAX_PER_POLL = 100;

  private final CountyConfig county;
  private final Channels.Mail mail;
  private final String password;
  private final Path data;
  private final SubmissionDesk desk;
  private final IdempotentRepository memory;
  private final CamelContext camel;
  private final ProducerTemplate producer;
  private final java.time.Clock clock;
  private final MailEndpointBuilder outbound;
  private final AtomicLong handled = new AtomicLong();

  /**
   * The collector's: held while a receipt is taken and mailed, so the outbox never sends it too.
   */
  private final Lock sending;

  Mailbox(
      CountyConfig county,
      Channels.Mail mail,
      String password,
      Path data,
      SubmissionDesk desk,
      IdempotentRepository memory,
      CamelContext camel,
      java.time.Clock clock,
      Lock sending) {
    this.clock = clock;
    this.sending = sending;
    this.county = county;
    this.mail = mail;
    this.password = password;
    this.data = data.toAbsolutePath();
    this.desk = desk;
    this.memory = memory;
    this.camel = camel;
    this.producer = camel.createProducerTemplate();
    this.outbound = mailServer(mail.smtp(), "smtp");
    this.outbound.advanced().connectionTimeout(30_000);
    logIn(camel);
  }

  /**
   * The IMAP endpoint. Unread mail is read without marking it ({@code peek}), and marked read once
   * handled. The login is set on the mail components (see {@link #logIn}), never in a URI.
   */
  MailEndpointConsumerBuilder inbound(Polling polling) {
    MailEndpointBuilder server = mailServer(mail.imap(), "imap");
    MailEndpointConsumerBuilder inbound =
        server
            .unseen(true)
            .peek(true)
            .delete(false)
            .maxMessagesPerPoll(MAX_PER_POLL)
            .startScheduler(polling.scheduled())
            .initialDelay(0)
            .delay(polling.interval().toMillis());
    inbound
        .advanced()
        .folderName(mail.folder())
        .mapMailMessage(false)
        .connectionTimeout(30_000)
        .pollStrategy("#" + Endpoints.POLLS);
    return inbound;
  }

  private MailEndpointBuilder mailServer(java.net.URI uri, String plain) {
    String address = uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
    boolean secure = !uri.getScheme().equals(plain);
    return switch (plain) {
      case "imap" -> secure ? imaps(address) : imap(address);
      default -> secure ? smtps(address) : smtp(address);
    };
  }

  /**
   * The mailbox's login and TLS, set once on the components of the two servers' schemes: every
   * endpoint made from them copies it, and the password never appears in a URI (which Camel logs).
   */
  private void logIn(CamelContext camel) {
    for (java.net.URI server : List.of(mail.imap(), mail.smtp())) {
      MailConfiguration login =
          camel.getComponent(server.getScheme(), MailComponent.class).getConfiguration();
      login.setUsername(mail.user());
      login.setPassword(password);
      Properties tls = new Properties();
      tls.setProperty("mail.smtp.starttls.enable", "true"); // used whenever the server offers it
      tls.setProperty("mail.imap.starttls.enable", "true");
      login.setAdditionalJavaMailProperties(tls);
    }
  }

  /** How many messages were handled to the end: a one-pass collect reads on while this grows. */
  long handled() {
    return handled.get();
  }

  /** Handles one message; an exception leaves it unread for the next poll. */
  void handle(Exchange exchange) throws MessagingException, IOException {
    Message message = exchange.getIn(MailMessage.class).getOriginalMessage();
    String key = memoryKey("mail:" + messageId(message));
    if (memory.contains(key)) {
      log.info("Mail {} was handled before (marking it read was lost); not loaded again", key);
      return;
    }
    take(message);
    memory.add(key); // a crash before this line: the desk knows the files (same checksum)
    handled.incrementAndGet();
  }

  private void take(Message message) throws MessagingException, IOException {
    Optional<String> from = sender(message);
    Optional<Unit> unit = from.flatMap(county::unitByEmail);
    if (unit.isEmpty()) {
      quarantine(message, "发件地址未登记为任何成员单位：" + from.orElse("（无法识别）"));
      return;
    }
    if (message.getSize() > MAX_MESSAGE) {
      quarantine(message, "邮件过大（超过" + (MAX_MESSAGE >> 20) + "MB）");
      return;
    }
    Unpacked unpacked = new Unpacked(Files.createDirectories(data.resolve("work").resolve("mail")));
    try {
      String problem = null;
      try {
        unpacked.collect(message);
      } catch (TooLargeException e) {
        problem = e.getMessage();
      } catch (MessagingException | IOException | RuntimeException e) {
        log.warn("Cannot read the structure of a mail from {}", from.get(), e);
        problem = "邮件结构无法解析（" + e.getClass().getSimpleName() + "）";
      }
      if (problem == null && unpacked.files.isEmpty()) {
        problem = "邮件中没有可用的附件（应为 .xlsx、.xls、.csv 文件或装有它们的 .zip 压缩包）";
      }
      if (problem != null) {
        quarantine(message, problem);
        return;
      }
      LocalDateTime received = LocalDateTime.now(clock);
      for (Attachment attachment : unpacked.files) {
        sending.lock();
        try {
          Path receipt =
              desk.take(
                  unit.get().code(), Channel.MAIL, attachment.name(), attachment.file(), received);
          reply(unit.get(), from.get(), attachment.name(), receipt);
        } finally {
          sending.unlock();
        }
      }
    } finally {
      unpacked.delete();
    }
  }

  /** The one From address; a message claiming several senders is nobody's. */
  private static Optional<String> sender(Message message) throws MessagingException {
    Address[] from = message.getFrom();
    if (from == null || from.length != 1 || !(from[0] instanceof InternetAddress address)) {
      return Optional.empty();
    }
    return Optional.ofNullable(address.getAddress()).map(a -> a.strip().toLowerCase(Locale.ROOT));
  }

  private static String messageId(Message message) throws MessagingException {
    String[] ids = message.getHeader("Message-ID");
    if (ids != null && ids.length > 0 && !ids[0].isBlank()) {
      return ids[0].strip();
    }
    return "no-id:" + message.getSentDate() + ":" + message.getSubject() + ":" + message.getSize();
  }

  /** Keys fit the repository's column: long ones are replaced by their digest. */
  static String memoryKey(String key) {
    return key.length() <= 200 ? key : "sha256:" + Checksums.sha256(key);
  }

  /** A usable attachment: its shown name and where its bytes were saved. */
  record Attachment(String name, Path file) {}

  /** The usable files of one message, saved under our own names within one size budget. */
  static final class Unpacked {
    final Path folder;
    final List<Attachment> files = new ArrayList<>();
    final List<Path> saved = new ArrayList<>();
    long left = MAX_UNPACKED;

    Unpacked(Path folder) {
      this.folder = folder;
    }

    void collect(Part part) throws MessagingException, IOException, TooLargeException {
      if (part.isMimeType("multipart/*")) {
        Multipart multipart = (Multipart) part.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
          collect(multipart.getBodyPart(i));
        }
        return;
      }
      if (part.getFileName() == null) {
        return; // the text of the mail
      }
      String shown = shownName(MimeUtility.decodeText(part.getFileName()));
      String lower = shown.toLowerCase(Locale.ROOT);
      if (lower.endsWith(".zip")) {
        Path zip = save(part.getInputStream(), shown);
        unzip(zip);
      } else if (isSubmission(lower)) {
        files.add(new Attachment(shown, save(part.getInputStream(), shown)));
      }
    }

    private void unzip(Path zip) throws IOException, TooLargeException {
      int entries = 0;
      try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip), ZIP_NAMES)) {
        for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
          if (++entries > MAX_ZIP_ENTRIES) {
            throw new TooLargeException("压缩包内文件过多（超过" + MAX_ZIP_ENTRIES + "个）");
          }
          String shown = shownName(entry.getName());
          if (!entry.isDirectory() && isSubmission(shown.toLowerCase(Locale.ROOT))) {
            files.add(new Attachment(shown, save(in, shown)));
          }
        }
      }
    }

    /** Saves at most what the budget allows under a name of our own. */
    private Path save(InputStream in, String shown) throws IOException, TooLargeException {
      Path file = folder.resolve(UUID.randomUUID() + ".bin");
      saved.add(file);
      long limit = Math.min(MAX_ATTACHMENT, left);
      long size;
      try (OutputStream out = Files.newOutputStream(file)) {
        size = copy(in, out, limit + 1);
      }
      if (size > limit) {
        throw new TooLargeException(
            "附件过大（单个附件不超过"
                + (MAX_ATTACHMENT >> 20)
                + "MB，一封邮件解压后不超过"
                + (MAX_UNPACKED >> 20)
                + "MB）："
                + shown);
      }
      left -= size;
      return file;
    }

    private static long copy(InputStream in, OutputStream out, long limit) throws IOException {
      byte[] buffer = new byte[64 * 1024];
      long total = 0;
      for (int n;
          total < limit
              && (n = in.read(buffer, 0, (int) Math.min(buffer.length, limit - total))) > 0; ) {
        out.write(buffer, 0, n);
        total += n;
      }
      return total;
    }

    void delete() {
      for (Path file : saved) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException e) {
          log.debug("cannot delete {}", file, e);
        }
      }
    }
  }

  static boolean isSubmission(String lowerName) {
    return lowerName.endsWith(".xlsx") || lowerName.endsWith(".xls") || lowerName.endsWith(".csv");
  }

  /** The last element of a name from outside, without control characters, bounded: shown only. */
  static String shownName(String name) {
    String last = name.replace('\\', '/');
    last = last.substring(last.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
    if (last.isEmpty() || last.equals("..") || last.equals(".")) {
      last = "附件";
    }
    return last.length() > 150 ? last.substring(last.length() - 150) : last;
  }

  /** Mails a receipt to the registered address that sent the file; kept in the outbox if not. */
  private void reply(Unit unit, String to, String fileName, Path receipt) {
    try {
      send(
          to,
          "回执：" + fileName,
          unit.name() + "：\n\n贵单位报送的文件《" + fileName + "》已收到，接收结果见附件回执。\n",
          receipt);
      Path sent = Files.createDirectories(receipt.getParent().resolve(".sent"));
      Files.move(receipt, sent.resolve(receipt.getFileName()));
    } catch (IOException | RuntimeException e) {
      log.warn(
          "Could not mail the receipt {} to {}: {} (kept in the outbox for the next send)",
          receipt.getFileName(),
          unit.code(),
          e.getMessage());
    }
  }

  /** Mails a file from a unit's outbox to all its registered addresses. */
  void deliver(Unit unit, Path file) {
    String name = file.getFileName().toString();
    for (String to : unit.emails()) {
      send(to, "【联席】" + name, unit.name() + "：\n\n附件《" + name + "》请查收。\n", file);
    }
  }

  /** A new message with our own headers only: nothing inbound steers it. */
  void send(String to, String subject, String text, Path attachment) {
    Exchange result =
        producer.send(
            outbound.resolve(camel),
            exchange -> {
              AttachmentMessage message = exchange.getIn(AttachmentMessage.class);
              message.setHeader("To", to);
              message.setHeader("From", mail.from());
              message.setHeader("Subject", subject);
              message.setHeader("Content-Type", "text/plain; charset=UTF-8");
              message.setBody(text);
              if (attachment != null) {
                message.addAttachment(
                    attachment.getFileName().toString(),
                    new DataHandler(new FileDataSource(attachment.toFile())));
              }
            });
    if (result.getException() != null) {
      throw new IllegalStateException(
          "cannot send mail to " + to + ": " + result.getException().getMessage(),
          result.getException());
    }
  }

  private void quarantine(Message message, String reason) throws IOException, MessagingException {
    Path folder =
        Files.createDirectories(
            data.resolve("quarantine")
                .resolve(
                    STAMP.format(LocalDateTime.now(clock)) // the time a release loads it as
                        + "-"
                        + UUID.randomUUID().toString().substring(0, 8)));
    if (message.getSize() > MAX_MESSAGE) {
      StringBuilder headers = new StringBuilder();
      for (Enumeration<jakarta.mail.Header> e = message.getAllHeaders(); e.hasMoreElements(); ) {
        jakarta.mail.Header header = e.nextElement();
        headers.append(header.getName()).append(": ").append(header.getValue()).append('\n');
      }
      Files.writeString(folder.resolve("headers.txt"), headers, StandardCharsets.UTF_8);
    } else {
      try (OutputStream out = Files.newOutputStream(folder.resolve("message.eml"))) {
        message.writeTo(out);
      }
    }
    Files.writeString(
        folder.resolve("reason.txt"), "隔离原因：" + reason + "\n", StandardCharsets.UTF_8);
    log.warn("Quarantined a mail in {}: {}", folder, reason);
    for (String office : mail.office()) {
      try {
        send(office, "【联席】邮件已隔离", "一封邮件未予导入，已隔离在 " + folder + "\n隔离原因：" + reason + "\n", null);
      } catch (RuntimeException e) {
        log.warn("Could not tell the office {}: {}", office, e.getMessage());
      }
    }
  }

  /** An attachment, a zip or a message over the limits. */
  static final class TooLargeException extends Exception {
    private static final long serialVersionUID = 1L;

    TooLargeException(String reason) {
      super(reason);
    }
  }
}
