package org.lianxi.testkit.servers;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

/**
 * A real mail server on loopback ports (GreenMail: SMTP and IMAP), for the demo: the county's
 * mailbox and every unit's, so units can mail their files in and find receipts and chase lists.
 */
public final class LocalMailServer implements AutoCloseable {

  private final GreenMail mail;
  private final ServerSetup smtp;
  private final ServerSetup imap;

  public LocalMailServer() throws Exception {
    this.smtp = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    this.imap = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP);
    this.mail = new GreenMail(new ServerSetup[] {smtp, imap});
    mail.start();
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  public int smtpPort() {
    return smtp.getPort();
  }

  public int imapPort() {
    return imap.getPort();
  }

  /** A mailbox (login: its address) that can receive and be read over IMAP. */
  public void addMailbox(String address, String password) {
    mail.setUser(address, address, password);
  }

  /** Sends a prepared message through this server's SMTP port. */
  public void send(MimeMessage message) throws Exception {
    Transport.send(message);
  }

  /** A mail session bound to this server's SMTP port, for building messages to send. */
  public Session session() {
    return mail.getSmtp().createSession();
  }

  /** Everything delivered so far, to any mailbox. */
  public List<MimeMessage> delivered() {
    return Arrays.asList(mail.getReceivedMessages());
  }

  @Override
  public void close() {
    mail.stop();
  }
}
