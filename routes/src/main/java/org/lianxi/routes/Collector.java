package org.lianxi.routes;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.LongSupplier;
import javax.sql.DataSource;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.ScheduledBatchPollingConsumer;
import org.lianxi.ledger.config.ConfigException;
import org.lianxi.ledger.county.Channels;
import org.lianxi.ledger.county.CountyConfig;
import org.lianxi.ledger.county.Unit;
import org.lianxi.ledger.files.Channel;
import org.lianxi.ledger.files.ChannelPolls;
import org.lianxi.ledger.files.QuarantinedMails;
import org.lianxi.ledger.files.SubmissionDesk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The collection channels of a county: every unit's SFTP inbox and local drop folder, the county's
 * mailbox, and every unit's outbox of receipts, chase lists and digests to send. {@code collect}
 * and {@code serve} run the same routes ({@link CollectionRoutes}): {@link #collectOnce} starts
 * them unscheduled and polls each until it is idle, {@link #serve} schedules them.
 */
public final class Collector implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(Collector.class);

  private final CountyConfig county;
  private final Clock clock;
  private final Path data;
  private final SubmissionDesk desk;
  private final CamelContext camel;
  private final ProducerTemplate producer;

  /** Files and mails taken, and outbox files delivered by each channel. */
  private final IdempotentRepository memory;

  private final Optional<Mailbox> mailbox;

  private final Polls polls = new Polls();

  /** How the routes poll, once they were added: one pass or serving, never both. */
  private Polling polling;

  /**
   * Held while a receipt is written and answered by its own channel, and while the outbox is sent:
   * the outbox never sends a receipt the channel is still answering (nor the channel one the outbox
   * sent).
   */
  private final ReentrantLock sending = new ReentrantLock();

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
    this.camel = new DefaultCamelContext();
    camel.getShutdownStrategy().setTimeout(30);
    JdbcMessageIdRepository collected = new JdbcMessageIdRepository(dataSource, "lianxi-collect");
    collected.setCreateTableIfNotExists(false);
    this.memory = collected;
    camel.getRegistry().bind(Endpoints.COLLECTED, collected);
    camel.getRegistry().bind(Endpoints.SAFE_NAMES, new SafeNames<>());
    camel.getRegistry().bind(Endpoints.POLLS, polls);
    camel.getRegistry().bind(Endpoints.OLDEST, Endpoints.OLDEST_FIRST);
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

  private List<CollectionRoutes.Inbox> inboxes() {
    List<CollectionRoutes.Inbox> inboxes = new ArrayList<>();
    for (Unit unit : county.units()) {
      inboxes.add(new CollectionRoutes.Inbox(unit.code(), Channel.DROP, Optional.empty()));
      if (county.channels().sftp().isPresent() && unit.sftpFolder().isPresent()) {
        inboxes.add(new CollectionRoutes.Inbox(unit.code(), Channel.SFTP, unit.sftpFolder()));
      }
    }
    return inboxes;
  }

  /** What one pass took, and the channels it could not poll (each named, with the reason). */
  public record Collected(int taken, List<String> failures) {}

  /**
   * Takes every complete file waiting in every inbox, and every unread mail: each route polled in
   * turn until it is idle. A channel that cannot be polled (its server down, its host key refused)
   * is said in {@link Collected#failures()}, at once, and the other channels are still polled.
   */
  public Collected collectOnce() {
    routes(Polling.onePass(), Optional.empty());
    int taken = 0;
    List<String> failures = new ArrayList<>();
    for (CollectionRoutes.Inbox inbox : inboxes()) {
      try {
        taken += pollUntilIdle(inbox.routeId(), () -> 0);
      } catch (PollFailed e) {
        // One unit's broken inbox (a missing folder, a refused login) must not stop the others.
        failures.add(
            "the " + inbox.channel().code() + " inbox of " + inbox.unit() + ": " + e.reason);
      }
    }
    if (mailbox.isPresent()) {
      try {
        taken += pollUntilIdle(CollectionRoutes.MAIL_IN, mailbox.get()::handled);
      } catch (PollFailed e) {
        failures.add(
            "the mailbox " + county.channels().mail().orElseThrow().imap() + ": " + e.reason);
      }
    }
    failures.forEach(f -> log.warn("Could not poll {}", f));
    return new Collected(taken, List.copyOf(failures));
  }

  /**
   * How each channel's polls went, as the console shows them: every inbox and the mailbox whose
   * route was added, by channel, unit and host (never a user, a key or a password).
   */
  public ChannelPolls channelPolls() {
    return () -> {
      List<ChannelPolls.EndpointPolls> all = new ArrayList<>();
      for (CollectionRoutes.Inbox inbox : inboxes()) {
        String where =
            inbox.channel() == Channel.SFTP
                ? county.channels().sftp().orElseThrow().host()
                : "inbox/" + inbox.unit();
        endpointPolls(inbox.routeId(), inbox.channel(), Optional.of(inbox.unit()), where)
            .ifPresent(all::add);
      }
      county
          .channels()
          .mail()
          .flatMap(
              mail ->
                  endpointPolls(
                      CollectionRoutes.MAIL_IN,
                      Channel.MAIL,
                      Optional.empty(),
                      mail.imap().getHost()))
          .ifPresent(all::add);
      return all;
    };
  }

  /**
   * The reading of the mails the mailbox quarantined, for the console's 隔离区: it needs no mail
   * server, only the data folder, so it is there whether or not the county has a mailbox.
   */
  public static QuarantinedMails quarantinedMails() {
    return new QuarantineReader();
  }

  private Optional<ChannelPolls.EndpointPolls> endpointPolls(
      String routeId, Channel channel, Optional<String> unit, String where) {
    var route = camel.getRoute(routeId);
    if (route == null) {
      return Optional.empty();
    }
    var endpoint = route.getEndpoint();
    Optional<Polls.Poll> ended = polls.lastEnded(endpoint);
    Optional<Polls.Poll> failed = polls.lastFailed(endpoint);
    return Optional.of(
        new ChannelPolls.EndpointPolls(
            channel,
            unit,
            where,
            ended.map(Polls.Poll::at),
            ended.map(Polls.Poll::taken).orElse(0),
            failed.map(Polls.Poll::at),
            failed.flatMap(Polls.Poll::failure).map(Polls::reason)));
  }

  /**
   * Polls one route, in this thread, until a poll leaves nothing behind: a poll with a per-poll
   * limit (the mailbox) that came back full is followed by another, as long as the last one got on.
   *
   * @param progress what grows while the route gets on (so a full poll of mails that all fail is
   *     not read again and again)
   */
  private int pollUntilIdle(String routeId, LongSupplier progress) {
    var consumer = (ScheduledBatchPollingConsumer) camel.getRoute(routeId).getConsumer();
    int limit = consumer.getMaxMessagesPerPoll();
    int taken = 0;
    while (true) {
      long before = progress.getAsLong();
      consumer.run();
      Polls.Poll poll =
          polls
              .last(consumer.getEndpoint())
              .orElseThrow(() -> new PollFailed("the route " + routeId + " is not running"));
      if (poll.failure().isPresent()) {
        throw new PollFailed(Polls.reason(poll.failure().get()));
      }
      taken += poll.taken();
      boolean full = limit > 0 && poll.taken() >= limit;
      if (!full || progress.getAsLong() == before) {
        return taken;
      }
    }
  }

  /** A poll that failed, and why. */
  private static final class PollFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String reason;

    PollFailed(String reason) {
      super(reason);
      this.reason = reason;
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
    Set<Channel> down = EnumSet.noneOf(Channel.class);
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
              Endpoints.sftpOutbox(
                      county.channels().sftp().orElseThrow(), unit.sftpFolder().orElseThrow())
                  .resolve(camel),
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
   * Runs the channels as routes polling every {@code schedule.poll} until {@link #close()}: one
   * route per unit and inbox, the mailbox, the outbox sender, and {@code nightly} at the hour of
   * {@code schedule.nightly}.
   */
  public void serve(CountyConfig.Schedule schedule, Runnable nightly) {
    routes(
        Polling.every(schedule.poll()),
        Optional.of(new CollectionRoutes.Nightly(schedule.nightly(), nightly)));
  }

  /** Adds the routes at the first pass or serve; a collector does one of the two, never both. */
  private synchronized void routes(Polling how, Optional<CollectionRoutes.Nightly> nightly) {
    if (polling != null) {
      if (!polling.equals(how)) {
        throw new IllegalStateException("the routes already poll as " + polling);
      }
      return;
    }
    CollectionRoutes.Work work =
        new CollectionRoutes.Work() {
          @Override
          public void take(Channel channel, Exchange exchange) {
            Collector.this.take(channel, exchange);
          }

          @Override
          public void send() {
            sendOnce();
          }
        };
    try {
      new CollectionRoutes(county, new Endpoints(data, how), how, inboxes(), mailbox, work, nightly)
          .addTo(camel);
    } catch (Exception e) {
      throw new IllegalStateException("cannot start the collection routes: " + e.getMessage(), e);
    }
    polling = how;
  }

  /** The routes' context, for tests that watch them (NotifyBuilder). */
  CamelContext camel() {
    return camel;
  }

  /** Hands a taken file to the desk as the inbox's unit's submission: the channel decides. */
  private void take(Channel channel, Exchange exchange) {
    Unit unit =
        county.unit(exchange.getIn().getHeader(CollectionRoutes.UNIT, String.class)).orElseThrow();
    try {
      File file = exchange.getIn().getBody(File.class);
      String name = exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY, String.class);
      Path receipt;
      sending.lock();
      try {
        receipt = desk.take(unit.code(), channel, name, file.toPath(), LocalDateTime.now(clock));
        if (channel == Channel.SFTP) {
          // The receipt goes back the way the file came: the unit's SFTP outbox, not its mailbox.
          memory.add(deliveryKey(Channel.MAIL, unit, receipt));
        }
      } finally {
        sending.unlock();
      }
      log.info(
          "Took {} from {} by {}; receipt {}",
          name,
          unit.code(),
          channel.code(),
          receipt.getFileName());
    } catch (RuntimeException e) {
      log.error(
          "Could not take a file from {} by {}: {}",
          unit.code(),
          channel.code(),
          e.getMessage(),
          e);
      exchange.setException(e);
    }
  }

  @Override
  public void close() {
    camel.stop();
  }
}
