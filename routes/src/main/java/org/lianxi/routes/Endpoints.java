package org.lianxi.routes;

import static org.apache.camel.builder.endpoint.StaticEndpointBuilders.file;
import static org.apache.camel.builder.endpoint.StaticEndpointBuilders.sftp;

import java.nio.file.Path;
import java.util.Comparator;
import org.apache.camel.builder.endpoint.dsl.FileEndpointBuilderFactory.FileEndpointConsumerBuilder;
import org.apache.camel.builder.endpoint.dsl.SftpEndpointBuilderFactory.SftpEndpointBuilder;
import org.apache.camel.builder.endpoint.dsl.SftpEndpointBuilderFactory.SftpEndpointConsumerBuilder;
import org.apache.camel.builder.endpoint.dsl.SftpEndpointBuilderFactory.SftpEndpointProducerBuilder;
import org.apache.camel.component.file.GenericFile;
import org.lianxi.ledger.county.Channels;

/**
 * The endpoints of the file channels, from the county configuration (Camel's Endpoint DSL). Host
 * keys are always checked against the configured known-hosts file; files still being written are
 * left for the next poll (read lock: the last change older than a settle time); files waiting
 * together are taken oldest first; taken files move to {@code .done/} or {@code .failed/}.
 */
final class Endpoints {

  /** A file must be unchanged this long before it is taken. */
  static final long SETTLE_MILLIS = 1000;

  /**
   * SFTP listings carry modification times in whole seconds, so a file written a moment ago can
   * look up to a second older than it is; the SFTP age check adds that second back.
   */
  private static final long SFTP_TIME_GRAIN_MILLIS = 1000;

  /** How long after the settle time a file may still be changing before the poll gives it up. */
  private static final long LOCK_PATIENCE_MILLIS = 4000;

  /** Files waiting together, oldest first: modification time, then name. */
  static final Comparator<GenericFile<?>> OLDEST_FIRST =
      Comparator.<GenericFile<?>>comparingLong(GenericFile::getLastModified)
          .thenComparing(GenericFile::getFileNameOnly);

  /** The registry names of the beans the endpoints refer to. */
  static final String COLLECTED = "collected";

  static final String SAFE_NAMES = "safeNames";
  static final String POLLS = "polls";
  static final String OLDEST = "oldestFirst";

  private final Path data;
  private final Polling polling;

  Endpoints(Path data, Polling polling) {
    this.data = data.toAbsolutePath();
    this.polling = polling;
  }

  /**
   * A unit's drop folder, {@code DATA/inbox/UNIT/}. Files waiting together are taken oldest first
   * (modification time, then name): a backlog of a unit's corrections is loaded in the order the
   * unit wrote them, so the last one stays current. Not eager: an eager per-poll limit would take
   * whichever file the listing gave first instead of the oldest.
   */
  FileEndpointConsumerBuilder dropInbox(String unit) {
    return file(data.resolve("inbox").resolve(unit).toString())
        .sorter("#" + OLDEST)
        .eagerMaxMessagesPerPoll(false)
        .antExclude("*.part,*.tmp")
        .filter("#" + SAFE_NAMES)
        .readLock("changed")
        .readLockMinAge(SETTLE_MILLIS)
        .readLockCheckInterval(500)
        .readLockTimeout(SETTLE_MILLIS + LOCK_PATIENCE_MILLIS)
        .move(".done")
        .moveFailed(".failed")
        .startScheduler(polling.scheduled())
        .initialDelay(0)
        .delay(polling.interval().toMillis())
        .advanced()
        .autoCreate(true)
        .pollStrategy("#" + POLLS)
        .basic();
  }

  /**
   * A unit's SFTP inbox, as the drop folder; a file is remembered by name, size and time, so the
   * same file put back is not taken twice, even by another instance.
   */
  SftpEndpointConsumerBuilder sftpInbox(Channels.Sftp sftp, String folder) {
    long minAge = SETTLE_MILLIS + SFTP_TIME_GRAIN_MILLIS;
    SftpEndpointConsumerBuilder inbox =
        loggedIn(sftp, folder, "inbox")
            .sorter("#" + OLDEST)
            .eagerMaxMessagesPerPoll(false)
            .antExclude("*.part,*.tmp")
            .filter("#" + SAFE_NAMES)
            .readLock("changed")
            .readLockMinAge(minAge)
            .readLockCheckInterval(500)
            .readLockTimeout(minAge + LOCK_PATIENCE_MILLIS)
            .move(".done")
            .moveFailed(".failed")
            .idempotent(true)
            .idempotentRepository("#" + COLLECTED)
            .idempotentKey("${file:name}-${file:size}-${file:modified}")
            .startScheduler(polling.scheduled())
            .initialDelay(0)
            .delay(polling.interval().toMillis());
    inbox
        .advanced()
        .autoCreate(false)
        .connectTimeout(10_000)
        .timeout(30_000)
        .throwExceptionOnConnectFailed(true)
        .localWorkDirectory(data.resolve("work").resolve("sftp").toString())
        .pollStrategy("#" + POLLS);
    return inbox;
  }

  /** A unit's SFTP outbox: uploaded under a temporary name and renamed, never fetched half. */
  static SftpEndpointProducerBuilder sftpOutbox(Channels.Sftp sftp, String folder) {
    SftpEndpointProducerBuilder outbox =
        loggedIn(sftp, folder, "outbox").tempFileName("${file:name}.part").fileExist("Override");
    outbox.advanced().autoCreate(false).connectTimeout(10_000).timeout(30_000);
    return outbox;
  }

  /**
   * One of a unit's SFTP folders, logged in with the county's key; the server's host key is checked
   * against the known-hosts file and nothing else, and each poll or upload connects anew.
   */
  private static SftpEndpointBuilder loggedIn(Channels.Sftp sftp, String folder, String box) {
    return sftp(address(sftp, folder, box))
        .username(sftp.user())
        .privateKeyFile(sftp.privateKey().toAbsolutePath().toString())
        .knownHostsFile(sftp.knownHosts().toAbsolutePath().toString())
        .strictHostKeyChecking("yes")
        .useUserKnownHostsFile(false)
        .disconnect(true);
  }

  private static String address(Channels.Sftp sftp, String folder, String box) {
    String root = sftp.root().map(r -> r.replaceAll("^/+|/+$", "") + "/").orElse("");
    return sftp.host() + ":" + sftp.port() + "/" + root + folder + "/" + box;
  }
}
