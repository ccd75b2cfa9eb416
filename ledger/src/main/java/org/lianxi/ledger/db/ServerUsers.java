package org.lianxi.ledger.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Who uses the embedded server of one folder, across every process on the machine: a gate (an
 * exclusive lock on {@code start.lock}) that one process at a time holds while it starts, joins or
 * leaves the server, and a shared lock on {@code users.lock} that every process using it holds as
 * long as it does. The process that leaves last (it alone can then lock {@code users.lock}
 * exclusively) stops the server; so a command never stops the server under another, two commands
 * started together never both install it, and a server whose starter was killed is joined by the
 * next command and stopped by the last. File locks belong to the process (the operating system
 * drops them when it dies, {@code kill -9} included); within one process the users are counted
 * here, since Java refuses a second lock on the same file in one JVM.
 */
final class ServerUsers {

  private static final Map<Path, ServerUsers> BY_FOLDER = new HashMap<>();

  private final Path folder;
  private final ReentrantLock gateInProcess = new ReentrantLock();
  private FileChannel gateChannel;
  private FileLock gate;
  private FileChannel usersChannel;
  private FileLock use;
  private int users;

  private ServerUsers(Path folder) {
    this.folder = folder;
  }

  static synchronized ServerUsers of(Path folder) {
    return BY_FOLDER.computeIfAbsent(folder.toAbsolutePath().normalize(), ServerUsers::new);
  }

  /** Waits for the gate: no other process (or thread) starts, joins or leaves meanwhile. */
  void enter() {
    gateInProcess.lock();
    try {
      gateChannel = open("start.lock");
      gate = gateChannel.lock();
    } catch (IOException e) {
      gateInProcess.unlock();
      throw new UncheckedIOException("cannot lock " + folder.resolve("start.lock"), e);
    }
  }

  void exit() {
    try {
      gate.release();
      gateChannel.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      gateInProcess.unlock();
    }
  }

  /** This process uses the server from now on (call within the gate). */
  void join() {
    if (users++ == 0) {
      try {
        usersChannel = open("users.lock");
        use = usersChannel.lock(0, Long.MAX_VALUE, true);
      } catch (IOException e) {
        users--;
        throw new UncheckedIOException("cannot lock " + folder.resolve("users.lock"), e);
      }
    }
  }

  /**
   * This user is done (call within the gate); true when nobody on the machine uses the server any
   * more, so that the caller stops it.
   */
  boolean leaveLast() {
    if (--users > 0) {
      return false;
    }
    try {
      use.release();
      FileLock alone = usersChannel.tryLock(0, Long.MAX_VALUE, false);
      if (alone != null) {
        alone.release();
      }
      usersChannel.close();
      return alone != null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether this process already uses the server (within the gate). */
  boolean usedHere() {
    return users > 0;
  }

  private FileChannel open(String name) throws IOException {
    Files.createDirectories(folder);
    return FileChannel.open(
        folder.resolve(name),
        StandardOpenOption.CREATE,
        StandardOpenOption.READ,
        StandardOpenOption.WRITE);
  }
}
