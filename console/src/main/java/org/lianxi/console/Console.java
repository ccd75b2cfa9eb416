package org.lianxi.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.lianxi.ledger.county.CountyConfig;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The console (联席工作台) running: a web application context on its embedded server, a child of the
 * context {@code serve} runs in, so that it shares its data source, county configuration and beans.
 * Only {@code serve} starts it; other commands never open a web server.
 */
public final class Console implements AutoCloseable {

  /**
   * A session ends after this long without a request unless {@code server.servlet.session.timeout}
   * says otherwise.
   */
  public static final String SESSION_TIMEOUT = "30m";

  /**
   * The largest file a unit may upload on 报送 unless {@code spring.servlet.multipart.max-file-size}
   * says otherwise.
   */
  public static final String UPLOAD_LIMIT = "20MB";

  private final ConfigurableApplicationContext context;

  private Console(ConfigurableApplicationContext context) {
    this.context = context;
  }

  /**
   * Starts the console on the address of {@code county.yaml}'s {@code console:} (port 0: a free
   * one, for tests). Spring Boot's {@code server.*} properties (TLS, session timeout) may be given
   * as system properties or environment variables; the address is always the county's.
   */
  public static Console start(ConfigurableApplicationContext parent, CountyConfig.Console at) {
    String data = parent.getEnvironment().getProperty("lianxi.data", "data");
    // an upload larger than the threshold is buffered by Tomcat here, in the data folder's work
    // area, never in the system's temporary folder
    Path parts = Path.of(data, "work", "console", "parts").toAbsolutePath();
    try {
      Files.createDirectories(parts);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make the uploads' folder " + parts, e);
    }
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(ConsoleApplication.class)
            .parent(parent)
            .web(WebApplicationType.SERVLET)
            .logStartupInfo(false)
            .registerShutdownHook(false) // closed with serve
            .properties(
                Map.ofEntries(
                    Map.entry("server.servlet.session.timeout", SESSION_TIMEOUT),
                    Map.entry("server.servlet.session.cookie.same-site", "strict"),
                    Map.entry("server.servlet.session.cookie.name", "LIANXI_SESSION"),
                    Map.entry("server.servlet.session.tracking-modes", "cookie"),
                    Map.entry("server.error.whitelabel.enabled", "false"),
                    Map.entry("server.error.include-stacktrace", "never"),
                    Map.entry("spring.thymeleaf.cache", "true"),
                    // every page is Chinese, whatever the browser asks for: Content-Language zh-CN
                    Map.entry("spring.web.locale", "zh_CN"),
                    Map.entry("spring.web.locale-resolver", "fixed"),
                    Map.entry("spring.servlet.multipart.max-file-size", UPLOAD_LIMIT),
                    // the file's limit is the one that counts (UploadLimit refuses a larger body)
                    Map.entry("spring.servlet.multipart.max-request-size", "-1"),
                    Map.entry("spring.servlet.multipart.file-size-threshold", "1MB")))
            // the county's address wins over any property of the same name
            .run(
                "--spring.main.web-application-type=servlet",
                "--server.address=" + at.host(),
                "--server.port=" + at.port(),
                // the parent's default properties are shadowed by the child's own: say it again
                "--lianxi.data=" + data,
                "--spring.servlet.multipart.location=" + parts);
    return new Console(context);
  }

  /** The port it listens on (the one chosen when asked for port 0). */
  public int port() {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  @Override
  public void close() {
    context.close();
  }
}
