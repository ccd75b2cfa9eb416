package org.lianxi.routes;

import java.nio.file.Path;
import org.lianxi.ledger.county.Channels;
import org.lianxi.ledger.county.Unit;

/**
 * The endpoint URIs of every channel, from the county configuration. Host keys are always checked
 * against the configured known-hosts file; files still being written are left for the next poll
 * (read lock: the last change older than a settle time), files waiting together are taken oldest
 * first; taken files move to {@code .done/} or {@code .failed/}.
 */
final class Endpoints {

  /** A file must be unchanged this long before it is taken. */
  static final long SETTLE_MILLIS = 1000;

  /**
   * SFTP listings carry modification times in whole seconds, so a file written a moment ago can
   * look up to a second older than it is; the SFTP age check adds that second back.
   */
  private static final long SFTP_TIME_GRAIN_MILLIS = 1000;

  /** Files waiting together, oldest first: modification time, then name. */
  static final java.util.Comparator<org.apache.camel.component.file.GenericFile<?>> OLDEST_FIRST =
      java.util.Comparator.<org.apache.camel.component.file.GenericFile<?>>comparingLong(
              org.apache.camel.component.file.GenericFile::getLastModified)
          .thenComparing(org.apache.camel.component.file.GenericFile::getFileNameOnly);

  private final Path data;

  Endpoints(Path data) {
    this.data = data.toAbsolutePath();
  }

  /**
   * Camel's "changed" lock with a minimum age takes a file once its last change is that old. Files
   * waiting together are taken oldest first (modification time, then name): a backlog of a unit's
   * corrections is loaded in the order the unit wrote them, so the last one stays current.
   */
  private static String take(long minAgeMillis) {
    // Not eager: a one-pass collect takes its files one poll at a time, and an eager limit would
    // take whichever file the listing gave first instead of the oldest.
    return "&sorter=#oldestFirst&eagerMaxMessagesPerPoll=false"
        + "&antExclude=*.part,*.tmp&readLock=changed&readLockMinAge="
        + minAgeMillis
        + "&readLockCheckInterval=500&readLockTimeout="
        + (minAgeMillis + 4000)
        + "&move=.done&moveFailed=.failed&filter=#safeNames&pollStrategy=#pollFailures";
  }

  String dropInbox(Unit unit) {
    return "file:"
        + data.resolve("inbox").resolve(unit.code())
        + "?autoCreate=true"
        + take(SETTLE_MILLIS);
  }

  String sftpInbox(Channels.Sftp sftp, Unit unit) {
    return sftp(sftp, unit, "inbox")
        + take(SETTLE_MILLIS + SFTP_TIME_GRAIN_MILLIS)
        + "&idempotent=true&idempotentRepository=#collected"
        + "&idempotentKey=${file:name}-${file:size}-${file:modified}"
        + "&localWorkDirectory="
        + data.resolve("work").resolve("sftp");
  }

  String sftpOutbox(Channels.Sftp sftp, Unit unit) {
    // Uploaded under a temporary name and renamed: a unit never fetches half a file.
    return sftp(sftp, unit, "outbox") + "&tempFileName=${file:name}.part&fileExist=Override";
  }

  private static String sftp(Channels.Sftp sftp, Unit unit, String box) {
    String root = sftp.root().map(r -> r.replaceAll("^/+|/+$", "") + "/").orElse("");
    return "sftp://"
        + sftp.user()
        + "@"
        + sftp.host()
        + ":"
        + sftp.port()
        + "/"
        + root
        + unit.sftpFolder().orElseThrow()
        + "/"
        + box
        + "?privateKeyFile="
        + sftp.privateKey().toAbsolutePath()
        + "&knownHostsFile="
        + sftp.knownHosts().toAbsolutePath()
        + "&strictHostKeyChecking=yes&useUserKnownHostsFile=false&autoCreate=false"
        + "&connectTimeout=10000&timeout=30000&disconnect=true&throwExceptionOnConnectFailed=true";
  }
}
