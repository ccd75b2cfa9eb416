package org.lianxi.console.security;

import java.time.LocalDateTime;
import org.lianxi.ledger.accounts.Accounts;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Accounts for signing in come from the ledger's {@code console_account}, nowhere else. */
@Component
class AccountDetails implements UserDetailsService {

  private final Accounts accounts;

  AccountDetails(Accounts accounts) {
    this.accounts = accounts;
  }

  @Override
  public UserDetails loadUserByUsername(String name) {
    return accounts
        .find(name == null ? "" : name.strip())
        .map(a -> new ConsoleUser(a, LocalDateTime.now()))
        .orElseThrow(() -> new UsernameNotFoundException("no such account"));
  }
}
