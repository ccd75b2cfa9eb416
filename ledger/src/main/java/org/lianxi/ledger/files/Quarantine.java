package org.lianxi.ledger.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The quarantine (隔离区) of {@code DATA/quarantine/}: one folder per mail the mailbox would not load
 * ({@code yyyyMMdd-HHmmss-8hex/} holding {@code message.eml}, or only {@code headers.txt} when it
 * was too large, and {@code reason.txt}). The office releases a mail's files to a unit or discards
 * it; a handled mail moves to {@code .released/} or {@code .discarded/} with {@code handled.txt}
 * saying to whom, by whom, when and why. Plain files: it works whenever the data folder exists.
 */
public final class Quarantine {

  public static final String MESSAGE = "message.eml";
  public static final String HEADERS = "headers.txt";
  public static final String REASON = "reason.txt";
  public static final String HANDLED = "handled.txt";

  /** The mailbox's folder names; nothing else in the folder is an item. */
  private static final Pattern ID = Pattern.compile("\\d{8}-\\d{6}-[0-9a-f]{8}");

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
  private static final String REASON_PREFIX = "隔离原因：";

  /** What the office did with a mail, and the folder it keeps such mails in. */
  public enum Outcome {
    RELEASED(".released", "放行"),
    DISCARDED(".discarded", "删除");

    private final String folder;
    private final String label;

    Outcome(String folder, String label) {
      this.folder = folder;
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /**
   * The office's handling of a mail: the unit released to (none when discarded) and the receipts.
   */
  public record Handling(
      Outcome outcome,
      Optional<String> unit,
      String account,
      LocalDateTime at,
      String reason,
      List<Long> receipts) {}

  /**
   * A quarantined mail. A waiting item with a handling is a release that was begun and not finished
   * (a crash in between): it may only be released again, to the same unit.
   */
  public record Item(
      String id,
      Path folder,
      LocalDateTime quarantinedAt,
      String reason,
      Optional<Path> message,
      Optional<Path> headers,
      Optional<Handling> handling) {

    /** Too large to keep: only its headers were saved, so there is nothing to release. */
    public boolean oversized() {
      return message.isEmpty();
    }
  }

  private final Path root;

  public Quarantine(Path data) {
    this.root = data.resolve("quarantine");
  }

  /** The mails not handled yet, newest first. */
  public List<Item> waiting() {
    List<Item> items = items(root);
    items.sort(Comparator.comparing(Item::id).reversed());
    return items;
  }

  /** The mails released or discarded, the latest handled first. */
  public List<Item> handled() {
    List<Item> items = new ArrayList<>();
    for (Outcome outcome : Outcome.values()) {
      items.addAll(items(root.resolve(outcome.folder)));
    }
    items.sort(
        Comparator.comparing((Item i) -> i.handling().map(Handling::at).orElse(i.quarantinedAt()))
            .thenComparing(Item::id)
            .reversed());
    return items;
  }

  /** A waiting item by an id from outside, matched only against the listing. */
  public Optional<Item> waiting(String id) {
    return waiting().stream().filter(i -> i.id().equals(id)).findFirst();
  }

  /** A handled item by an id from outside, matched only against the listing. */
  public Optional<Item> handled(String id) {
    return handled().stream().filter(i -> i.id().equals(id)).findFirst();
  }

  /** Records a release begun, in place: a retry after a crash must release to the same unit. */
  public void begin(Item item, Handling handling) {
    write(item.folder(), handling);
  }

  /** Records the handling and moves the item out of the waiting ones. */
  public void finish(Item item, Handling handling) {
    write(item.folder(), handling);
    try {
      Path target = Files.createDirectories(root.resolve(handling.outcome().folder));
      Files.move(item.folder(), target.resolve(item.id()), StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot move the quarantined mail " + item.id(), e);
    }
  }

  private static List<Item> items(Path folder) {
    List<Item> items = new ArrayList<>();
    if (!Files.isDirectory(folder)) {
      return items;
    }
    try (var entries = Files.list(folder)) {
      for (Path entry : entries.toList()) {
        String id = entry.getFileName().toString();
        if (Files.isDirectory(entry) && ID.matcher(id).matches()) {
          items.add(item(id, entry));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
    return items;
  }

  private static Item item(String id, Path folder) throws IOException {
    Path reasonFile = folder.resolve(REASON);
    String reason =
        Files.isRegularFile(reasonFile)
            ? Files.readString(reasonFile, StandardCharsets.UTF_8).strip()
            : "";
    if (reason.startsWith(REASON_PREFIX)) {
      reason = reason.substring(REASON_PREFIX.length());
    }
    Path handled = folder.resolve(HANDLED);
    return new Item(
        id,
        folder,
        LocalDateTime.parse(id.substring(0, 15), STAMP),
        reason,
        existing(folder.resolve(MESSAGE)),
        existing(folder.resolve(HEADERS)),
        Files.isRegularFile(handled) ? Optional.of(read(handled)) : Optional.empty());
  }

  private static Optional<Path> existing(Path file) {
    return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
  }

  private static void write(Path folder, Handling handling) {
    StringBuilder text = new StringBuilder();
    text.append("处理：").append(handling.outcome().label()).append('\n');
    handling.unit().ifPresent(unit -> text.append("单位：").append(unit).append('\n'));
    text.append("账号：").append(oneLine(handling.account())).append('\n');
    text.append("时间：").append(handling.at()).append('\n');
    text.append("原因：").append(oneLine(handling.reason())).append('\n');
    if (!handling.receipts().isEmpty()) {
      text.append("回执：");
      text.append(String.join(",", handling.receipts().stream().map(String::valueOf).toList()));
      text.append('\n');
    }
    try {
      // written beside and moved over: a crash leaves the old record or the new one, never half
      Path temp = folder.resolve(HANDLED + ".part");
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      Files.move(
          temp,
          folder.resolve(HANDLED),
          StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot record the handling in " + folder, e);
    }
  }

  private static Handling read(Path file) throws IOException {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      int colon = line.indexOf('：');
      if (colon > 0) {
        fields.put(line.substring(0, colon), line.substring(colon + 1));
      }
    }
    Outcome outcome =
        Outcome.DISCARDED.label.equals(fields.get("处理")) ? Outcome.DISCARDED : Outcome.RELEASED;
    String receipts = fields.getOrDefault("回执", "");
    return new Handling(
        outcome,
        Optional.ofNullable(fields.get("单位")),
        fields.getOrDefault("账号", ""),
        LocalDateTime.parse(fields.getOrDefault("时间", "1970-01-01T00:00")),
        fields.getOrDefault("原因", ""),
        receipts.isEmpty()
            ? List.of()
            : Arrays.stream(receipts.split(",")).map(Long::valueOf).toList());
  }

  private static String oneLine(String text) {
    return text.replaceAll("[\\r\\n\\p{Cntrl}]+", " ").strip();
  }
}
