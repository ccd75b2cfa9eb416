package org.lianxi.routes;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.StringReader;
import org.lianxi.ledger.county.CountyConfig;
import org.lianxi.ledger.county.CountyConfigLoader;
import org.lianxi.testkit.servers.LocalSftpServer;

/** The channels of the tests' county, written as a county.yaml would write them. */
final class TestCounty {

  static final String MAILBOX = "lianxi@gx.example";
  static final String MAIL_PASSWORD_ENV = "LIANXI_MAIL_PASSWORD";
  static final String MAIL_PASSWORD = "secret";

  private TestCounty() {}

  /** A mail server with the county's mailbox (GreenMail: SMTP and IMAP on loopback). */
  static GreenMailExtension mailServer() {
    return new GreenMailExtension(ServerSetupTest.SMTP_IMAP)
        .withConfiguration(
            GreenMailConfiguration.aConfig().withUser(MAILBOX, MAILBOX, MAIL_PASSWORD));
  }

  /** The {@code sftp:} channel block for a local server. */
  static String sftp(LocalSftpServer server) {
    return """
          sftp:
            host: 127.0.0.1
            port: %d
            user: lianxi
            private-key: %s
            known-hosts: %s
        """
        .formatted(server.port(), server.clientKey, server.knownHosts);
  }

  /** The {@code mail:} channel block, the office being 司法局's address. */
  static String mail(int imapPort, int smtpPort) {
    return """
          mail:
            imap: imap://127.0.0.1:%d
            smtp: smtp://127.0.0.1:%d
            user: %s
            password-env: %s
            from: %s
            office: [sfj@gx.example]
        """
        .formatted(imapPort, smtpPort, MAILBOX, MAIL_PASSWORD_ENV, MAILBOX);
  }

  static String mail() {
    return mail(ServerSetupTest.IMAP.getPort(), ServerSetupTest.SMTP.getPort());
  }

  /** 古县 with these units and channels. */
  static CountyConfig of(String units, String... channels) {
    String yaml =
        "county: {name: 古县, profile: guxian}\nunits:\n"
            + units.stripIndent()
            + "channels:\n"
            + String.join("", channels);
    return CountyConfigLoader.read(new StringReader(yaml), "county.yaml");
  }

  /** The mailbox password, and no other secret. */
  static String secret(String name) {
    return name.equals(MAIL_PASSWORD_ENV) ? MAIL_PASSWORD : null;
  }
}
