package org.lianxi.console.web;

import org.lianxi.console.security.ConsoleUser;
import org.lianxi.ledger.county.CountyConfig;
import org.lianxi.ledger.county.Unit;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page shows in its frame: the county, and who is signed in. */
@ControllerAdvice
class Pages {

  private final CountyConfig county;

  Pages(CountyConfig county) {
    this.county = county;
  }

  @ModelAttribute("county")
  String county() {
    return county.countyName();
  }

  @ModelAttribute("me")
  ConsoleUser me(@AuthenticationPrincipal ConsoleUser me) {
    return me;
  }

  @ModelAttribute("myUnit")
  String myUnit(@AuthenticationPrincipal ConsoleUser me) {
    return me == null ? null : county.unit(me.unit()).map(Unit::name).orElse(me.unit());
  }
}
