package org.lianxi.console.web;

import org.lianxi.ledger.accounts.AuditLog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 审计: the audit log, newest first (the auditor and the office). */
@Controller
class AuditController {

  static final int SHOWN = 500;

  /** Each action's name on the page. */
  static final java.util.Map<AuditLog.Action, String> ACTIONS =
      new java.util.EnumMap<>(
          java.util.Map.ofEntries(
              java.util.Map.entry(AuditLog.Action.SIGN_IN, "登录"),
              java.util.Map.entry(AuditLog.Action.SIGN_IN_FAILED, "登录失败"),
              java.util.Map.entry(AuditLog.Action.LOCKED, "账户锁定"),
              java.util.Map.entry(AuditLog.Action.SIGN_OUT, "退出登录"),
              java.util.Map.entry(AuditLog.Action.PASSWORD_CHANGED, "修改密码"),
              java.util.Map.entry(AuditLog.Action.ACCOUNT_ADDED, "新建账户"),
              java.util.Map.entry(AuditLog.Action.ACCOUNT_LOCKED, "停用账户"),
              java.util.Map.entry(AuditLog.Action.ACCOUNT_RESET, "重置密码"),
              java.util.Map.entry(AuditLog.Action.RECEIPT_DOWNLOADED, "下载回执"),
              java.util.Map.entry(AuditLog.Action.FILE_UPLOADED, "报送文件"),
              java.util.Map.entry(AuditLog.Action.TEMPLATE_DOWNLOADED, "下载模板"),
              java.util.Map.entry(AuditLog.Action.TOPIC_PROPOSED, "提出议题"),
              java.util.Map.entry(AuditLog.Action.TOPIC_DECIDED, "审定议题"),
              java.util.Map.entry(AuditLog.Action.MINUTES_DOWNLOADED, "下载会议纪要草稿"),
              java.util.Map.entry(AuditLog.Action.MEETING_SCHEDULED, "安排会议"),
              java.util.Map.entry(AuditLog.Action.REPORT_GENERATED, "生成报告"),
              java.util.Map.entry(AuditLog.Action.REPORT_DOWNLOADED, "下载报告"),
              java.util.Map.entry(AuditLog.Action.PERIOD_CLOSED, "关闭期间"),
              java.util.Map.entry(AuditLog.Action.PERIOD_REOPENED, "重新开放期间"),
              java.util.Map.entry(AuditLog.Action.CHASE_DOWNLOADED, "下载催办单或共享信息"),
              java.util.Map.entry(AuditLog.Action.LEDGER_EXPORTED, "导出台账"),
              java.util.Map.entry(AuditLog.Action.QUARANTINE_RELEASED, "隔离邮件放行"),
              java.util.Map.entry(AuditLog.Action.QUARANTINE_DISCARDED, "隔离邮件删除")));

  private final AuditLog audit;

  AuditController(AuditLog audit) {
    this.audit = audit;
  }

  @GetMapping("/audit")
  String log(Model model) {
    model.addAttribute("entries", audit.latest(SHOWN));
    model.addAttribute("shown", SHOWN);
    model.addAttribute("actions", ACTIONS);
    return "audit";
  }
}
