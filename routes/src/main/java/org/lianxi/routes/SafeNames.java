package org.lianxi.routes;

import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileFilter;

/**
 * Takes only plain file names from a listing: nothing with a path separator, {@code ..}, control
 * characters, a leading dot, or an upload still under a temporary name ({@code .part}, {@code
 * .tmp}). A name from a listing is never trusted to stay inside our folders.
 */
public final class SafeNames<T> implements GenericFileFilter<T> {

  @Override
  public boolean accept(GenericFile<T> file) {
    return !file.isDirectory()
        && isSafe(file.getFileNameOnly())
        && isSafe(file.getRelativeFilePath());
  }

  public static boolean isSafe(String name) {
    if (name == null || name.isBlank() || name.length() > 200) {
      return false;
    }
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    return !name.contains("/")
        && !name.contains("\\")
        && !name.contains("..")
        && !name.startsWith(".")
        && name.chars().noneMatch(Character::isISOControl)
        && !lower.endsWith(".part")
        && !lower.endsWith(".tmp");
  }
}
