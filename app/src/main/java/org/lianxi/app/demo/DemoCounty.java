package org.lianxi.app.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lianxi.testkit.servers.LocalMailServer;
import org.lianxi.testkit.servers.LocalSftpServer;

/**
 * The demo's county.yaml: the bundled example county (古县), cut to the asked number of submitting
 * units, with the asked profile and its channels pointing at the demo's local servers.
 */
final class DemoCounty {

  static final String MAILBOX = "lianxi@gx.example";
  static final String PASSWORD_ENV = "LIANXI_DEMO_MAIL_PASSWORD";

  private static final Pattern UNIT = Pattern.compile("^  - \\{code: ([A-Z]\\d+), .*type: (\\w+)");

  private DemoCounty() {}

  static String yaml(String profile, int units, LocalSftpServer sftp, LocalMailServer mail) {
    return units(profile, units)
        + """
        channels:
          sftp:
            host: 127.0.0.1
            port: %d
            user: lianxi
            private-key: %s
            known-hosts: %s
          mail:
            imap: imap://127.0.0.1:%d
            smtp: smtp://127.0.0.1:%d
            user: %s
            password-env: %s
            from: %s
            office: [sfj@gx.example]
        """
            .formatted(
                sftp.port(),
                sftp.clientKey,
                sftp.knownHosts,
                mail.imapPort(),
                mail.smtpPort(),
                MAILBOX,
                PASSWORD_ENV,
                MAILBOX);
  }

  /**
   * The same county without channels: for {@code serve} on the demo's data once its servers are
   * gone (the console, the schedules), nothing polled.
   */
  static String withoutChannels(String profile, int units) {
    return units(profile, units);
  }

  private static String units(String profile, int units) {
    String example;
    try (InputStream in = DemoCounty.class.getResourceAsStream("/lianxi/example-county.yaml")) {
      example = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> townships = new ArrayList<>();
    List<String> departments = new ArrayList<>();
    for (String line : example.split("\n")) {
      Matcher m = UNIT.matcher(line);
      if (m.find()) {
        (m.group(2).equals("TOWNSHIP") ? townships : departments).add(line);
      }
    }
    int keepDepartments =
        units <= 0 ? Integer.MAX_VALUE : Math.max(3, units - Math.max(1, units / 2));
    int keepTownships = units <= 0 ? Integer.MAX_VALUE : Math.max(1, units - keepDepartments);
    StringBuilder yaml =
        new StringBuilder("# Written by `lianxi demo`: the example county on local servers.\n");
    int kept = 0;
    int keptDepartments = 0;
    for (String line : example.split("\n")) {
      Matcher m = UNIT.matcher(line);
      if (line.startsWith("#")) {
        continue;
      }
      if (m.find()) {
        String type = m.group(2);
        if (type.equals("TOWNSHIP") && kept >= keepTownships) {
          continue;
        }
        if (type.equals("DEPARTMENT") && keptDepartments >= keepDepartments) {
          continue;
        }
        kept += type.equals("TOWNSHIP") ? 1 : 0;
        keptDepartments += type.equals("DEPARTMENT") ? 1 : 0;
      }
      if (line.strip().startsWith("profile:")) {
        line = "  profile: " + profile;
      }
      yaml.append(line).append('\n');
    }
    return yaml.toString();
  }
}
