package org.lianxi.ledger.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lianxi.ledger.testing.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Files registered many at a time: the same bytes from the same sender are one file, whether sent
 * before or twice in the same list; every file lands once under its checksum.
 */
class ReceivedFilesTest {

  private static final LocalDateTime NINE = LocalDateTime.of(2026, 3, 2, 9, 0, 0, 123_456_789);

  private final DataSource dataSource = TestDatabase.fresh();
  private final JdbcClient jdbc = JdbcClient.create(dataSource);
  @TempDir Path dir;

  private Path file(String name, String content) throws Exception {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  @Test
  void theSameBytesFromTheSameSenderAreOneFileWhenSentBeforeOrTwiceInOneList() throws Exception {
    for (String code : List.of("T01", "D01")) {
      jdbc.sql("INSERT INTO unit VALUES (?, ?, 'TOWNSHIP', NOW())").params(code, code).update();
    }
    ReceivedFiles files = new ReceivedFiles(dataSource, dir.resolve("landed"));
    Path a = file("a.xlsx", "first");
    Path b = file("b.xlsx", "second");
    ReceivedFile before = files.register("T01", Channel.SFTP, "../../a.xlsx", a, NINE);
    assertThat(before.newlyRegistered()).isTrue();
    assertThat(before.originalName()).isEqualTo("a.xlsx");
    assertThat(before.receivedAt()).isEqualTo(NINE.withNano(123_000_000));

    List<Arrival> arrivals = new ArrayList<>();
    arrivals.add(new Arrival("T01", Channel.MAIL, "again.xlsx", a, NINE.plusHours(1))); // before
    arrivals.add(new Arrival("T01", Channel.DROP, "b.xlsx", b, NINE.plusHours(2))); // new
    arrivals.add(new Arrival("T01", Channel.SFTP, "b-copy.xlsx", b, NINE.plusHours(3))); // twice
    arrivals.add(new Arrival("D01", Channel.DROP, "b.xlsx", b, NINE.plusHours(4))); // other sender
    List<ReceivedFile> registered = files.registerAll(arrivals);

    assertThat(registered)
        .extracting(f -> f.sender() + " " + f.originalName() + " " + f.newlyRegistered())
        .containsExactly(
            "T01 a.xlsx false", "T01 b.xlsx true", "T01 b.xlsx false", "D01 b.xlsx true");
    assertThat(registered.get(0).id()).isEqualTo(before.id());
    assertThat(registered.get(2).id()).isEqualTo(registered.get(1).id());
    assertThat(registered.get(3).id()).isNotEqualTo(registered.get(1).id());
    assertThat(registered).allMatch(ReceivedFile::waiting);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM received_file").query(Integer.class).single())
        .isEqualTo(3);
    try (var landed = Files.list(dir.resolve("landed"))) {
      assertThat(landed.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(before.checksum(), registered.get(1).checksum());
    }
    assertThat(files.landedPath(registered.get(3))).hasContent("second");
  }
}
