package org.lianxi.console;

import javax.sql.DataSource;
import org.lianxi.ledger.accounts.Accounts;
import org.lianxi.ledger.accounts.AuditLog;
import org.lianxi.ledger.browse.LedgerBrowser;
import org.lianxi.ledger.county.CountyConfig;
import org.lianxi.ledger.exchange.Duties;
import org.lianxi.ledger.exchange.LedgerExport;
import org.lianxi.ledger.files.FileOutcomes;
import org.lianxi.ledger.files.FileResults;
import org.lianxi.ledger.files.Receipts;
import org.lianxi.ledger.files.ReceivedFiles;
import org.lianxi.ledger.files.Submissions;
import org.lianxi.ledger.reconcile.ReconcileStore;
import org.lianxi.reports.Reports;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The ledger's stores the console reads and writes, on the data source of serve's context. */
@Configuration(proxyBeanMethods = false)
class ConsoleStores {

  @Bean
  Accounts accounts(DataSource dataSource) {
    return new Accounts(dataSource);
  }

  @Bean
  AuditLog auditLog(DataSource dataSource) {
    return new AuditLog(dataSource);
  }

  @Bean
  FileOutcomes fileOutcomes(DataSource dataSource) {
    return new FileOutcomes(dataSource);
  }

  @Bean
  Submissions submissions(DataSource dataSource) {
    return new Submissions(dataSource);
  }

  @Bean
  Receipts receipts(DataSource dataSource, ReceivedFiles files) {
    return new Receipts(dataSource, files);
  }

  @Bean
  Duties duties(DataSource dataSource, CountyConfig county) {
    return new Duties(dataSource, county.profile().catalogue());
  }

  @Bean
  ReconcileStore reconcileStore(DataSource dataSource) {
    return new ReconcileStore(dataSource);
  }

  @Bean
  Reports reports(DataSource dataSource, CountyConfig county) {
    return new Reports(county, dataSource);
  }

  @Bean
  FileResults fileResults(DataSource dataSource) {
    return new FileResults(dataSource);
  }

  @Bean
  LedgerBrowser ledgerBrowser(DataSource dataSource, CountyConfig county) {
    return new LedgerBrowser(dataSource, unitNames(county), county.profile().catalogue());
  }

  @Bean
  LedgerExport ledgerExport(DataSource dataSource, CountyConfig county) {
    return new LedgerExport(dataSource, unitNames(county), county.profile().catalogue());
  }

  private static java.util.Map<String, String> unitNames(CountyConfig county) {
    return county.units().stream()
        .collect(
            java.util.stream.Collectors.toMap(
                org.lianxi.ledger.county.Unit::code, org.lianxi.ledger.county.Unit::name));
  }
}
