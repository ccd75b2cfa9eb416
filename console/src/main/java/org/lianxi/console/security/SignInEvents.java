package org.lianxi.console.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDateTime;
import org.lianxi.ledger.accounts.Account;
import org.lianxi.ledger.accounts.Accounts;
import org.lianxi.ledger.accounts.AuditLog;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * What a sign-in leaves behind: a success clears the failures in a row and goes to the password
 * page when the password is a one-time one; a failure counts, and the {@value #FAILURES}th in a row
 * locks the account for {@link #LOCKED_FOR}. Each is in the audit log under the name typed. Every
 * failure shows the same page, whether the name exists, the password was wrong or the account is
 * locked.
 */
@Component
class SignInEvents implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

  static final int FAILURES = 5;
  static final Duration LOCKED_FOR = Duration.ofMinutes(10);
  static final String USERNAME = "username";

  private final Accounts accounts;
  private final AuditLog audit;

  SignInEvents(Accounts accounts, AuditLog audit) {
    this.accounts = accounts;
    this.audit = audit;
  }

  @Override
  public void onAuthenticationSuccess(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication)
      throws IOException {
    String name = authentication.getName();
    accounts.signedIn(name);
    audit.record(name, request.getRemoteAddr(), AuditLog.Action.SIGN_IN, null);
    boolean mustChange = accounts.find(name).map(Account::mustChange).orElse(true);
    response.sendRedirect(request.getContextPath() + (mustChange ? "/password" : "/"));
  }

  @Override
  public void onAuthenticationFailure(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
      throws IOException {
    String typed = request.getParameter(USERNAME);
    String name = typed == null ? "" : typed.strip();
    String remote = request.getRemoteAddr();
    if (failure instanceof LockedException) {
      audit.record(name, remote, AuditLog.Action.SIGN_IN_FAILED, "账户已锁定");
    } else {
      audit.record(name, remote, AuditLog.Action.SIGN_IN_FAILED, null);
      LocalDateTime now = LocalDateTime.now();
      accounts
          .failed(name, FAILURES, now.plus(LOCKED_FOR))
          .filter(a -> a.failedCount() == 0 && a.lockedAt(now))
          .ifPresent(
              a ->
                  audit.record(
                      name,
                      remote,
                      AuditLog.Action.LOCKED,
                      "连续" + FAILURES + "次登录失败，锁定至" + a.lockedUntil().withNano(0)));
    }
    response.sendRedirect(request.getContextPath() + "/signin?error");
  }
}
