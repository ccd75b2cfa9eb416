package org.lianxi.app.commands;

import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.lianxi.app.LianxiCommand;
import org.lianxi.app.LianxiRuntime;
import org.lianxi.app.intake.Exchange;
import org.lianxi.app.intake.PeriodReports;
import org.lianxi.console.Console;
import org.lianxi.routes.Collector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code lianxi serve}: the collection routes polling every {@code schedule.poll}, and the nightly
 * exchange (reconcile, chase lists, digests, then sent by the outbox routes) at {@code
 * schedule.nightly}, followed by the briefing after each half year and the assessment after each
 * year (PeriodReports), and the console (联席工作台) on {@code console.address}, until stopped (SIGTERM
 * or Ctrl-C stop it cleanly).
 */
@Command(
    name = "serve",
    description =
        "Runs the collection routes, the nightly exchange, the period reports and the console"
            + " until stopped.")
public final class ServeCommand implements java.util.concurrent.Callable<Integer> {

  private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);

  @ParentCommand private LianxiCommand global;

  @Override
  public Integer call() throws Exception {
    CountDownLatch stopped = new CountDownLatch(1);
    CountDownLatch closed = new CountDownLatch(1);
    // On SIGTERM: wake the main thread, then keep the JVM up until it has closed everything.
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  stopped.countDown();
                  try {
                    closed.await(60, TimeUnit.SECONDS);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                },
                "lianxi-stop"));
    try (LianxiRuntime runtime = LianxiRuntime.open(global);
        Collector collector = runtime.collector();
        Console console =
            Console.start(withPolls(runtime, collector), runtime.county().console())) {
      var schedule = runtime.county().schedule();
      Exchange exchange = runtime.context().getBean(Exchange.class);
      PeriodReports periodReports = runtime.context().getBean(PeriodReports.class);
      collector.serve(
          schedule,
          () -> {
            try {
              exchange.run(LocalDate.now());
              periodReports.forMeetings(LocalDate.now());
              periodReports.due(LocalDate.now());
            } catch (RuntimeException e) {
              log.error("The nightly exchange failed; it runs again tomorrow", e);
            }
          });
      log.info(
          "Serving {}: polling every {}, nightly exchange at {}, the console on {}",
          runtime.county().countyName(),
          schedule.poll(),
          schedule.nightly(),
          runtime.county().console().host() + ":" + console.port());
      stopped.await();
      log.info("Stopping");
    } finally {
      closed.countDown();
    }
    log.info("Stopped");
    return 0;
  }

  /**
   * Serve's context with the channels' polls in it, for the console's 运行 page, and the reading of
   * quarantined mails, for its 隔离区.
   */
  private static ConfigurableApplicationContext withPolls(
      LianxiRuntime runtime, Collector collector) {
    runtime.context().getBeanFactory().registerSingleton("channelPolls", collector.channelPolls());
    runtime
        .context()
        .getBeanFactory()
        .registerSingleton("quarantinedMails", Collector.quarantinedMails());
    return runtime.context();
  }
}
