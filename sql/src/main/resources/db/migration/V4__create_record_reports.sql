-- Every record type of the exchange standard, as each side reported it: one row per version,
-- with the file, sheet and row it came from. A corrected row adds a version and supersedes the
-- previous one; nothing is overwritten. Codes of units are unit.code; document numbers are kept
-- canonical (for matching) and as typed (for receipts).

-- 案件移送 (referral)
CREATE TABLE referral_report (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  record_key      VARCHAR(250) NOT NULL,  -- the standard's key (section 6), canonical
  reporting_unit  VARCHAR(32)  NOT NULL,  -- the unit whose file this version came from
  version_no      INT          NOT NULL,
  is_current      TINYINT(1)   NULL,      -- 1 for the side's current version, NULL once superseded
  doc_no          VARCHAR(200) NOT NULL,
  doc_no_raw      VARCHAR(200) NOT NULL,
  direction       VARCHAR(3)   NOT NULL,  -- OUT (移出) or IN (移入)
  sender_unit     VARCHAR(32)  NOT NULL,
  receiver_unit   VARCHAR(32)  NOT NULL,
  party           VARCHAR(500) NOT NULL,
  party_id        VARCHAR(18)  NULL,
  violation       VARCHAR(1000) NOT NULL,
  item_code       VARCHAR(100) NULL,
  found_on        DATE         NOT NULL,
  sent_at         DATETIME     NOT NULL,
  urgent          TINYINT(1)   NULL,
  received_on     DATE         NULL,
  acceptance      VARCHAR(10)  NULL,      -- ACCEPTED (受理), REFUSED (不予受理), SUPPLEMENT (补正)
  notified_on     DATE         NULL,
  refusal_reason  VARCHAR(1000) NULL,
  supplemented_on DATE         NULL,
  outcome         VARCHAR(12)  NULL,      -- FILED, PENALISED, NOT_PENALISED, TO_JUDICIARY, CLOSED
  remarks         VARCHAR(1000) NULL,
  file_id         BIGINT       NOT NULL,
  sheet_name      VARCHAR(64)  NOT NULL,
  row_no          INT          NOT NULL,
  content_hash    CHAR(64)     NOT NULL,  -- of the normalised values: an identical resend is 'unchanged'
  loaded_at       DATETIME(3)  NOT NULL,
  superseded_at   DATETIME(3)  NULL,
  CONSTRAINT referral_report_current_uk UNIQUE (record_key, reporting_unit, is_current),
  CONSTRAINT referral_report_source_uk UNIQUE (file_id, sheet_name, row_no),
  CONSTRAINT referral_report_file_fk FOREIGN KEY (file_id) REFERENCES received_file (id),
  CONSTRAINT referral_report_unit_fk FOREIGN KEY (reporting_unit) REFERENCES unit (code),
  INDEX referral_report_sender_ix (sender_unit, found_on),
  INDEX referral_report_receiver_ix (receiver_unit, sent_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- 投诉举报 (complaint); key: first unit and its registration number
CREATE TABLE complaint_report (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  record_key      VARCHAR(250) NOT NULL,  -- the standard's key (section 6), canonical
  reporting_unit  VARCHAR(32)  NOT NULL,  -- the unit whose file this version came from
  version_no      INT          NOT NULL,
  is_current      TINYINT(1)   NULL,      -- 1 for the side's current version, NULL once superseded
  first_unit      VARCHAR(32)  NOT NULL,
  reg_no          VARCHAR(100) NOT NULL,
  accepted_on     DATE         NOT NULL,
  source_channel  VARCHAR(10)  NULL,      -- HOTLINE, PHONE, LETTER, VISIT, ONLINE, OTHER
  complainant     VARCHAR(200) NULL,      -- personal data: stored, never printed in full
  phone           VARCHAR(50)  NULL,      -- personal data: stored, never printed in full
  respondent      VARCHAR(500) NULL,
  summary         TEXT         NOT NULL,
  handling_unit   VARCHAR(32)  NOT NULL,
  transferred_on  DATE         NULL,
  closed_on       DATE         NULL,
  result          TEXT         NULL,
  answered_on     DATE         NULL,
  feedback_on     DATE         NULL,
  file_id         BIGINT       NOT NULL,
  sheet_name      VARCHAR(64)  NOT NULL,
  row_no          INT          NOT NULL,
  content_hash    CHAR(64)     NOT NULL,  -- of the normalised values: an identical resend is 'unchanged'
  loaded_at       DATETIME(3)  NOT NULL,
  superseded_at   DATETIME(3)  NULL,
  CONSTRAINT complaint_report_current_uk UNIQUE (record_key, reporting_unit, is_current),
  CONSTRAINT complaint_report_source_uk UNIQUE (file_id, sheet_name, row_no),
  CONSTRAINT complaint_report_file_fk FOREIGN KEY (file_id) REFERENCES received_file (id),
  CONSTRAINT complaint_report_unit_fk FOREIGN KEY (reporting_unit) REFERENCES unit (code),
  INDEX complaint_report_handling_ix (handling_unit, accepted_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- 执法协助 (assistance request)
CREATE TABLE assistance_report (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  record_key      VARCHAR(250) NOT NULL,  -- the standard's key (section 6), canonical
  reporting_unit  VARCHAR(32)  NOT NULL,  -- the unit whose file this version came from
  version_no      INT          NOT NULL,
  is_current      TINYINT(1)   NULL,      -- 1 for the side's current version, NULL once superseded
  letter_no       VARCHAR(200) NOT NULL,
  letter_no_raw   VARCHAR(200) NOT NULL,
  direction       VARCHAR(3)   NOT NULL,  -- OUT (发出) or IN (收到)
  requester_unit  VARCHAR(32)  NOT NULL,
  helper_unit     VARCHAR(32)  NOT NULL,
  kind            VARCHAR(12)  NOT NULL,  -- TESTING, PERMITS, ARCHIVES, ON_SITE, OTHER
  sent_on         DATE         NOT NULL,
  answered_on     DATE         NULL,
  extension_note  VARCHAR(1000) NULL,
  file_id         BIGINT       NOT NULL,
  sheet_name      VARCHAR(64)  NOT NULL,
  row_no          INT          NOT NULL,
  content_hash    CHAR(64)     NOT NULL,  -- of the normalised values: an identical resend is 'unchanged'
  loaded_at       DATETIME(3)  NOT NULL,
  superseded_at   DATETIME(3)  NULL,
  CONSTRAINT assistance_report_current_uk UNIQUE (record_key, reporting_unit, is_current),
  CONSTRAINT assistance_report_source_uk UNIQUE (file_id, sheet_name, row_no),
  CONSTRAINT assistance_report_file_fk FOREIGN KEY (file_id) REFERENCES received_file (id),
  CONSTRAINT assistance_report_unit_fk FOREIGN KEY (reporting_unit) REFERENCES unit (code),
  INDEX assistance_report_helper_ix (helper_unit, sent_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- 处罚决定 (penalty decision)
CREATE TABLE decision_report (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  record_key      VARCHAR(250) NOT NULL,  -- the standard's key (section 6), canonical
  reporting_unit  VARCHAR(32)  NOT NULL,  -- the unit whose file this version came from
  version_no      INT          NOT NULL,
  is_current      TINYINT(1)   NULL,      -- 1 for the side's current version, NULL once superseded
  decision_no     VARCHAR(200) NOT NULL,
  decision_no_raw VARCHAR(200) NOT NULL,
  issuer_unit     VARCHAR(32)  NOT NULL,
  party           VARCHAR(500) NOT NULL,
  party_id        VARCHAR(18)  NULL,
  violation       VARCHAR(1000) NOT NULL,
  decided_on      DATE         NOT NULL,
  amount          DECIMAL(16,2) NULL,
  served_on       DATE         NULL,
  referral_no     VARCHAR(200) NULL,      -- canonical 关联移送文号
  referral_no_raw VARCHAR(200) NULL,
  copied_to_unit  VARCHAR(32)  NULL,
  copied_on       DATE         NULL,
  execution       VARCHAR(12)  NULL,      -- DONE, NOT_DONE, INSTALMENTS, ENFORCED
  file_id         BIGINT       NOT NULL,
  sheet_name      VARCHAR(64)  NOT NULL,
  row_no          INT          NOT NULL,
  content_hash    CHAR(64)     NOT NULL,  -- of the normalised values: an identical resend is 'unchanged'
  loaded_at       DATETIME(3)  NOT NULL,
  superseded_at   DATETIME(3)  NULL,
  CONSTRAINT decision_report_current_uk UNIQUE (record_key, reporting_unit, is_current),
  CONSTRAINT decision_report_source_uk UNIQUE (file_id, sheet_name, row_no),
  CONSTRAINT decision_report_file_fk FOREIGN KEY (file_id) REFERENCES received_file (id),
  CONSTRAINT decision_report_unit_fk FOREIGN KEY (reporting_unit) REFERENCES unit (code),
  INDEX decision_report_referral_ix (referral_no),
  INDEX decision_report_issuer_ix (issuer_unit, decided_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- 涉刑移送 (criminal transfer to a judicial organ)
CREATE TABLE criminal_report (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  record_key      VARCHAR(250) NOT NULL,  -- the standard's key (section 6), canonical
  reporting_unit  VARCHAR(32)  NOT NULL,  -- the unit whose file this version came from
  version_no      INT          NOT NULL,
  is_current      TINYINT(1)   NULL,      -- 1 for the side's current version, NULL once superseded
  transfer_no     VARCHAR(200) NOT NULL,
  transfer_no_raw VARCHAR(200) NOT NULL,
  sender_unit     VARCHAR(32)  NOT NULL,
  judicial_unit   VARCHAR(32)  NOT NULL,
  party           VARCHAR(500) NOT NULL,
  suspicion       VARCHAR(1000) NOT NULL,
  sent_on         DATE         NOT NULL,
  accepted_on     DATE         NULL,
  result          VARCHAR(10)  NULL,      -- FILED, NOT_FILED, RETURNED
  file_id         BIGINT       NOT NULL,
  sheet_name      VARCHAR(64)  NOT NULL,
  row_no          INT          NOT NULL,
  content_hash    CHAR(64)     NOT NULL,  -- of the normalised values: an identical resend is 'unchanged'
  loaded_at       DATETIME(3)  NOT NULL,
  superseded_at   DATETIME(3)  NULL,
  CONSTRAINT criminal_report_current_uk UNIQUE (record_key, reporting_unit, is_current),
  CONSTRAINT criminal_report_source_uk UNIQUE (file_id, sheet_name, row_no),
  CONSTRAINT criminal_report_file_fk FOREIGN KEY (file_id) REFERENCES received_file (id),
  CONSTRAINT criminal_report_unit_fk FOREIGN KEY (reporting_unit) REFERENCES unit (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- 执法争议 (enforcement dispute); key: raising unit and its number
CREATE TABLE dispute_report (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  record_key      VARCHAR(250) NOT NULL,  -- the standard's key (section 6), canonical
  reporting_unit  VARCHAR(32)  NOT NULL,  -- the unit whose file this version came from
  version_no      INT          NOT NULL,
  is_current      TINYINT(1)   NULL,      -- 1 for the side's current version, NULL once superseded
  raised_by       VARCHAR(32)  NOT NULL,
  dispute_no      VARCHAR(100) NOT NULL,
  other_unit      VARCHAR(32)  NOT NULL,
  matter          VARCHAR(1000) NOT NULL,
  raised_on       DATE         NOT NULL,
  settlement      VARCHAR(12)  NULL,      -- AGREED, DESIGNATED, UNRESOLVED
  closed_on       DATE         NULL,
  file_id         BIGINT       NOT NULL,
  sheet_name      VARCHAR(64)  NOT NULL,
  row_no          INT          NOT NULL,
  content_hash    CHAR(64)     NOT NULL,  -- of the normalised values: an identical resend is 'unchanged'
  loaded_at       DATETIME(3)  NOT NULL,
  superseded_at   DATETIME(3)  NULL,
  CONSTRAINT dispute_report_current_uk UNIQUE (record_key, reporting_unit, is_current),
  CONSTRAINT dispute_report_source_uk UNIQUE (file_id, sheet_name, row_no),
  CONSTRAINT dispute_report_file_fk FOREIGN KEY (file_id) REFERENCES received_file (id),
  CONSTRAINT dispute_report_unit_fk FOREIGN KEY (reporting_unit) REFERENCES unit (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- 联合执法 (joint enforcement action); key: lead unit and action number
CREATE TABLE joint_report (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  record_key      VARCHAR(250) NOT NULL,  -- the standard's key (section 6), canonical
  reporting_unit  VARCHAR(32)  NOT NULL,  -- the unit whose file this version came from
  version_no      INT          NOT NULL,
  is_current      TINYINT(1)   NULL,      -- 1 for the side's current version, NULL once superseded
  lead_unit       VARCHAR(32)  NOT NULL,
  action_no       VARCHAR(100) NOT NULL,
  participants    VARCHAR(1000) NOT NULL, -- unit codes, comma-separated
  started_on      DATE         NOT NULL,
  ended_on        DATE         NULL,
  matter          VARCHAR(1000) NOT NULL,
  inspections     INT          NULL,
  problems        INT          NULL,
  cases           INT          NULL,
  file_id         BIGINT       NOT NULL,
  sheet_name      VARCHAR(64)  NOT NULL,
  row_no          INT          NOT NULL,
  content_hash    CHAR(64)     NOT NULL,  -- of the normalised values: an identical resend is 'unchanged'
  loaded_at       DATETIME(3)  NOT NULL,
  superseded_at   DATETIME(3)  NULL,
  CONSTRAINT joint_report_current_uk UNIQUE (record_key, reporting_unit, is_current),
  CONSTRAINT joint_report_source_uk UNIQUE (file_id, sheet_name, row_no),
  CONSTRAINT joint_report_file_fk FOREIGN KEY (file_id) REFERENCES received_file (id),
  CONSTRAINT joint_report_unit_fk FOREIGN KEY (reporting_unit) REFERENCES unit (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- 信息通报 (notice); key: reporting unit and notice number
CREATE TABLE notice_report (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  record_key      VARCHAR(250) NOT NULL,  -- the standard's key (section 6), canonical
  reporting_unit  VARCHAR(32)  NOT NULL,  -- the unit whose file this version came from
  version_no      INT          NOT NULL,
  is_current      TINYINT(1)   NULL,      -- 1 for the side's current version, NULL once superseded
  notice_no       VARCHAR(100) NOT NULL,
  category        VARCHAR(12)  NOT NULL,  -- LAW, PERMIT, DISCRETION, PROCEDURE, INSPECTION, STATISTICS, BRIEFING, OTHER
  title           VARCHAR(500) NOT NULL,
  formed_on       DATE         NOT NULL,
  shared_with     VARCHAR(1000) NULL,     -- unit codes, comma-separated, or ALL (全体)
  file_id         BIGINT       NOT NULL,
  sheet_name      VARCHAR(64)  NOT NULL,
  row_no          INT          NOT NULL,
  content_hash    CHAR(64)     NOT NULL,  -- of the normalised values: an identical resend is 'unchanged'
  loaded_at       DATETIME(3)  NOT NULL,
  superseded_at   DATETIME(3)  NULL,
  CONSTRAINT notice_report_current_uk UNIQUE (record_key, reporting_unit, is_current),
  CONSTRAINT notice_report_source_uk UNIQUE (file_id, sheet_name, row_no),
  CONSTRAINT notice_report_file_fk FOREIGN KEY (file_id) REFERENCES received_file (id),
  CONSTRAINT notice_report_unit_fk FOREIGN KEY (reporting_unit) REFERENCES unit (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- 议定事项 (joint-meeting resolution)
CREATE TABLE resolution_report (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  record_key      VARCHAR(250) NOT NULL,  -- the standard's key (section 6), canonical
  reporting_unit  VARCHAR(32)  NOT NULL,  -- the unit whose file this version came from
  version_no      INT          NOT NULL,
  is_current      TINYINT(1)   NULL,      -- 1 for the side's current version, NULL once superseded
  item_no         VARCHAR(100) NOT NULL,
  meeting_on      DATE         NOT NULL,
  owner_unit      VARCHAR(32)  NOT NULL,
  content         TEXT         NOT NULL,
  due_on          DATE         NULL,
  progress        VARCHAR(12)  NOT NULL,  -- DONE, IN_PROGRESS, NOT_STARTED
  closed_on       DATE         NULL,
  file_id         BIGINT       NOT NULL,
  sheet_name      VARCHAR(64)  NOT NULL,
  row_no          INT          NOT NULL,
  content_hash    CHAR(64)     NOT NULL,  -- of the normalised values: an identical resend is 'unchanged'
  loaded_at       DATETIME(3)  NOT NULL,
  superseded_at   DATETIME(3)  NULL,
  CONSTRAINT resolution_report_current_uk UNIQUE (record_key, reporting_unit, is_current),
  CONSTRAINT resolution_report_source_uk UNIQUE (file_id, sheet_name, row_no),
  CONSTRAINT resolution_report_file_fk FOREIGN KEY (file_id) REFERENCES received_file (id),
  CONSTRAINT resolution_report_unit_fk FOREIGN KEY (reporting_unit) REFERENCES unit (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
