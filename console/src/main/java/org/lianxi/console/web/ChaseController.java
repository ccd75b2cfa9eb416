package org.lianxi.console.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.lianxi.console.security.ConsoleUser;
import org.lianxi.ledger.accounts.AuditLog;
import org.lianxi.ledger.county.CountyConfig;
import org.lianxi.ledger.county.Unit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * 催办 / 共享: the chase lists (催办单) and shared digests (共享信息) the nightly exchange wrote for each unit
 * into {@code DATA/out/UNIT/}, waiting there or moved to {@code .sent/} once delivered, newest
 * first, downloadable. A liaison sees its own unit's only, whatever the address says; another
 * unit's file is "not found" (404), like one that does not exist.
 */
@Controller
class ChaseController {

  private static final String CHASE = "催办单_";
  private static final String DIGEST = "共享信息_";

  private final CountyConfig county;
  private final AuditLog audit;
  private final Path out;

  ChaseController(CountyConfig county, AuditLog audit, @Value("${lianxi.data:data}") String data) {
    this.county = county;
    this.audit = audit;
    this.out = Path.of(data).resolve("out");
  }

  /** A unit's file as the page lists it. */
  record OutFile(Unit unit, FolderFiles.Listed file, String kind, boolean sent) {}

  @GetMapping("/chase")
  String list(
      @AuthenticationPrincipal ConsoleUser me,
      @RequestParam(defaultValue = "") String unit,
      Model model) {
    String shown = me.liaison() ? me.unit() : unit;
    model.addAttribute("files", files(shown));
    model.addAttribute("units", county.units());
    model.addAttribute("unit", shown);
    return "chase";
  }

  /** One unit's file, by a name matched only against that unit's listing. */
  @GetMapping("/chase/file")
  ResponseEntity<byte[]> download(
      @AuthenticationPrincipal ConsoleUser me,
      @RequestParam(defaultValue = "") String unit,
      @RequestParam(defaultValue = "") String name,
      @RequestParam(defaultValue = "false") boolean sent,
      HttpServletRequest request)
      throws IOException {
    if (unit.isEmpty() || (me.liaison() && !unit.equals(me.unit()))) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    OutFile file =
        files(unit).stream()
            .filter(f -> f.sent() == sent && f.file().name().equals(name))
            .findFirst()
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    byte[] bytes = Files.readAllBytes(file.file().path());
    audit.record(
        me.getUsername(),
        request.getRemoteAddr(),
        AuditLog.Action.CHASE_DOWNLOADED,
        file.unit().code() + " " + file.kind() + " " + name);
    return Downloads.attachment(name, bytes);
  }

  /** The chase lists and digests of one unit (a code, or empty: every unit's), newest first. */
  private List<OutFile> files(String unit) {
    List<OutFile> files = new ArrayList<>();
    for (Unit u : county.units()) {
      if (!unit.isEmpty() && !u.code().equals(unit)) {
        continue;
      }
      Path folder = out.resolve(u.code());
      add(files, u, folder, false);
      add(files, u, folder.resolve(".sent"), true);
    }
    files.sort(
        Comparator.comparing((OutFile f) -> f.file(), FolderFiles.NEWEST_FIRST)
            .thenComparing(f -> f.unit().code()));
    return files;
  }

  private static void add(List<OutFile> files, Unit unit, Path folder, boolean sent) {
    for (FolderFiles.Listed f :
        FolderFiles.list(
            folder, n -> (n.startsWith(CHASE) || n.startsWith(DIGEST)) && n.endsWith(".xlsx"))) {
      files.add(new OutFile(unit, f, f.name().startsWith(CHASE) ? "催办单" : "共享信息", sent));
    }
  }
}
