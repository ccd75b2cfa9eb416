package org.lianxi.console.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.lianxi.console.security.ConsoleUser;
import org.lianxi.ledger.Masking;
import org.lianxi.ledger.accounts.AuditLog;
import org.lianxi.ledger.browse.LedgerBrowser;
import org.lianxi.ledger.browse.LedgerFilter;
import org.lianxi.ledger.browse.LedgerPage;
import org.lianxi.ledger.browse.RuleState;
import org.lianxi.ledger.browse.Scope;
import org.lianxi.ledger.county.CountyConfig;
import org.lianxi.ledger.exchange.LedgerExport;
import org.lianxi.ledger.exchange.Table;
import org.lianxi.ledger.standard.RecordType;
import org.lianxi.reports.workbook.TableWorkbook;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * 台账: a type's records by unit, rule state, period and text, a page at a time; a record with every
 * version of each side, its discrepancies and judgements; what is filtered as XLSX. A liaison reads
 * only the records its unit is a side of, decided in the ledger's query (its unit filter is
 * ignored); another unit's record is "not found" (404), exactly as one that does not exist.
 */
@Controller
class LedgerController {

  private final LedgerBrowser browser;
  private final LedgerExport export;
  private final AuditLog audit;
  private final ConsoleDesk intake;
  private final CountyConfig county;

  LedgerController(
      LedgerBrowser browser,
      LedgerExport export,
      AuditLog audit,
      ConsoleDesk intake,
      CountyConfig county) {
    this.browser = browser;
    this.export = export;
    this.audit = audit;
    this.intake = intake;
    this.county = county;
  }

  /** The filter as the list's form sends it; every part optional. */
  record Asked(
      String type, String unit, String state, String from, String to, String q, Integer page) {}

  @GetMapping("/ledger")
  String list(@AuthenticationPrincipal ConsoleUser me, Asked asked, Model model) {
    LedgerFilter filter = filter(me, asked);
    LedgerPage page = browser.page(filter, scope(me));
    model.addAttribute("page", page);
    model.addAttribute("types", RecordType.values());
    model.addAttribute("states", RuleState.values());
    model.addAttribute("units", county.units());
    model.addAttribute("asked", asked);
    model.addAttribute("query", query(filter));
    return "ledger";
  }

  @GetMapping("/ledger/{type}/record")
  String record(
      @AuthenticationPrincipal ConsoleUser me,
      @PathVariable String type,
      @RequestParam String key,
      Model model) {
    model.addAttribute(
        "record",
        browser
            .record(type(type), key, scope(me))
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
    return "ledger-record";
  }

  @GetMapping("/ledger/xlsx")
  ResponseEntity<byte[]> workbook(
      @AuthenticationPrincipal ConsoleUser me, Asked asked, HttpServletRequest request)
      throws IOException {
    LedgerFilter filter = filter(me, asked);
    Table table = export.table(filter.type(), browser.selection(filter, scope(me)));
    byte[] bytes =
        intake.written("ledger-", ".xlsx", file -> TableWorkbook.write(List.of(table), file));
    audit.record(
        me.getUsername(),
        request.getRemoteAddr(),
        AuditLog.Action.LEDGER_EXPORTED,
        table.name() + " " + table.rows().size() + "行（" + described(filter) + "）");
    return Downloads.attachment(
        "台账_" + filter.type().sheet() + "_" + LocalDate.now() + ".xlsx", bytes);
  }

  private static Scope scope(ConsoleUser me) {
    return me.liaison() ? Scope.ofUnit(me.unit()) : Scope.everyUnit();
  }

  /** The filter asked for; a liaison's unit filter dropped (its scope is its own unit). */
  private static LedgerFilter filter(ConsoleUser me, Asked asked) {
    LedgerFilter filter =
        LedgerFilter.of(asked.type() == null ? RecordType.REFERRAL : type(asked.type()))
            .withUnit(me.liaison() ? null : asked.unit())
            .withState(state(asked.state()))
            .withPeriod(date(asked.from()), date(asked.to()))
            .withText(asked.q());
    return filter.withPage(asked.page() == null ? 1 : asked.page(), LedgerFilter.PAGE_SIZE);
  }

  private static RecordType type(String name) {
    return RecordType.byName(name)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  private static RuleState state(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    return Arrays.stream(RuleState.values())
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
  }

  private static LocalDate date(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
    }
  }

  /** The filter as a query string without its page, ending in {@code &} (for the pages' links). */
  private static String query(LedgerFilter filter) {
    UriComponentsBuilder uri = UriComponentsBuilder.newInstance();
    uri.queryParam("type", filter.type().key());
    filter.unit().ifPresent(u -> uri.queryParam("unit", u));
    filter.state().ifPresent(s -> uri.queryParam("state", s.name()));
    filter.from().ifPresent(d -> uri.queryParam("from", d));
    filter.to().ifPresent(d -> uri.queryParam("to", d));
    filter.text().ifPresent(t -> uri.queryParam("q", t));
    return uri.encode().build().getQuery() + "&";
  }

  /** The filter in words, for the audit log. */
  private String described(LedgerFilter filter) {
    StringBuilder words = new StringBuilder();
    filter
        .unit()
        .ifPresent(
            u ->
                words
                    .append("单位：")
                    .append(county.unit(u).map(x -> x.name()).orElse(u))
                    .append("；"));
    filter.state().ifPresent(s -> words.append("状态：").append(s.label()).append("；"));
    Optional<LocalDate> from = filter.from();
    Optional<LocalDate> to = filter.to();
    if (from.isPresent() || to.isPresent()) {
      words
          .append("期间：")
          .append(from.map(LocalDate::toString).orElse(""))
          .append("至")
          .append(to.map(LocalDate::toString).orElse(""))
          .append("；");
    }
    filter.text().ifPresent(t -> words.append("查找：").append(Masking.inText(t)).append("；"));
    return words.isEmpty() ? "全部" : words.substring(0, words.length() - 1);
  }
}
