package org.lianxi.app.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.lianxi.app.LianxiRuntime;
import org.lianxi.console.Console;
import org.lianxi.console.accounts.AccountAdmin;
import org.lianxi.ledger.accounts.Role;
import org.lianxi.ledger.county.CountyConfig;

/**
 * The console's pages timed as a browser asks for them: the console started as {@code serve} starts
 * it, on a free local port, an office account signed in (its one-time password changed, as the
 * console demands), then each page asked for over HTTP and the time to its last byte kept.
 */
final class ConsoleProbe implements AutoCloseable {

  /** Each page is asked for this many times after one warm-up; the median is its figure. */
  static final int TIMES = 5;

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final Console console;
  private final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private ConsoleProbe(Console console) {
    this.console = console;
  }

  /** The console on the runtime's ledger, signed in as a new office account of {@code office}. */
  static ConsoleProbe signedIn(LianxiRuntime runtime, String office) throws Exception {
    ConsoleProbe probe =
        new ConsoleProbe(
            Console.start(runtime.context(), new CountyConfig.Console("127.0.0.1", 0)));
    String oneTime =
        new AccountAdmin(runtime.database().dataSource(), "bench")
            .add("bench-office", office, Role.OFFICE)
            .oneTimePassword();
    probe.post("/signin", Map.of("username", "bench-office", "password", oneTime));
    String chosen = "bench-" + System.nanoTime();
    probe.post("/password", Map.of("current", oneTime, "chosen", chosen, "repeated", chosen));
    return probe;
  }

  /**
   * Milliseconds to the last byte of a page: the first ask (templates compiled, statements
   * prepared, what the page keeps until the next reconcile counted), and the median of {@value
   * #TIMES} asks after it.
   */
  record Timing(double first, double median) {}

  Timing millis(String path) throws Exception {
    long cold = System.nanoTime();
    get(path);
    double first = (System.nanoTime() - cold) / 1e6;
    double[] times = new double[TIMES];
    for (int i = 0; i < TIMES; i++) {
      long started = System.nanoTime();
      get(path);
      times[i] = (System.nanoTime() - started) / 1e6;
    }
    Arrays.sort(times);
    return new Timing(first, times[TIMES / 2]);
  }

  private String get(String path) throws IOException, InterruptedException {
    HttpResponse<String> page =
        http.send(
            HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    if (page.statusCode() != 200) {
      throw new IllegalStateException(path + " answered " + page.statusCode());
    }
    return page.body();
  }

  /** A form of the page of the same address posted with its CSRF token; a redirect expected. */
  private void post(String path, Map<String, String> form)
      throws IOException, InterruptedException {
    Matcher token = CSRF.matcher(get(path));
    if (!token.find()) {
      throw new IllegalStateException(path + " has no form token");
    }
    Map<String, String> fields = new LinkedHashMap<>(form);
    fields.put("_csrf", token.group(1));
    String body =
        fields.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpResponse<String> done =
        http.send(
            HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    String to = done.headers().firstValue("Location").orElse("");
    if (done.statusCode() != 302 || to.contains("error")) {
      throw new IllegalStateException(path + " refused the form: " + done.statusCode() + " " + to);
    }
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + console.port() + path);
  }

  @Override
  public void close() {
    console.close();
  }
}
