package org.lianxi.app.intake;

import javax.sql.DataSource;
import org.lianxi.ledger.county.CountyConfig;
import org.lianxi.reports.period.Periods;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The period decisions (close, reopen, close by itself) as a bean of the context every command runs
 * in: the commands, serve's nights and the console (a child context) share the one instance.
 */
@Configuration(proxyBeanMethods = false)
class PeriodsConfiguration {

  @Bean
  Periods periods(CountyConfig county, DataSource dataSource) {
    return new Periods(county, dataSource);
  }
}
