package org.lianxi.routes;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import org.apache.camel.CamelContext;
import org.apache.camel.ConsumerTemplate;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.apache.camel.spi.IdempotentRepository;
import org.lianxi.ledger.config.ConfigException;
import org.lianxi.ledger.county.Channels;
import org.lianxi.ledger.county.CountyConfig;
import org.lianxi.ledger.county.Unit;
import org.lianxi.ledger.files.Channel;
import org.lianxi.ledger.files.SubmissionDesk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The collection channels of a county: every unit's SFTP inbox and local drop folder, the county's
 * mailbox, and every unit's outbox of receipts, chase lists and digests to send. {@link
 * #collectOnce} and {@link #sendOnce} do one pass (the {@code collect} command); {@link #serve}
 * runs the same work as scheduled routes, one per unit and channel, made from route templates.
 */
public final class Collector implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(Collector.class);

  /** A safety net only: every poll ends with an empty exchange (sendEmptyMessageWhenIdle). */
  private static final long RECEIVE_TIMEOUT_MILLIS = 120_000;

  /** How long one wait for the next exchange of a poll lasts before the poll's outcome is read. */
  private static final long WAIT_MILLIS = 200;

  /** One poll now, and it says when it is done: the empty exchange after the last file. */
  private static final String ONE_POLL =
      "&initialDelay=0&delay=3600000&sendEmptyMessageWhenIdle=true";

  private final CountyConfig county;
  private final Clock clock;
  private final Path data;
  private final SubmissionDesk desk;
  private final Endpoints endpoints;
  private final CamelContext camel;
  private final ProducerTemplate producer;

  /** Files and mails taken, and outbox files delivered by each channel. */
  private final IdempotentRepository memory;

  private final Optional<Mailbox> mailbox;

  private final PollFailures pollFailures = new PollFailures();

  /**
   * Held while a receipt is written and answered by its own channel, and while the outbox is sent:
   * the outbox never sends a receipt the channel is still answering (nor the channel one the outbox
   * sent).
   */
  private final java.util.concurrent.locks.ReentrantLock sending =
      new java.util.concurrent.locks.ReentrantLock();

  /** One inbox: whose, by which channel, at which endpoint. */
  record Inbox(Unit unit, Channel channel, String uri) {}

  /**
   * @param environment where secrets come from (the mail password: {@code mail.password-env})
   */
  public Collector(
      CountyConfig county,
      Path data,
      DataSource dataSource,
      SubmissionDesk desk,
      Function<String, String> environment) {
    this(county, data, dataSource, desk, environment, Clock.systemDefaultZone());
  }

  /**
   * @param clock what time files are taken in at (the demo runs a half year of nights)
   */
  public Collector(
      CountyConfig county,
      Path data,
      DataSource dataSource,
      SubmissionDesk desk,
      Function<String, String> environment,
      Clock clock) {
    this.county = county;
    this.clock = clock;
    this.data = data.toAbsolutePath();
    this.desk = desk;
    this.endpoints = new Endpoints(data);
    this.camel = new DefaultCamelContext();
    camel.getShutdownStrategy().setTimeout(30);
    JdbcMessageIdRepository collected = new JdbcMessageIdRepository(dataSource, "lianxi-collect");
    collected.setCreateTableIfNotExists(false);
    this.memory = collected;
    camel.getRegistry().bind("collected", collected);
    camel.getRegistry().bind("safeNames", new SafeNames<>());
    camel.getRegistry().bind("pollFailures", pollFailures);
    camel.getRegistry().bind("oldestFirst", Endpoints.OLDEST_FIRST);
    camel.start();
    this.producer = camel.createProducerTemplate();
    this.mailbox =
        county
            .channels()
            .mail()
            .map(
                mail ->
                    new Mailbox(
                        county,
                        mail,
                        password(mail, environment),
                        data,
                        desk,
                        memory,
                        camel,
                        clock,
                        sending));
  }

  private static String password(Channels.Mail mail, Function<String, String> environment) {
    String password = environment.apply(mail.passwordEnv());
    if (password == null || password.isEmpty()) {
      throw new ConfigException(
          "channels.mail.password-env: the environment variable "
              + mail.passwordEnv()
              + " holding the mailbox password is not set");
    }
    return password;
  }

  List<Inbox> inboxes() {
    List<Inbox> inboxes = new ArrayList<>();
    for (Unit unit : county.units()) {
      inboxes.add(new Inbox(unit, Channel.DROP, endpoints.dropInbox(unit)));
      county
          .channels()
          .sftp()
          .ifPresent(
              sftp ->
                  unit.sftpFolder()
                      .ifPresent(
                          folder ->
                              inboxes.add(
                                  new Inbox(unit, Channel.SFTP, endpoints.sftpInbox(sftp, unit)))));
    }
    return inboxes;
  }

  /** What one pass took, and the channels it could not poll (each named, with the reason). */
  public record Collected(int taken, List<String> failures) {}

  /**
   * Takes every complete file waiting in every inbox, and every unread mail. A channel that cannot
   * be polled (its server down, its host key refused) is said in {@link Collected#failures()}, at
   * once, and the other channels are still polled.
   */
  public Collected collectOnce() {
    int taken = 0;
    List<String> failures = new ArrayList<>();
    ConsumerTemplate consumer = camel.createConsumerTemplate();
    try {
      for (Inbox inbox : inboxes()) {
        try {
          taken += pollOnce(consumer, inbox);
        } catch (RuntimeException e) {
          // One unit's broken inbox (a missing folder, a refused login) must not stop the others.
          failures.add(failure(inbox, PollFailures.reason(e)));
        }
      }
    } finally {
      stop(consumer);
    }
    if (mailbox.isPresent()) {
      try {
        taken += mailbox.get().pollOnce();
      } catch (Exception e) {
        failures.add(
            "the mailbox " + county.channels().mail().orElseThrow().imap() + ": " + e.getMessage());
      }
    }
    failures.forEach(f -> log.warn("Could not poll {}", f));
    return new Collected(taken, List.copyOf(failures));
  }

  private static String failure(Inbox inbox, String reason) {
    return "the " + inbox.channel().code() + " inbox of " + inbox.unit().code() + ": " + reason;
  }

  /**
   * One poll of one inbox: its files as they come, until the empty exchange that ends the poll, or
   * the poll strategy says the poll failed.
   */
  private int pollOnce(ConsumerTemplate consumer, Inbox inbox) {
    Endpoint endpoint = camel.getEndpoint(inbox.uri() + ONE_POLL);
    int taken = 0;
    long until = System.currentTimeMillis() + RECEIVE_TIMEOUT_MILLIS;
    while (true) {
      Exchange exchange = consumer.receive(endpoint, WAIT_MILLIS);
      if (exchange == null) {
        Optional<Exception> failed = pollFailures.of(endpoint);
        if (failed.isPresent()) {
          throw new IllegalStateException(PollFailures.reason(failed.get()), failed.get());
        }
        if (System.currentTimeMillis() > until) {
          throw new IllegalStateException(
              "no answer in " + RECEIVE_TIMEOUT_MILLIS / 1000 + " seconds");
        }
        continue;
      }
      if (exchange.getIn().getBody() == null) {
        consumer.doneUoW(exchange);
        return taken; // the poll is over
      }
      take(inbox, exchange);
      consumer.doneUoW(exchange); // moves the file to .done (or .failed)
      taken++;
    }
  }

  /** The ways a unit is sent its outbox: its SFTP outbox and its registered addresses. */
  private List<Channel> ways(Unit unit) {
    List<Channel> ways = new ArrayList<>();
    if (county.channels().sftp().isPresent() && unit.sftpFolder().isPresent()) {
      ways.add(Channel.SFTP);
    }
    if (mailbox.isPresent() && !unit.emails().isEmpty()) {
      ways.add(Channel.MAIL);
    }
    return ways;
  }

  /**
   * Sends everything waiting in the units' outboxes by every way each unit has, and moves a file to
   * {@code .sent/} once it went every way. Each delivery is remembered, so a way that failed is
   * tried again next time without sending twice by the ways that worked; a server that fails is not
   * tried again in this pass. Units without a way keep their files for the office to hand on.
   */
  public int sendOnce() {
    sending.lock();
    try {
      return sendHeld();
    } finally {
      sending.unlock();
    }
  }

  private int sendHeld() {
    desk.answerOwed();
    int sent = 0;
    java.util.Set<Channel> down = java.util.EnumSet.noneOf(Channel.class);
    for (Unit unit : county.units()) {
      List<Channel> ways = ways(unit);
      if (ways.isEmpty()) {
        continue;
      }
      for (Path file : waiting(unit)) {
        boolean everyWay = true;
        for (Channel way : ways) {
          String key = deliveryKey(way, unit, file);
          if (memory.contains(key)) {
            continue;
          }
          if (down.contains(way) || !deliver(way, unit, file)) {
            down.add(way);
            everyWay = false;
          } else {
            memory.add(key);
          }
        }
        if (everyWay && moveToSent(file)) {
          sent++;
        }
      }
    }
    return sent;
  }

  private List<Path> waiting(Unit unit) {
    Path outbox = data.resolve("out").resolve(unit.code());
    if (!Files.isDirectory(outbox)) {
      return List.of();
    }
    try (var files = Files.list(outbox)) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> SafeNames.isSafe(f.getFileName().toString()))
          .filter(f -> f.getFileName().toString().endsWith(".xlsx"))
          .sorted()
          .toList();
    } catch (IOException e) {
      log.warn("Cannot list the outbox of {}: {}", unit.code(), e.getMessage());
      return List.of();
    }
  }

  /** Names one delivery of one version of a file: a file written again is sent again. */
  private static String deliveryKey(Channel way, Unit unit, Path file) {
    try {
      return Mailbox.memoryKey(
          "sent:"
              + way.code()
              + ":"
              + unit.code()
              + ":"
              + file.getFileName()
              + ":"
              + Files.size(file)
              + ":"
              + Files.getLastModifiedTime(file).toMillis());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private boolean deliver(Channel way, Unit unit, Path file) {
    try {
      if (way == Channel.MAIL) {
        mailbox.orElseThrow().deliver(unit, file);
        return true;
      }
      Exchange result =
          producer.send(
              endpoints.sftpOutbox(county.channels().sftp().orElseThrow(), unit),
              exchange -> {
                exchange.getIn().setBody(file.toFile());
                exchange.getIn().setHeader(Exchange.FILE_NAME, file.getFileName().toString());
              });
      if (result.getException() != null) {
        throw result.getException();
      }
      return true;
    } catch (Exception e) {
      log.warn(
          "Could not send {} to {} by {}: {} (kept for the next try)",
          file.getFileName(),
          unit.code(),
          way.code(),
          e.getMessage());
      return false;
    }
  }

  private static boolean moveToSent(Path file) {
    try {
      Path sent = Files.createDirectories(file.resolveSibling(".sent"));
      Files.move(file, sent.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      return true;
    } catch (IOException e) {
      log.warn("Cannot move {} to .sent: {}", file, e.getMessage());
      return false;
    }
  }

  /**
   * Runs the channels as routes polling every {@code poll} until {@link #close()}: one route per
   * unit and inbox, the mailbox, and the outbox sender.
   */
  public void serve(Duration poll) throws Exception {
    camel.addRoutes(
        new RouteBuilder() {
          @Override
          public void configure() {
            routeTemplate("inbox")
                .templateParameter("uri")
                .templateParameter("unit")
                .templateParameter("channel")
                .from("{{uri}}&delay=" + poll.toMillis())
                .process(exchange -> take(inboxOf(exchange), exchange));
            from("timer:outbox?delay=" + poll.toMillis() + "&period=" + poll.toMillis())
                .routeId("outbox")
                .process(exchange -> sendOnce());
            mailbox.ifPresent(
                m ->
                    from(m.inbound("&delay=" + poll.toMillis()))
                        .routeId("mail-in")
                        .process(m::handle));
          }
        });
    for (Inbox inbox : inboxes()) {
      camel.addRouteFromTemplate(
          routeId(inbox),
          "inbox",
          Map.of(
              "uri", inbox.uri(), "unit", inbox.unit().code(), "channel", inbox.channel().name()));
    }
  }

  private static String routeId(Inbox inbox) {
    return inbox.channel().code() + "-in-" + inbox.unit().code();
  }

  private Inbox inboxOf(Exchange exchange) {
    String routeId = exchange.getFromRouteId();
    return inboxes().stream().filter(i -> routeId(i).equals(routeId)).findFirst().orElseThrow();
  }

  /** Hands a taken file to the desk as the inbox's unit's submission: the channel decides. */
  private void take(Inbox inbox, Exchange exchange) {
    try {
      File file = exchange.getIn().getBody(File.class);
      String name = exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY, String.class);
      Path receipt;
      sending.lock();
      try {
        receipt =
            desk.take(
                inbox.unit().code(),
                inbox.channel(),
                name,
                file.toPath(),
                LocalDateTime.now(clock));
        if (inbox.channel() == Channel.SFTP) {
          // The receipt goes back the way the file came: the unit's SFTP outbox, not its mailbox.
          memory.add(deliveryKey(Channel.MAIL, inbox.unit(), receipt));
        }
      } finally {
        sending.unlock();
      }
      log.info(
          "Took {} from {} by {}; receipt {}",
          name,
          inbox.unit().code(),
          inbox.channel().code(),
          receipt.getFileName());
    } catch (RuntimeException e) {
      log.error(
          "Could not take a file from {} by {}: {}",
          inbox.unit().code(),
          inbox.channel().code(),
          e.getMessage(),
          e);
      exchange.setException(e);
    }
  }

  private static void stop(org.apache.camel.Service service) {
    try {
      service.stop();
    } catch (RuntimeException e) {
      log.debug("stopping {}", service, e);
    }
  }

  @Override
  public void close() {
    camel.stop();
  }
}
