package org.lianxi.console.security;

import jakarta.servlet.DispatcherType;
import org.lianxi.ledger.accounts.Accounts;
import org.lianxi.ledger.accounts.AuditLog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who reaches what (console.md): the sign-in page and the style sheet anyone; the audit log the
 * auditor and the office; reports and runs the office; the dashboard, receipts, chase lists and the
 * ledger the office and the liaisons (each liaison only its own unit's, checked by the
 * controllers); anything else only signed in. CSRF on every form, sessions by cookie only, strict
 * security headers.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

  @Bean
  PasswordEncoder passwordEncoder() {
    return Passwords.encoder();
  }

  @Bean
  SecurityFilterChain console(
      HttpSecurity http, SignInEvents events, Accounts accounts, AuditLog audit) throws Exception {
    http.authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers("/signin", "/css/**", "/fonts/**")
                    .permitAll()
                    // An error page is rendered for the request that failed, never asked for.
                    .dispatcherTypeMatchers(DispatcherType.ERROR)
                    .permitAll()
                    .requestMatchers("/audit", "/audit/**")
                    .hasAnyRole("AUDITOR", "OFFICE")
                    .requestMatchers("/meetings/*/decisions", "/meetings/*/minutes/*")
                    .hasRole("OFFICE")
                    .requestMatchers(HttpMethod.POST, "/meetings")
                    .hasRole("OFFICE")
                    .requestMatchers("/meetings/*/topics")
                    .hasRole("UNIT")
                    .requestMatchers(
                        "/reports",
                        "/reports/**",
                        "/runs",
                        "/runs/**",
                        "/quarantine",
                        "/quarantine/**")
                    .hasRole("OFFICE")
                    .requestMatchers("/chase", "/chase/**")
                    .hasAnyRole("OFFICE", "UNIT")
                    .requestMatchers(
                        "/receipts",
                        "/receipts/**",
                        "/upload",
                        "/upload/**",
                        "/meetings",
                        "/meetings/**",
                        "/ledger",
                        "/ledger/**")
                    .hasAnyRole("OFFICE", "UNIT")
                    .anyRequest()
                    .authenticated())
        .formLogin(
            form ->
                form.loginPage("/signin")
                    .loginProcessingUrl("/signin")
                    .usernameParameter(SignInEvents.USERNAME)
                    .passwordParameter("password")
                    .successHandler(events)
                    .failureHandler(events)
                    .permitAll())
        .logout(
            logout ->
                logout
                    .logoutUrl("/signout")
                    .logoutSuccessUrl("/signin?out")
                    .addLogoutHandler(
                        (request, response, auth) -> {
                          if (auth != null) {
                            audit.record(
                                auth.getName(),
                                request.getRemoteAddr(),
                                AuditLog.Action.SIGN_OUT,
                                null);
                          }
                        })
                    .deleteCookies("LIANXI_SESSION"))
        .sessionManagement(session -> session.sessionFixation(fixation -> fixation.newSession()))
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(
                        csp ->
                            csp.policyDirectives(
                                "default-src 'self'; frame-ancestors 'none'; form-action 'self';"
                                    + " base-uri 'none'; object-src 'none'"))
                    .frameOptions(frame -> frame.deny())
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
        .addFilterAfter(new PasswordGate(accounts), AuthorizationFilter.class);
    return http.build();
  }
}
