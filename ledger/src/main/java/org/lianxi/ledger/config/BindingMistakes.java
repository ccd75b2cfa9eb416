package org.lianxi.ledger.config;

import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * What Jackson found wrong while binding a file, in words for the county's IT: the key it is at
 * (Jackson's path) and what was expected there, never Java class names.
 */
final class BindingMistakes {

  private static final String TIME = "write the time as HH:MM, e.g. \"01:30\"";

  private BindingMistakes() {}

  static ConfigException describe(JacksonException e, YamlFile file) {
    JsonPointer at = pointer(e);
    if (e instanceof UnrecognizedPropertyException unknown) {
      return file.error(
          at,
          "unknown key '"
              + unknown.getPropertyName()
              + "' (known here: "
              + unknown.getKnownPropertyIds().stream()
                  .map(String::valueOf)
                  .sorted()
                  .collect(Collectors.joining(", "))
              + ")");
    }
    if (e instanceof InvalidNullException && !at.matches()) {
      return file.error(
          at,
          at.last().mayMatchElement()
              ? "a list item without a value"
              : "the key '" + at.last().getMatchingProperty() + "' has no value");
    }
    if (e instanceof InvalidFormatException wrong) {
      return file.error(at, wrongValue(wrong.getTargetType(), wrong.getValue()));
    }
    if (e instanceof MismatchedInputException mismatch) {
      // Jackson's path names the key a required key was missing from, and then that key
      if (!at.matches() && !file.has(at)) {
        return file.error(
            at.head(), "the key '" + at.last().getMatchingProperty() + "' is required");
      }
      return file.error(at, expected(mismatch.getTargetType()));
    }
    if (e instanceof InputCoercionException) {
      return file.error(at, "the number is out of range");
    }
    return file.error(
        at, "cannot be read: " + e.getOriginalMessage().lines().findFirst().orElse(""));
  }

  /** Jackson's path (from the top down) as a pointer into the file. */
  private static JsonPointer pointer(JacksonException e) {
    JsonPointer at = JsonPointer.empty();
    for (JacksonException.Reference step : e.getPath()) {
      at =
          step.getPropertyName() != null
              ? at.appendProperty(step.getPropertyName())
              : at.appendIndex(step.getIndex());
    }
    return at;
  }

  /** A plain value that does not read as what belongs at its key. */
  private static String wrongValue(Class<?> target, Object value) {
    if (target != null && target.isEnum()) {
      return "unknown " + words(target) + " '" + value + "' (" + constants(target) + ")";
    }
    if (isWholeNumber(target)) {
      return "expected a whole number, found '" + value + "'";
    }
    if (target == LocalTime.class) {
      return TIME;
    }
    if (target == java.net.URI.class) {
      return "'" + value + "' is not an address";
    }
    return "'" + value + "' is not valid here";
  }

  /** What belongs at a key that holds something of another kind (a list, a mapping, a value). */
  private static String expected(Class<?> target) {
    if (target == null) {
      return "a value of the wrong kind";
    }
    if (Collection.class.isAssignableFrom(target) || target.isArray()) {
      return "expected a list";
    }
    if (Map.class.isAssignableFrom(target) || target.isRecord()) {
      return "expected keys and values";
    }
    if (target.isEnum()) {
      return "expected one of: " + constants(target);
    }
    if (isWholeNumber(target)) {
      return "expected a whole number";
    }
    if (target == LocalTime.class) {
      return TIME;
    }
    return "expected a single value";
  }

  private static boolean isWholeNumber(Class<?> target) {
    return target == Integer.class
        || target == int.class
        || target == Long.class
        || target == long.class;
  }

  private static String constants(Class<?> target) {
    return Arrays.stream(target.getEnumConstants())
        .map(String::valueOf)
        .collect(Collectors.joining(", "));
  }

  /** {@code UnitType} as "unit type". */
  private static String words(Class<?> type) {
    return type.getSimpleName().replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
  }
}
