package org.lianxi.jobs;

import javax.sql.DataSource;
import org.lianxi.ledger.db.LedgerLock;
import org.springframework.batch.core.configuration.support.JdbcDefaultBatchConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Spring Batch 6 with its job repository in the ledger database (the tables come from the sql
 * module's migrations). The MySQL dialect serves MariaDB too: one schema for both.
 */
@Configuration(proxyBeanMethods = false)
public class BatchConfiguration extends JdbcDefaultBatchConfiguration {

  @Bean
  public PlatformTransactionManager transactionManager(DataSource dataSource) {
    return new DataSourceTransactionManager(dataSource);
  }

  /** One ingest pass or reconcile at a time, across every process on the ledger. */
  @Bean
  public LedgerLock ledgerLock(DataSource dataSource) {
    return new LedgerLock(dataSource);
  }

  @Override
  protected String getDatabaseType() {
    return "MYSQL";
  }
}
