-- Exchange standard v2 (../shared/exchange-standard.md): the columns the seed documents ask to be
-- tracked on the v1 sheets. Older files simply lack them, so every one is nullable.
ALTER TABLE referral_report
  ADD COLUMN oral TINYINT(1) NULL AFTER urgent,             -- 口头移送
  ADD COLUMN paperwork_at DATETIME NULL AFTER oral;         -- 书面补齐时间

ALTER TABLE complaint_report
  ADD COLUMN filed_on DATE NULL AFTER transferred_on;       -- 立案日期

ALTER TABLE assistance_report
  ADD COLUMN received_on DATE NULL AFTER sent_on,           -- 收函日期
  ADD COLUMN issued_on DATE NULL AFTER received_on;         -- 出具日期

ALTER TABLE joint_report
  ADD COLUMN action_kind VARCHAR(8) NULL AFTER lead_unit,   -- 行动类型: JOINT, SPECIAL, RECTIFY, OTHER
  ADD COLUMN notified_on DATE NULL AFTER action_kind;       -- 告知日期
