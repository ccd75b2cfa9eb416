package org.lianxi.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.lianxi.app.intake.Intake;
import org.lianxi.ledger.calendar.CalendarStore;
import org.lianxi.ledger.county.CountyConfig;
import org.lianxi.ledger.county.CountyConfigLoader;
import org.lianxi.ledger.county.UnitDirectory;
import org.lianxi.ledger.county.UnitStore;
import org.lianxi.ledger.db.Database;
import org.lianxi.ledger.db.LedgerLock;
import org.lianxi.routes.Collector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What every command that touches the ledger stands on, opened in order: the county configuration
 * (validated before anything changes), the database (migrated), the official calendar (bundled
 * years seeded), the units (synchronised), then the Spring application context.
 */
public final class LianxiRuntime implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(LianxiRuntime.class);

  private final CountyConfig county;
  private final Path data;
  private final Database database;
  private final ConfigurableApplicationContext context;

  private LianxiRuntime(
      CountyConfig county, Path data, Database database, ConfigurableApplicationContext context) {
    this.county = county;
    this.data = data;
    this.database = database;
    this.context = context;
  }

  public static LianxiRuntime open(GlobalOptions options) {
    CountyConfig county = loadCounty(options);
    Path data = options.data().toAbsolutePath().normalize();
    makePrivate(data);
    Database database = openDatabase(options, data);
    try {
      // Two commands started together on a fresh ledger would both seed it (and deadlock): the
      // schema, the calendar and the units are brought up to date by one at a time.
      new LedgerLock(database.dataSource())
          .hold(
              "Preparing the ledger",
              () -> {
                database.migrate();
                List<Integer> seeded = new CalendarStore(database.dataSource()).seedBundled();
                if (!seeded.isEmpty()) {
                  log.info("Loaded the official calendar for {}", seeded);
                }
                new UnitStore(database.dataSource()).sync(county.units());
              });
      ConfigurableApplicationContext context =
          new SpringApplicationBuilder(LianxiApplication.class)
              .web(WebApplicationType.NONE)
              .logStartupInfo(false)
              .registerShutdownHook(false) // closed in order by close(), also on SIGTERM
              .properties("lianxi.data=" + data)
              .initializers(
                  ctx -> {
                    ctx.getBeanFactory().registerSingleton("countyConfig", county);
                    ctx.getBeanFactory().registerSingleton("dataSource", database.dataSource());
                  })
              .run();
      return new LianxiRuntime(county, data, database, context);
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  /** The data folder holds personal data and the database's password: its owner's alone. */
  private static void makePrivate(Path data) {
    try {
      java.nio.file.Files.createDirectories(data);
      org.lianxi.ledger.db.Private.restrict(data);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot use the data folder " + data, e);
    }
  }

  static CountyConfig loadCounty(GlobalOptions options) {
    if (options.config().isPresent()) {
      Path file = options.config().get();
      if (!Files.isRegularFile(file)) {
        throw new UsageException("--config " + file + ": no such file");
      }
      return CountyConfigLoader.load(file);
    }
    Path local = Path.of("county.yaml");
    return Files.isRegularFile(local)
        ? CountyConfigLoader.load(local)
        : CountyConfigLoader.example();
  }

  private static Database openDatabase(GlobalOptions options, Path data) {
    if (options.db().isPresent()) {
      String user = System.getenv().getOrDefault("LIANXI_DB_USER", "lianxi");
      String password = System.getenv().getOrDefault("LIANXI_DB_PASSWORD", "");
      try {
        return Database.external(options.db().get(), user, password);
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
    }
    return Database.embedded(data.resolve("db"));
  }

  public CountyConfig county() {
    return county;
  }

  public UnitDirectory units() {
    return new UnitDirectory(county);
  }

  public Path data() {
    return data;
  }

  public Database database() {
    return database;
  }

  /** The county's channels, handing what they take to the intake; secrets from the environment. */
  public Collector collector() {
    return new Collector(
        county, data, database.dataSource(), context.getBean(Intake.class), System::getenv);
  }

  public ConfigurableApplicationContext context() {
    return context;
  }

  @Override
  public void close() {
    SpringApplication.exit(context);
    database.close();
  }
}
