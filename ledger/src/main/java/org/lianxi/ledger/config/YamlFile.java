package org.lianxi.ledger.config;

import com.fasterxml.jackson.annotation.Nulls;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.dataformat.yaml.YAMLAnchorReplayingFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A YAML configuration file, bound by Jackson into records of the file's shape (kebab-case keys,
 * unknown keys refused). A bound value keeps no position, so the file is first read as a stream of
 * tokens that notes the line of every key: a mistake found while binding, or by a check made
 * afterwards, names the file, the line and the key ({@code county.yaml line 12: units[1].code:
 * ...}).
 */
public final class YamlFile {

  private static final ObjectMapper MAPPER =
      // the replaying factory expands aliases (*name) into what their anchor (&name) holds
      YAMLMapper.builder(new YAMLAnchorReplayingFactory())
          .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
          .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
          .changeDefaultNullHandling(nulls -> nulls.withContentNulls(Nulls.FAIL))
          .build();

  private final String source;
  private final String text;
  private final Map<JsonPointer, Integer> lines;

  private YamlFile(String source, String text, Map<JsonPointer, Integer> lines) {
    this.source = source;
    this.text = text;
    this.lines = lines;
  }

  /**
   * Reads one YAML document and notes where its keys stand.
   *
   * @param source how messages name the file
   * @throws ConfigException when it is not YAML, gives a key twice or holds no document
   */
  public static YamlFile read(Reader reader, String source) {
    StringWriter text = new StringWriter();
    try {
      reader.transferTo(text);
    } catch (IOException e) {
      throw new ConfigException(source + ": cannot be read: " + e.getMessage());
    }
    return new YamlFile(source, text.toString(), keyLines(text.toString(), source));
  }

  /**
   * Binds the document into {@code shape}.
   *
   * @throws ConfigException for an unknown key, a missing one, or a value of the wrong kind
   */
  public <T> T bind(Class<T> shape) {
    T value;
    try {
      value = MAPPER.readValue(text, shape);
    } catch (JacksonException e) {
      throw BindingMistakes.describe(e, this);
    }
    if (value == null) {
      throw error(JsonPointer.empty(), "the file holds no settings");
    }
    return value;
  }

  /** A mistake at a key, e.g. {@code /units/1/code}, as found by a check after binding. */
  public ConfigException error(JsonPointer at, String message) {
    return mistake(source, lineOf(at), at, message);
  }

  private static ConfigException mistake(String source, int line, JsonPointer at, String message) {
    return new ConfigException(source + " line " + line + ": " + keyPath(at) + ": " + message);
  }

  /**
   * The value a domain method makes of what the file gives at {@code at}; the method's {@link
   * IllegalArgumentException} becomes a mistake naming that key.
   */
  public <T> T valueAt(JsonPointer at, Supplier<T> making) {
    try {
      return making.get();
    } catch (IllegalArgumentException e) {
      throw error(at, e.getMessage());
    }
  }

  /** Whether the file gives the key at {@code at}. */
  boolean has(JsonPointer at) {
    return lines.containsKey(at);
  }

  /** The line of the key at {@code at}, or of the nearest key around it that the file gives. */
  private int lineOf(JsonPointer at) {
    for (JsonPointer key = at; ; key = key.head()) {
      Integer line = lines.get(key);
      if (line != null) {
        return line;
      }
      if (key.matches()) {
        return 1;
      }
    }
  }

  /** As people read a key: {@code units[1].code}, {@code county.overrides.referral.send}. */
  private static String keyPath(JsonPointer at) {
    StringBuilder path = new StringBuilder();
    for (JsonPointer step = at; !step.matches(); step = step.tail()) {
      if (step.mayMatchElement()) {
        path.append('[').append(step.getMatchingIndex()).append(']');
      } else {
        path.append(path.isEmpty() ? "" : ".").append(step.getMatchingProperty());
      }
    }
    return path.isEmpty() ? "(top level)" : path.toString();
  }

  /** The line of every key and list item; a key given twice in one mapping is refused here. */
  private static Map<JsonPointer, Integer> keyLines(String text, String source) {
    Map<JsonPointer, Integer> lines = new HashMap<>();
    int documents = 0;
    int depth = 0;
    try (JsonParser parser = MAPPER.createParser(text)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        JsonPointer at = parser.streamReadContext().pathAsPointer();
        int line = parser.currentTokenLocation().getLineNr();
        if (token == JsonToken.PROPERTY_NAME && lines.containsKey(at)) {
          throw mistake(source, line, at, "the key '" + parser.currentName() + "' is given twice");
        }
        if (depth == 0 && ++documents > 1) {
          throw mistake(source, line, at, "a second YAML document: only one is read");
        }
        depth += token.isStructStart() ? 1 : token.isStructEnd() ? -1 : 0;
        lines.putIfAbsent(at, line);
      }
    } catch (JacksonException e) {
      throw new ConfigException(
          source + " line " + lineOf(e.getLocation()) + ": not valid YAML: " + problem(e));
    }
    if (documents == 0) {
      throw mistake(source, 1, JsonPointer.empty(), "the file holds no settings");
    }
    return lines;
  }

  private static int lineOf(TokenStreamLocation location) {
    return location == null || location.getLineNr() < 1 ? 1 : location.getLineNr();
  }

  /** The parser's words without the excerpts of the file it quotes (lines that are indented). */
  private static String problem(JacksonException e) {
    return e.getOriginalMessage()
        .lines()
        .filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
        .collect(Collectors.joining(": "));
  }
}
