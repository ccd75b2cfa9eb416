package org.lianxi.ledger;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Items made on a thread of their own while the caller works on the ones before, so that reading (a
 * database, files) and using what was read each keep a core busy. The maker runs at most {@code
 * capacity} items ahead, so the heap holds no more than that. A failure of the maker ends the
 * caller's work with the same exception; closing stops the maker.
 */
public final class ReadAhead<T> implements AutoCloseable {

  /** What makes the items: hands each to the sink, in order, and returns at the end. */
  @FunctionalInterface
  public interface Maker<T> {
    void make(Consumer<T> sink) throws Exception;
  }

  private static final Object END = new Object();

  private final BlockingQueue<Object> ready;
  private final ExecutorService executor;
  private final Future<?> making;
  private boolean ended;

  private ReadAhead(String threadName, int capacity, Maker<T> maker) {
    this.ready = new ArrayBlockingQueue<>(capacity);
    this.executor =
        Executors.newSingleThreadExecutor(
            task -> {
              Thread thread = new Thread(task, threadName);
              thread.setDaemon(true);
              return thread;
            });
    this.making =
        executor.submit(
            () -> {
              maker.make(this::put);
              put(END);
              return null;
            });
  }

  /** Starts making items on a thread called {@code threadName}. */
  public static <T> ReadAhead<T> start(String threadName, int capacity, Maker<T> maker) {
    return new ReadAhead<>(threadName, capacity, maker);
  }

  /** The next item, waiting for it if need be; null when the maker has made them all. */
  @SuppressWarnings("unchecked") // only the maker's items and END are ever queued
  public T next() {
    if (ended) {
      return null;
    }
    try {
      while (true) {
        Object next = ready.poll(100, TimeUnit.MILLISECONDS);
        if (next == END) {
          ended = true;
          making.get();
          return null;
        } else if (next != null) {
          return (T) next;
        } else if (making.isDone() && ready.isEmpty()) {
          making.get(); // the maker failed: its exception ends the caller's work too
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the next item", e);
    } catch (ExecutionException e) {
      ended = true;
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e.getCause() instanceof RuntimeException failure
          ? failure
          : new IllegalStateException(String.valueOf(e.getCause().getMessage()), e.getCause());
    }
  }

  /** Stops the maker, if it is still at work. */
  @Override
  public void close() {
    ended = true;
    making.cancel(true);
    executor.shutdownNow();
  }

  private void put(Object item) {
    try {
      ready.put(item);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("stopped before the caller took everything", e);
    }
  }
}
