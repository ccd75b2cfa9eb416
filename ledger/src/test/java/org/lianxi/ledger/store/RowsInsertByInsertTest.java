package org.lianxi.ledger.store;

import javax.sql.DataSource;
import org.lianxi.ledger.testing.TestDatabase;

/** The same rows written where the connections refuse local loads: by multi-row INSERT. */
class RowsInsertByInsertTest extends RowsInsertTest {

  @Override
  DataSource database() {
    return TestDatabase.freshRefusingLocalLoads();
  }

  @Override
  boolean streamed() {
    return false;
  }
}
