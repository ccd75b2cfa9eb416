package org.lianxi.routes;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.lianxi.ledger.files.QuarantinedMails;

/**
 * The routes' reading of the mails the {@link Mailbox} quarantined: their headers and attachments
 * for the console to show, and their usable files unpacked by the mailbox's own {@link
 * Mailbox.Unpacked}, within its limits, when the office releases one to a unit.
 */
final class QuarantineReader implements QuarantinedMails {

  /** A session for parsing only: it never connects anywhere. */
  private static final Session PARSING = Session.getInstance(new Properties());

  @Override
  public Mail read(Path message) throws IOException {
    try (InputStream in = Files.newInputStream(message)) {
      MimeMessage mail = new MimeMessage(PARSING, in);
      List<Attached> attachments = new ArrayList<>();
      try {
        attached(mail, attachments);
      } catch (MessagingException | IOException | RuntimeException e) {
        // the structure that could not be read is often why it is here: the headers still show
      }
      return new Mail(
          new Headers(from(mail), text(mail.getHeader("Subject", null)), date(mail)), attachments);
    } catch (MessagingException e) {
      throw new IOException("cannot parse " + message, e);
    }
  }

  @Override
  public Headers headers(Path headers) throws IOException {
    Optional<String> from = Optional.empty();
    Optional<String> subject = Optional.empty();
    Optional<String> date = Optional.empty();
    for (String line : Files.readAllLines(headers, StandardCharsets.UTF_8)) {
      int colon = line.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      String name = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1);
      switch (name) {
        case "from" -> from = from.or(() -> text(value));
        case "subject" -> subject = subject.or(() -> text(value));
        case "date" -> date = date.or(() -> text(value));
        default -> {}
      }
    }
    return new Headers(from, subject, date);
  }

  @Override
  public List<Saved> unpack(Path message, Path folder) throws IOException, Unusable {
    Mailbox.Unpacked unpacked = new Mailbox.Unpacked(Files.createDirectories(folder));
    try (InputStream in = Files.newInputStream(message)) {
      unpacked.collect(new MimeMessage(PARSING, in));
    } catch (Mailbox.TooLargeException e) {
      unpacked.delete();
      throw new Unusable(e.getMessage());
    } catch (MessagingException | IOException | RuntimeException e) {
      unpacked.delete();
      throw new Unusable("邮件结构无法解析（" + e.getClass().getSimpleName() + "）");
    }
    if (unpacked.files.isEmpty()) {
      unpacked.delete();
      throw new Unusable("邮件中没有可用的附件（应为 .xlsx、.xls、.csv 文件或装有它们的 .zip 压缩包）");
    }
    return unpacked.files.stream().map(a -> new Saved(a.name(), a.file())).toList();
  }

  /** Every part with a file name, as the mail carries it (a zip as one attachment). */
  private static void attached(Part part, List<Attached> attachments)
      throws MessagingException, IOException {
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        attached(multipart.getBodyPart(i), attachments);
      }
      return;
    }
    if (part.getFileName() == null) {
      return;
    }
    String shown = Mailbox.shownName(MimeUtility.decodeText(part.getFileName()));
    String lower = shown.toLowerCase(Locale.ROOT);
    long size;
    try (InputStream in = part.getInputStream()) {
      size = in.transferTo(OutputStream.nullOutputStream());
    }
    attachments.add(
        new Attached(shown, size, lower.endsWith(".zip") || Mailbox.isSubmission(lower)));
  }

  private static Optional<String> from(MimeMessage mail) throws MessagingException {
    try {
      Address[] from = mail.getFrom();
      if (from != null && from.length > 0) {
        List<String> shown = new ArrayList<>();
        for (Address address : from) {
          shown.add(
              address instanceof InternetAddress a ? a.toUnicodeString() : address.toString());
        }
        return text(String.join(", ", shown));
      }
    } catch (MessagingException e) {
      // an unparsable From is shown raw below
    }
    return text(mail.getHeader("From", ", "));
  }

  private static Optional<String> date(MimeMessage mail) throws MessagingException {
    return text(mail.getHeader("Date", null));
  }

  /** A header's value decoded for showing, bounded, without control characters. */
  private static Optional<String> text(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String decoded;
    try {
      decoded = MimeUtility.decodeText(MimeUtility.unfold(raw));
    } catch (UnsupportedEncodingException e) {
      decoded = raw;
    }
    decoded = decoded.replaceAll("\\p{Cntrl}", " ").strip();
    if (decoded.length() > 200) {
      decoded = decoded.substring(0, 200) + "…";
    }
    return decoded.isEmpty() ? Optional.empty() : Optional.of(decoded);
  }
}
