package org.lianxi.console.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The largest file a unit may upload: Spring's {@code spring.servlet.multipart.max-file-size}
 * ({@link org.lianxi.console.Console#UPLOAD_LIMIT} unless set). A larger upload is answered with
 * 413 and the error page that says why before anything reads its body (so before the CSRF check,
 * which would otherwise fail on a body it cannot read). Pages show the limit as {@code
 * ${@uploadLimit.text()}}.
 */
@Component("uploadLimit")
public class UploadLimit extends OncePerRequestFilter implements Ordered {

  /** Before Spring Security's filters (-100), which read the body for the CSRF token. */
  static final int ORDER = -200;

  private final DataSize limit;

  UploadLimit(@Value("${spring.servlet.multipart.max-file-size}") DataSize limit) {
    this.limit = limit;
  }

  /** The limit as people write it: 20MB, 512KB. */
  public String text() {
    long bytes = limit.toBytes();
    if (bytes >= DataSize.ofMegabytes(1).toBytes()
        && bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
      return limit.toMegabytes() + "MB";
    }
    if (bytes >= 1024 && bytes % 1024 == 0) {
      return limit.toKilobytes() + "KB";
    }
    return bytes + "字节";
  }

  @Override
  public int getOrder() {
    return ORDER;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String type = request.getContentType();
    if ("POST".equals(request.getMethod())
        && type != null
        && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")
        && request.getContentLengthLong() > limit.toBytes()) {
      response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
      return;
    }
    chain.doFilter(request, response);
  }
}
