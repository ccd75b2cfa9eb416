package org.lianxi.routes;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.apache.camel.CamelContext;
import org.apache.camel.ConsumerTemplate;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.lianxi.ledger.county.CountyConfig;
import org.lianxi.ledger.county.Unit;
import org.lianxi.ledger.files.Channel;
import org.lianxi.ledger.files.SubmissionDesk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The collection channels of a county: every unit's SFTP inbox and local drop folder, and every
 * unit's outbox of receipts, chase lists and digests to upload. {@link #collectOnce} and {@link
 * #sendOnce} poll each endpoint once (the {@code collect} command); {@link #serve} runs the same
 * work as scheduled routes, one per unit and channel, made from route templates.
 */
public final class Collector implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(Collector.class);

  /** A safety net only: every poll ends with an empty exchange (sendEmptyMessageWhenIdle). */
  private static final long RECEIVE_TIMEOUT_MILLIS = 120_000;

  /** One poll now, and it says when it is done: the empty exchange after the last file. */
  private static final String ONE_POLL =
      "&initialDelay=0&delay=3600000&sendEmptyMessageWhenIdle=true";

  private final CountyConfig county;
  private final SubmissionDesk desk;
  private final Endpoints endpoints;
  private final CamelContext camel;

  /** One inbox: whose, by which channel, at which endpoint. */
  record Inbox(Unit unit, Channel channel, String uri) {}

  public Collector(CountyConfig county, Path data, DataSource dataSource, SubmissionDesk desk) {
    this.county = county;
    this.desk = desk;
    this.endpoints = new Endpoints(data);
    this.camel = new DefaultCamelContext();
    JdbcMessageIdRepository collected = new JdbcMessageIdRepository(dataSource, "lianxi-collect");
    collected.setCreateTableIfNotExists(false);
    camel.getRegistry().bind("collected", collected);
    camel.getRegistry().bind("safeNames", new SafeNames<>());
    camel.start();
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

  /** Takes every complete file waiting in every inbox; returns how many were taken. */
  public int collectOnce() {
    int taken = 0;
    ConsumerTemplate consumer = camel.createConsumerTemplate();
    try {
      for (Inbox inbox : inboxes()) {
        try {
          String uri = inbox.uri() + ONE_POLL;
          for (Exchange exchange = consumer.receive(uri, RECEIVE_TIMEOUT_MILLIS);
              exchange != null;
              exchange = consumer.receive(uri, RECEIVE_TIMEOUT_MILLIS)) {
            if (exchange.getIn().getBody() == null) {
              consumer.doneUoW(exchange);
              break; // the poll is over
            }
            take(inbox, exchange);
            consumer.doneUoW(exchange); // moves the file to .done (or .failed)
            taken++;
          }
        } catch (RuntimeException e) {
          // One unit's broken inbox (a missing folder, a refused login) must not stop the others.
          log.warn(
              "Could not poll the {} inbox of {}: {}",
              inbox.channel().code(),
              inbox.unit().code(),
              e.getMessage());
        }
      }
    } finally {
      stop(consumer);
    }
    return taken;
  }

  /** Uploads everything waiting in the units' outboxes; a failed upload stays for the next try. */
  public int sendOnce() {
    int sent = 0;
    if (county.channels().sftp().isEmpty()) {
      return 0;
    }
    var sftp = county.channels().sftp().get();
    ConsumerTemplate consumer = camel.createConsumerTemplate();
    ProducerTemplate producer = camel.createProducerTemplate();
    try {
      for (Unit unit : county.units()) {
        if (unit.sftpFolder().isEmpty()) {
          continue;
        }
        String outbox = endpoints.outbox(unit) + ONE_POLL;
        for (Exchange exchange = consumer.receive(outbox, RECEIVE_TIMEOUT_MILLIS);
            exchange != null;
            exchange = consumer.receive(outbox, RECEIVE_TIMEOUT_MILLIS)) {
          if (exchange.getIn().getBody() == null) {
            consumer.doneUoW(exchange);
            break;
          }
          Exchange result = producer.send(endpoints.sftpOutbox(sftp, unit), exchange);
          if (result.getException() != null) {
            log.warn(
                "Could not send {} to {}: {} (kept for the next try)",
                exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY),
                unit.code(),
                result.getException().getMessage());
            consumer.doneUoW(exchange);
            return sent; // the server is not answering: try the rest next time
          }
          consumer.doneUoW(exchange);
          sent++;
        }
      }
    } finally {
      stop(consumer);
      stop(producer);
    }
    return sent;
  }

  /** Runs the channels as routes polling every {@code poll} until {@link #close()}. */
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
                .process(exchange -> take(inboxOf(exchange.getContext(), exchange), exchange));
            routeTemplate("outbox")
                .templateParameter("uri")
                .templateParameter("target")
                .from("{{uri}}&delay=" + poll.toMillis())
                .to("{{target}}");
          }
        });
    for (Inbox inbox : inboxes()) {
      camel.addRouteFromTemplate(
          inbox.channel().code() + "-in-" + inbox.unit().code(),
          "inbox",
          java.util.Map.of(
              "uri", inbox.uri(), "unit", inbox.unit().code(), "channel", inbox.channel().name()));
    }
    county
        .channels()
        .sftp()
        .ifPresent(
            sftp ->
                county.units().stream()
                    .filter(u -> u.sftpFolder().isPresent())
                    .forEach(
                        unit -> {
                          try {
                            camel.addRouteFromTemplate(
                                "sftp-out-" + unit.code(),
                                "outbox",
                                java.util.Map.of(
                                    "uri",
                                    endpoints.outbox(unit),
                                    "target",
                                    endpoints.sftpOutbox(sftp, unit)));
                          } catch (Exception e) {
                            throw new IllegalStateException(e);
                          }
                        }));
  }

  private Inbox inboxOf(CamelContext context, Exchange exchange) {
    String routeId = exchange.getFromRouteId();
    return inboxes().stream()
        .filter(i -> (i.channel().code() + "-in-" + i.unit().code()).equals(routeId))
        .findFirst()
        .orElseThrow();
  }

  /** Hands a taken file to the desk as the inbox's unit's submission: the channel decides. */
  private void take(Inbox inbox, Exchange exchange) {
    try {
      File file = exchange.getIn().getBody(File.class);
      String name = exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY, String.class);
      Path receipt =
          desk.take(inbox.unit().code(), inbox.channel(), name, file.toPath(), LocalDateTime.now());
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
