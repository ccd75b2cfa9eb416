package org.lianxi.ledger.db;

import com.mysql.cj.MysqlConnection;
import com.mysql.cj.NativeSession;
import com.mysql.cj.jdbc.interceptors.ConnectionLifecycleInterceptor;
import com.mysql.cj.log.Log;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.sql.Savepoint;
import java.util.Properties;

/**
 * Every connection's answer to a server that asks for a local file: nothing. The ledger's loader
 * sends rows with {@code LOAD DATA LOCAL INFILE} from a stream it sets on the connection, which the
 * driver sends whatever file the server names; a connection that allows such loads would otherwise
 * read and send any file the server asks for, in answer to any statement. Connector/J calls this as
 * it makes each connection (named in its {@code connectionLifecycleInterceptors}), and the loader
 * puts the empty stream back after each load.
 */
public final class LocalFileGuard implements ConnectionLifecycleInterceptor {

  /** Read to its end at once, every time: an empty file. */
  public static final InputStream NOTHING = new ByteArrayInputStream(new byte[0]);

  @Override
  public ConnectionLifecycleInterceptor init(
      MysqlConnection connection, Properties props, Log log) {
    ((NativeSession) connection.getSession()).setLocalInfileInputStream(NOTHING);
    return this;
  }

  @Override
  public void destroy() {}

  @Override
  public void close() {}

  @Override
  public boolean commit() {
    return true;
  }

  @Override
  public boolean rollback() {
    return true;
  }

  @Override
  public boolean rollback(Savepoint savepoint) {
    return true;
  }

  @Override
  public boolean setAutoCommit(boolean flag) {
    return true;
  }

  @Override
  public boolean setDatabase(String database) {
    return true;
  }

  @Override
  public boolean transactionBegun() {
    return true;
  }

  @Override
  public boolean transactionCompleted() {
    return true;
  }
}
