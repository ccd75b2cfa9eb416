package org.lianxi.jobs.ingest;

import javax.sql.DataSource;
import org.lianxi.ledger.testing.TestDatabase;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/**
 * Every ingest test again on connections that refuse local loads (MySQL's default): the ledger's
 * rows go by multi-row INSERT, with the same results, the same rejections and the same recovery
 * after a crash.
 */
@SpringJUnitConfig(IngestByInsertTest.RefusingLocalLoads.class)
class IngestByInsertTest extends IngestJobTest {

  @Configuration
  static class RefusingLocalLoads extends IngestJobTest.Context {
    @Override
    DataSource fresh() {
      return TestDatabase.freshRefusingLocalLoads();
    }
  }

  @Override
  boolean streamed() {
    return false;
  }
}
