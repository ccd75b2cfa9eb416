package org.lianxi.console.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDateTime;
import org.lianxi.console.security.ConsoleUser;
import org.lianxi.console.security.Passwords;
import org.lianxi.ledger.accounts.Account;
import org.lianxi.ledger.accounts.Accounts;
import org.lianxi.ledger.accounts.AuditLog;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Changing one's password: required after a first sign-in or a reset, before anything else. The new
 * one is at least {@value Passwords#MINIMUM} characters and not the old one.
 */
@Controller
class PasswordController {

  private final Accounts accounts;
  private final AuditLog audit;

  PasswordController(Accounts accounts, AuditLog audit) {
    this.accounts = accounts;
    this.audit = audit;
  }

  @GetMapping("/password")
  String form(@AuthenticationPrincipal ConsoleUser me, Model model) {
    model.addAttribute(
        "forced", accounts.find(me.getUsername()).map(Account::mustChange).orElse(true));
    return "password";
  }

  @PostMapping("/password")
  String change(
      @AuthenticationPrincipal ConsoleUser me,
      @RequestParam(defaultValue = "") String current,
      @RequestParam(defaultValue = "") String chosen,
      @RequestParam(defaultValue = "") String repeated,
      HttpServletRequest request,
      Model model) {
    Account account = accounts.find(me.getUsername()).orElseThrow();
    String refusal =
        Passwords.encoder().matches(current, account.passwordHash())
            ? Passwords.refusal(chosen, repeated, account.passwordHash())
            : "原密码不正确。";
    if (refusal != null) {
      model.addAttribute("forced", account.mustChange());
      model.addAttribute("refusal", refusal);
      return "password";
    }
    accounts.changePassword(
        account.name(), Passwords.encoder().encode(chosen), LocalDateTime.now());
    audit.record(account.name(), request.getRemoteAddr(), AuditLog.Action.PASSWORD_CHANGED, null);
    return "redirect:/?changed";
  }
}
