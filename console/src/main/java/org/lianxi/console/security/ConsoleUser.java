package org.lianxi.console.security;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.lianxi.ledger.accounts.Account;
import org.lianxi.ledger.accounts.Role;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in account: its name, unit and role (authority {@code ROLE_UNIT}, {@code ROLE_OFFICE} or
 * {@code ROLE_AUDITOR}). The hash is held only while signing in and erased after.
 */
public final class ConsoleUser implements UserDetails, CredentialsContainer {

  private static final long serialVersionUID = 1L;

  private final String name;
  private final String unit;
  private final Role role;
  private final boolean nonLocked;
  private String passwordHash;

  ConsoleUser(Account account, LocalDateTime now) {
    this.name = account.name();
    this.unit = account.unit();
    this.role = account.role();
    this.nonLocked = !account.lockedAt(now);
    this.passwordHash = account.passwordHash();
  }

  public String unit() {
    return unit;
  }

  public Role role() {
    return role;
  }

  /** Whether it sees only its own unit's data. */
  public boolean liaison() {
    return role == Role.UNIT;
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return name;
  }

  @Override
  public boolean isAccountNonLocked() {
    return nonLocked;
  }

  @Override
  public void eraseCredentials() {
    passwordHash = null;
  }

  @Override
  public String toString() {
    return "ConsoleUser[" + name + ", " + unit + ", " + role + "]";
  }
}
