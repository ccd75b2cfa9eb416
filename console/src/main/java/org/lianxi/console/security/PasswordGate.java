package org.lianxi.console.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.lianxi.ledger.accounts.Account;
import org.lianxi.ledger.accounts.Accounts;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checked on every signed-in request against the account as it is now: an account the office locked
 * (or that is gone) is signed out at once; one with a one-time password reaches nothing but the
 * password page and sign-out until it has chosen its own.
 */
final class PasswordGate extends OncePerRequestFilter {

  private final Accounts accounts;

  PasswordGate(Accounts accounts) {
    this.accounts = accounts;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !(auth.getPrincipal() instanceof ConsoleUser user)) {
      chain.doFilter(request, response);
      return;
    }
    Optional<Account> account = accounts.find(user.getUsername());
    if (account.isEmpty() || account.get().locked()) {
      SecurityContextHolder.clearContext();
      var session = request.getSession(false);
      if (session != null) {
        session.invalidate();
      }
      response.sendRedirect(request.getContextPath() + "/signin");
      return;
    }
    String path = request.getServletPath();
    boolean free =
        path.equals("/password")
            || path.equals("/signout")
            || path.startsWith("/css/")
            || path.equals("/error");
    if (account.get().mustChange() && !free) {
      response.sendRedirect(request.getContextPath() + "/password");
      return;
    }
    chain.doFilter(request, response);
  }
}
