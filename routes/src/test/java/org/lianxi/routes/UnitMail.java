package org.lianxi.routes;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;

/** A unit's mail to the county's mailbox, sent to the test's GreenMail server. */
final class UnitMail {

  private UnitMail() {}

  /**
   * @param replyTo a Reply-To header, or null
   * @param namesAndContents each attachment's name, then its content (text or bytes)
   */
  static void send(String from, String replyTo, Object... namesAndContents) throws Exception {
    Session session = GreenMailUtil.getSession(ServerSetupTest.SMTP);
    MimeMessage message = new MimeMessage(session);
    message.setFrom(new InternetAddress(from));
    if (replyTo != null) {
      message.setReplyTo(new InternetAddress[] {new InternetAddress(replyTo)});
    }
    message.setRecipients(Message.RecipientType.TO, "lianxi@gx.example");
    message.setSubject("信息共享报送", "UTF-8");
    MimeMultipart multipart = new MimeMultipart();
    MimeBodyPart text = new MimeBodyPart();
    text.setText("请查收", "UTF-8");
    multipart.addBodyPart(text);
    for (int i = 0; i < namesAndContents.length; i += 2) {
      MimeBodyPart attachment = new MimeBodyPart();
      byte[] bytes =
          namesAndContents[i + 1] instanceof byte[] b
              ? b
              : namesAndContents[i + 1].toString().getBytes(StandardCharsets.UTF_8);
      attachment.setDataHandler(
          new DataHandler(new ByteArrayDataSource(bytes, "application/octet-stream")));
      attachment.setFileName(
          jakarta.mail.internet.MimeUtility.encodeText((String) namesAndContents[i], "UTF-8", "B"));
      multipart.addBodyPart(attachment);
    }
    message.setContent(multipart);
    Transport.send(message);
  }
}
