package org.lianxi.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser at the HTTP level: its own cookies, no redirects followed, the CSRF token of the last
 * page read.
 */
final class ConsoleBrowser {

  static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final ConsoleCounty county;
  private final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private String csrf = "";

  ConsoleBrowser(ConsoleCounty county) {
    this.county = county;
  }

  HttpResponse<String> get(String path) throws Exception {
    HttpResponse<String> page =
        http.send(
            HttpRequest.newBuilder(county.uri(path)).header("Accept", "text/html").GET().build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher m = CSRF.matcher(page.body());
    if (m.find()) {
      csrf = m.group(1);
    }
    return page;
  }

  HttpResponse<byte[]> bytes(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(county.uri(path)).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  HttpResponse<String> post(String path, Map<String, String> form, boolean withToken)
      throws Exception {
    Map<String, String> fields = new LinkedHashMap<>(form);
    if (withToken) {
      fields.put("_csrf", csrf);
    }
    String body =
        fields.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return http.send(
        HttpRequest.newBuilder(county.uri(path))
            .header("Accept", "text/html")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A multipart form: its fields, then one file; the token first, as a browser's form puts it. */
  HttpResponse<String> upload(
      String path, Map<String, String> form, String fileName, byte[] file, boolean withToken)
      throws Exception {
    String boundary = "----lianxi" + System.nanoTime();
    var body = new java.io.ByteArrayOutputStream();
    Map<String, String> fields = new LinkedHashMap<>();
    if (withToken) {
      fields.put("_csrf", csrf);
    }
    fields.putAll(form);
    for (Map.Entry<String, String> e : fields.entrySet()) {
      body.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + e.getKey()
                  + "\"\r\n\r\n"
                  + e.getValue()
                  + "\r\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(file);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return http.send(
        HttpRequest.newBuilder(county.uri(path))
            .header("Accept", "text/html")
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Signs in from the sign-in page; returns where it was sent. */
  String signIn(String name, String password) throws Exception {
    get("/signin");
    HttpResponse<String> done =
        post("/signin", Map.of("username", name, "password", password), true);
    assertThat(done.statusCode()).isEqualTo(302);
    return done.headers().firstValue("Location").orElseThrow();
  }

  /** Signs in with the one-time password and chooses a password of its own. */
  void signInAndChoose(String name) throws Exception {
    assertThat(signIn(name, county.password(name))).endsWith("/password");
    get("/password");
    String chosen = "自己的新密码-" + name;
    HttpResponse<String> changed =
        post(
            "/password",
            Map.of("current", county.password(name), "chosen", chosen, "repeated", chosen),
            true);
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(302);
    county.password(name, chosen);
  }
}
