package org.lianxi.jobs;

import javax.sql.DataSource;
import org.lianxi.jobs.ingest.IngestJobConfiguration;
import org.lianxi.jobs.ingest.Ingester;
import org.lianxi.jobs.reconcile.ReconcileJobConfiguration;
import org.lianxi.jobs.reconcile.Reconciling;
import org.lianxi.ledger.calendar.CalendarStore;
import org.lianxi.ledger.county.CountyConfig;
import org.lianxi.ledger.county.CountyConfigLoader;
import org.lianxi.ledger.county.UnitStore;
import org.lianxi.ledger.testing.TestDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The ingest and reconcile jobs on a fresh database holding the example county (古县, profile guxian:
 * referral.receipt 5wd) and the bundled calendar.
 */
@Configuration
@Import({
  BatchConfiguration.class,
  IngestJobConfiguration.class,
  Ingester.class,
  ReconcileJobConfiguration.class,
  Reconciling.class
})
public class ExampleCountyJobs {

  @Bean
  DataSource dataSource() {
    DataSource dataSource = TestDatabase.fresh();
    new UnitStore(dataSource).sync(CountyConfigLoader.example().units());
    new CalendarStore(dataSource).seedBundled();
    return dataSource;
  }

  @Bean
  CountyConfig county() {
    return CountyConfigLoader.example();
  }
}
