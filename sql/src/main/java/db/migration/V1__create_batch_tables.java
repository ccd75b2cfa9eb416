package db.migration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Creates Spring Batch's job repository tables from the DDL that ships in the Spring Batch jar, so
 * the schema always matches the Batch version on the classpath. The MySQL script is used for
 * MariaDB too: one schema serves both, and the job repository is told the database type is MySQL.
 */
public class V1__create_batch_tables extends BaseJavaMigration {

  static final String DDL = "/org/springframework/batch/core/schema-mysql.sql";

  @Override
  public void migrate(Context context) throws Exception {
    try (Statement statement = context.getConnection().createStatement()) {
      for (String sql : statements(readDdl())) {
        statement.execute(sql);
      }
    }
  }

  static String readDdl() throws IOException {
    try (InputStream in = V1__create_batch_tables.class.getResourceAsStream(DDL)) {
      if (in == null) {
        throw new IllegalStateException("Spring Batch DDL not on the classpath: " + DDL);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /**
   * Splits the script on semicolons, dropping comment lines; the script has no literals with ';'.
   */
  static java.util.List<String> statements(String script) {
    StringBuilder withoutComments = new StringBuilder();
    script
        .lines()
        .filter(line -> !line.strip().startsWith("--"))
        .forEach(line -> withoutComments.append(line).append('\n'));
    return java.util.Arrays.stream(withoutComments.toString().split(";"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }
}
