package org.lianxi.jobs.ingest.read;

import java.util.Locale;

/** Says in plain Chinese why a file could not be opened, from what the parser threw. */
final class Unreadable {

  private Unreadable() {}

  static UnreadableFileException from(Throwable e) {
    String message = chain(e).toLowerCase(Locale.ROOT);
    String reason;
    if (message.contains("zip bomb") || message.contains("inflate ratio")) {
      reason = "文件疑似压缩炸弹（解压后体积异常），已拒收";
    } else if (message.contains("more internal file entries")
        || message.contains("max file count")) {
      reason = "文件内部条目过多，已拒收";
    } else if (message.contains("entity")
        || message.contains("doctype")
        || message.contains("dtd")) {
      reason = "文件含有不允许的XML实体声明，已拒收";
    } else if (message.contains("encrypt") || message.contains("password")) {
      reason = "文件已加密，请去除密码后重新报送";
    } else if (message.contains("max entry size") || message.contains("exceeds the max")) {
      reason = "文件内容过大，已拒收";
    } else {
      reason = "文件无法打开：不是有效的Excel工作簿，或文件已损坏";
    }
    return new UnreadableFileException(reason, e);
  }

  private static String chain(Throwable e) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = e; t != null && text.length() < 4000; t = t.getCause()) {
      text.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage()).append(" | ");
      if (t.getCause() == t) {
        break;
      }
    }
    return text.toString();
  }
}
