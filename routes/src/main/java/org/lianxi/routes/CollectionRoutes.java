package org.lianxi.routes;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.TemplatedRouteBuilder;
import org.apache.camel.builder.endpoint.EndpointRouteBuilder;
import org.lianxi.ledger.county.CountyConfig;
import org.lianxi.ledger.files.Channel;

/**
 * The routes of a county's channels, declared once for {@code collect} and {@code serve}: a route
 * template per inbox kind (the drop folder, the SFTP inbox), made into one route per unit; the
 * mailbox; and, when serving, the outbox sender every poll interval and the nightly work at the
 * hour of {@code schedule.nightly}. How they poll is the {@link Polling} given.
 */
final class CollectionRoutes extends EndpointRouteBuilder {

  static final String DROP_INBOX = "drop-inbox";
  static final String SFTP_INBOX = "sftp-inbox";
  static final String MAIL_IN = "mail-in";
  static final String OUTBOX = "outbox";
  static final String NIGHTLY = "nightly";

  /** The header naming the unit whose inbox a file came from: a template's parameter. */
  static final String UNIT = "LianxiUnit";

  /** What the routes hand their work to. */
  interface Work {
    /** A file taken from a unit's inbox by a channel. */
    void take(Channel channel, Exchange exchange);

    /** Everything waiting in the outboxes, sent. */
    void send();
  }

  /** One inbox route: whose, by which channel; its route id says both. */
  record Inbox(String unit, Channel channel, Optional<String> sftpFolder) {
    String routeId() {
      return channel.code() + "-in-" + unit;
    }
  }

  /** The nightly work when serving: at what time, what. */
  record Nightly(LocalTime at, Runnable work) {

    /** Quartz's cron: seconds, minutes, hours, every day of the month, every month, any weekday. */
    String cron() {
      return "%d %d %d * * ?".formatted(at.getSecond(), at.getMinute(), at.getHour());
    }
  }

  private final CountyConfig county;
  private final Endpoints endpoints;
  private final Polling polling;
  private final List<Inbox> inboxes;
  private final Optional<Mailbox> mailbox;
  private final Work work;
  private final Optional<Nightly> nightly;

  CollectionRoutes(
      CountyConfig county,
      Endpoints endpoints,
      Polling polling,
      List<Inbox> inboxes,
      Optional<Mailbox> mailbox,
      Work work,
      Optional<Nightly> nightly) {
    this.county = county;
    this.endpoints = endpoints;
    this.polling = polling;
    this.inboxes = List.copyOf(inboxes);
    this.mailbox = mailbox;
    this.work = work;
    this.nightly = nightly;
  }

  /**
   * Adds the routes to a running context: the templates and the single routes, then a route per
   * inbox from its template (Camel makes a builder's own templated routes only while a context
   * starts).
   */
  void addTo(CamelContext camel) throws Exception {
    camel.addRoutes(this);
    for (Inbox inbox : inboxes) {
      TemplatedRouteBuilder route =
          TemplatedRouteBuilder.builder(
                  camel, inbox.channel() == Channel.SFTP ? SFTP_INBOX : DROP_INBOX)
              .routeId(inbox.routeId())
              .parameter("unit", inbox.unit());
      inbox.sftpFolder().ifPresent(folder -> route.parameter("folder", folder));
      route.add();
    }
  }

  @Override
  public void configure() {
    routeTemplate(DROP_INBOX)
        .templateParameter("unit")
        .from(endpoints.dropInbox("{{unit}}"))
        .setHeader(UNIT, constant("{{unit}}"))
        .process(exchange -> work.take(Channel.DROP, exchange));
    county
        .channels()
        .sftp()
        .ifPresent(
            sftp ->
                routeTemplate(SFTP_INBOX)
                    .templateParameter("unit")
                    .templateParameter("folder")
                    .from(endpoints.sftpInbox(sftp, "{{folder}}"))
                    .setHeader(UNIT, constant("{{unit}}"))
                    .process(exchange -> work.take(Channel.SFTP, exchange)));
    mailbox.ifPresent(m -> from(m.inbound(polling)).routeId(MAIL_IN).process(m::handle));
    if (polling.scheduled()) {
      long every = polling.interval().toMillis();
      from(timer(OUTBOX).delay(every).period(every)).routeId(OUTBOX).process(e -> work.send());
      nightly.ifPresent(
          n ->
              from(quartz("lianxi/" + NIGHTLY).cron(n.cron()))
                  .routeId(NIGHTLY)
                  .process(e -> n.work().run()));
    }
  }
}
