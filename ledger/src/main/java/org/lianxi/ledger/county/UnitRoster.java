package org.lianxi.ledger.county;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.lianxi.ledger.config.YamlFile;
import tools.jackson.core.JsonPointer;

/**
 * The units of {@code county.yaml}, checked one against the other: a code used twice, a name or
 * alias two units share (codes, full names and aliases all identify a unit, compared after
 * full-width folding), a mail address or SFTP folder two units register.
 */
final class UnitRoster {

  private static final JsonPointer UNITS = JsonPointer.compile("/units");
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,32}");
  private static final Pattern FOLDER = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

  private final YamlFile file;
  private final List<Unit> units = new ArrayList<>();
  private final Map<String, String> nameOwners = new HashMap<>();
  private final Map<String, String> emailOwners = new HashMap<>();
  private final Map<String, String> folderOwners = new HashMap<>();

  private UnitRoster(YamlFile file) {
    this.file = file;
  }

  static List<Unit> read(List<CountyFile.Unit> entries, YamlFile file) {
    if (entries.isEmpty()) {
      throw file.error(UNITS, "at least one unit is needed");
    }
    UnitRoster roster = new UnitRoster(file);
    for (int i = 0; i < entries.size(); i++) {
      roster.add(entries.get(i), UNITS.appendIndex(i));
    }
    return roster.units;
  }

  private void add(CountyFile.Unit entry, JsonPointer at) {
    String code = entry.code();
    JsonPointer codeAt = at.appendProperty("code");
    if (!CODE.matcher(code).matches()) {
      throw file.error(codeAt, "a unit code is 1-32 letters, digits, '-' or '_': '" + code + "'");
    }
    if (units.stream().anyMatch(existing -> existing.code().equals(code))) {
      throw file.error(codeAt, "the unit code '" + code + "' is used twice");
    }
    entry
        .sftpFolder()
        .ifPresent(
            folder -> {
              JsonPointer folderAt = at.appendProperty("sftp-folder");
              if (!FOLDER.matcher(folder).matches() || folder.matches("\\.+")) {
                throw file.error(
                    folderAt,
                    "an SFTP folder is one plain folder name (letters, digits, '.', '-', '_')");
              }
              claim(folderOwners, folder, code, folderAt, "SFTP folder");
            });
    for (int i = 0; i < entry.emails().size(); i++) {
      String email = entry.emails().get(i);
      JsonPointer emailAt = at.appendProperty("emails").appendIndex(i);
      if (!EMAIL.matcher(email).matches()) {
        throw file.error(emailAt, "'" + email + "' is not a mail address");
      }
      claim(emailOwners, email.toLowerCase(Locale.ROOT), code, emailAt, "address");
    }
    claimName(code, code, codeAt);
    claimName(entry.name(), code, at.appendProperty("name"));
    for (int i = 0; i < entry.aliases().size(); i++) {
      claimName(entry.aliases().get(i), code, at.appendProperty("aliases").appendIndex(i));
    }
    units.add(
        new Unit(
            code,
            entry.name(),
            entry.type(),
            entry.aliases(),
            entry.sftpFolder(),
            entry.emails(),
            entry.liaison().map(l -> new Unit.Liaison(l.name(), l.phone()))));
  }

  private void claimName(String name, String owner, JsonPointer at) {
    claim(nameOwners, UnitNames.key(name), owner, at, "name or alias '" + name + "'");
  }

  /** Records that {@code owner} uses a value; a second unit using it is a mistake. */
  private void claim(
      Map<String, String> owners, String value, String owner, JsonPointer at, String what) {
    String previous = owners.putIfAbsent(value, owner);
    if (previous != null && !previous.equals(owner)) {
      throw file.error(at, "the " + what + " is used by both " + previous + " and " + owner);
    }
  }
}
