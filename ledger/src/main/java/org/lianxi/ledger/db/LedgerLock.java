package org.lianxi.ledger.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One writer of the ledger at a time: an intake pass (load and answer files) or an exchange
 * (reconcile, chase lists, digests) holds this lock from start to end, whichever thread or process
 * runs it. Spring Batch's job repository deadlocks when two jobs are launched at the same moment
 * (both insert into {@code BATCH_JOB_INSTANCE} under gap locks), and a reconcile reading while
 * files load would judge half a night; serialised, each pass sees the work of the one before. The
 * lock is the database's own named lock ({@code GET_LOCK}), so it spans every lianxi process on the
 * database, embedded or MySQL, and is dropped by the server when a holder dies. Within a thread it
 * is re-entrant: a pass that loads and then answers takes it once.
 */
public final class LedgerLock {

  private static final Logger log = LoggerFactory.getLogger(LedgerLock.class);

  /** How long one wait on the server lasts before it is said in the log and tried again. */
  private static final int WAIT_SECONDS = 10;

  private final DataSource dataSource;
  private final ReentrantLock here = new ReentrantLock();
  private Connection holder;

  public LedgerLock(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Runs {@code work} holding the lock; {@code what} names it in the log while it waits. */
  public <T> T hold(String what, Supplier<T> work) {
    here.lock();
    try {
      if (here.getHoldCount() > 1) {
        return work.get();
      }
      holder = acquire(what);
      try {
        return work.get();
      } finally {
        release();
      }
    } finally {
      here.unlock();
    }
  }

  public void hold(String what, Runnable work) {
    hold(
        what,
        () -> {
          work.run();
          return null;
        });
  }

  private Connection acquire(String what) {
    try {
      Connection c = dataSource.getConnection();
      try {
        String name = name(c);
        for (int waits = 0; ; waits++) {
          try (PreparedStatement s = c.prepareStatement("SELECT GET_LOCK(?, ?)")) {
            s.setString(1, name);
            s.setInt(2, WAIT_SECONDS);
            try (ResultSet rs = s.executeQuery()) {
              rs.next();
              if (rs.getInt(1) == 1) {
                return c;
              }
            }
          }
          if (waits == 0) {
            log.info("{} waits for another lianxi pass on this ledger to finish", what);
          }
        }
      } catch (SQLException | RuntimeException e) {
        c.close();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot take the ledger's lock: " + e.getMessage(), e);
    }
  }

  /** Named after the database: one server may hold several ledgers (tests do). */
  private static String name(Connection c) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT DATABASE()");
        ResultSet rs = s.executeQuery()) {
      rs.next();
      String name = "lianxi.ledger." + rs.getString(1);
      return name.length() <= 64 ? name : name.substring(0, 64);
    }
  }

  private void release() {
    Connection c = holder;
    holder = null;
    try (c;
        PreparedStatement s = c.prepareStatement("SELECT RELEASE_ALL_LOCKS()")) {
      s.execute();
    } catch (SQLException e) {
      // A pooled connection handed back still holding the lock would keep it: really close it.
      log.warn("Could not release the ledger's lock ({}); dropping its connection", e.getMessage());
      try {
        c.abort(Runnable::run);
      } catch (SQLException again) {
        log.debug("aborting the connection", again);
      }
    }
  }
}
