package org.lianxi.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

class FailuresTest {

  @Test
  void aFailureLineNamesTheDatabaseOrTheDiskAndNeverQuotesAStatement() {
    BadSqlGrammarException grammar =
        new BadSqlGrammarException(
            "PreparedStatementCallback",
            "SELECT id, status FROM received_file WHERE id IN (?) FOR UPDATE",
            new SQLException("Table 'lianxi.received_file' doesn't exist"));
    String line = Failures.message(new IllegalStateException("loading files failed", grammar));
    assertThat(line)
        .doesNotContain("SELECT", "FOR UPDATE")
        .contains("loading files failed", "Table 'lianxi.received_file' doesn't exist");

    String down =
        Failures.message(
            new CannotGetJdbcConnectionException(
                "Failed to obtain JDBC Connection",
                new SQLException(
                    "Communications link failure", new ConnectException("Connection refused"))));
    assertThat(down).startsWith("the database does not answer (Connection refused)");

    String full =
        Failures.message(
            new java.io.UncheckedIOException(
                "cannot land a.xlsx", new IOException("No space left on device")));
    assertThat(full).startsWith("the disk is full (No space left on device)");
  }
}
