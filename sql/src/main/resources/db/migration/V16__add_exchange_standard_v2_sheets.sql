-- Exchange standard v2 (../shared/exchange-standard.md, sections 4.10-4.14): the new sheets, kept
-- as the v1 sheets are (every version with its file, sheet and row), and the 抄告单位's own two
-- dates on 处罚决定 (section 7: that unit is their authority, and reports them on its own row).

ALTER TABLE decision_report
  ADD COLUMN received_copy_on DATE NULL AFTER copied_on,      -- 收到抄告日期
  ADD COLUMN guided_on DATE NULL AFTER received_copy_on;      -- 规范指导日期

-- 法制审核 (review, v2): a proposed penalty sent for legal review; key: canonical 送审编号, both sides
CREATE TABLE review_report (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  record_key      VARCHAR(250) NOT NULL,  -- the standard's key (section 6), canonical
  reporting_unit  VARCHAR(32)  NOT NULL,  -- the unit whose file this version came from
  version_no      INT          NOT NULL,
  is_current      TINYINT(1)   NULL,      -- 1 for the side's current version, NULL once superseded
  review_no       VARCHAR(200) NOT NULL,
  review_no_raw   VARCHAR(200) NOT NULL,
  direction       VARCHAR(3)   NOT NULL,  -- OUT (送审) or IN (审核)
  submitter_unit  VARCHAR(32)  NOT NULL,
  reviewer_unit   VARCHAR(32)  NOT NULL,
  party           VARCHAR(500) NOT NULL,
  violation       VARCHAR(1000) NOT NULL,
  submitted_on    DATE         NOT NULL,
  received_on     DATE         NULL,
  reviewed_on     DATE         NULL,
  opinion         VARCHAR(8)   NULL,      -- AGREE (同意), DISAGREE (不同意)
  advice          TEXT         NULL,
  file_id         BIGINT       NOT NULL,
  sheet_name      VARCHAR(64)  NOT NULL,
  row_no          INT          NOT NULL,
  content_hash    CHAR(64)     NOT NULL,  -- of the normalised values: an identical resend is 'unchanged'
  loaded_at       DATETIME(3)  NOT NULL,
  superseded_at   DATETIME(3)  NULL,
  first_arrived   DATETIME(3)  NOT NULL,
  CONSTRAINT review_report_current_uk UNIQUE (record_key, reporting_unit, is_current),
  CONSTRAINT review_report_source_uk UNIQUE (file_id, sheet_name, row_no),
  CONSTRAINT review_report_file_fk FOREIGN KEY (file_id) REFERENCES received_file (id),
  CONSTRAINT review_report_unit_fk FOREIGN KEY (reporting_unit) REFERENCES unit (code),
  INDEX review_report_reviewer_ix (reviewer_unit, submitted_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- 紧急通报 (urgent, v2): an urgent call-out; key: 通报单位 and 通报编号, both sides
CREATE TABLE urgent_report (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  record_key      VARCHAR(250) NOT NULL,  -- the standard's key (section 6), canonical
  reporting_unit  VARCHAR(32)  NOT NULL,  -- the unit whose file this version came from
  version_no      INT          NOT NULL,
  is_current      TINYINT(1)   NULL,      -- 1 for the side's current version, NULL once superseded
  call_no         VARCHAR(100) NOT NULL,
  direction       VARCHAR(3)   NOT NULL,  -- OUT (发出) or IN (收到)
  caller_unit     VARCHAR(32)  NOT NULL,
  responder_unit  VARCHAR(32)  NOT NULL,
  matter          VARCHAR(1000) NOT NULL,
  called_at       DATETIME     NOT NULL,
  arrived_at      DATETIME     NULL,
  handling        TEXT         NULL,
  file_id         BIGINT       NOT NULL,
  sheet_name      VARCHAR(64)  NOT NULL,
  row_no          INT          NOT NULL,
  content_hash    CHAR(64)     NOT NULL,  -- of the normalised values: an identical resend is 'unchanged'
  loaded_at       DATETIME(3)  NOT NULL,
  superseded_at   DATETIME(3)  NULL,
  first_arrived   DATETIME(3)  NOT NULL,
  CONSTRAINT urgent_report_current_uk UNIQUE (record_key, reporting_unit, is_current),
  CONSTRAINT urgent_report_source_uk UNIQUE (file_id, sheet_name, row_no),
  CONSTRAINT urgent_report_file_fk FOREIGN KEY (file_id) REFERENCES received_file (id),
  CONSTRAINT urgent_report_unit_fk FOREIGN KEY (reporting_unit) REFERENCES unit (code),
  INDEX urgent_report_responder_ix (responder_unit, called_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- 数据请求 (datarequest, v2): a request for enforcement data; key: 请求单位 and 请求编号, both sides
CREATE TABLE datarequest_report (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  record_key      VARCHAR(250) NOT NULL,  -- the standard's key (section 6), canonical
  reporting_unit  VARCHAR(32)  NOT NULL,  -- the unit whose file this version came from
  version_no      INT          NOT NULL,
  is_current      TINYINT(1)   NULL,      -- 1 for the side's current version, NULL once superseded
  request_no      VARCHAR(100) NOT NULL,
  direction       VARCHAR(3)   NOT NULL,  -- OUT (发出) or IN (收到)
  requester_unit  VARCHAR(32)  NOT NULL,
  provider_unit   VARCHAR(32)  NOT NULL,
  purpose         VARCHAR(10)  NOT NULL,  -- INDUSTRY, STATISTICS, ARCHIVES, OVERSIGHT, OTHER
  requested_on    DATE         NOT NULL,
  provided_on     DATE         NULL,
  file_id         BIGINT       NOT NULL,
  sheet_name      VARCHAR(64)  NOT NULL,
  row_no          INT          NOT NULL,
  content_hash    CHAR(64)     NOT NULL,  -- of the normalised values: an identical resend is 'unchanged'
  loaded_at       DATETIME(3)  NOT NULL,
  superseded_at   DATETIME(3)  NULL,
  first_arrived   DATETIME(3)  NOT NULL,
  CONSTRAINT datarequest_report_current_uk UNIQUE (record_key, reporting_unit, is_current),
  CONSTRAINT datarequest_report_source_uk UNIQUE (file_id, sheet_name, row_no),
  CONSTRAINT datarequest_report_file_fk FOREIGN KEY (file_id) REFERENCES received_file (id),
  CONSTRAINT datarequest_report_unit_fk FOREIGN KEY (reporting_unit) REFERENCES unit (code),
  INDEX datarequest_report_provider_ix (provider_unit, requested_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- 联席会议 (meeting, v2): the joint meeting's own record, reported by the office; key: 会议编号
CREATE TABLE meeting_report (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  record_key      VARCHAR(250) NOT NULL,  -- the standard's key (section 6), canonical
  reporting_unit  VARCHAR(32)  NOT NULL,  -- the unit whose file this version came from
  version_no      INT          NOT NULL,
  is_current      TINYINT(1)   NULL,      -- 1 for the side's current version, NULL once superseded
  meeting_no      VARCHAR(100) NOT NULL,
  kind            VARCHAR(8)   NOT NULL,  -- ROUTINE (例行), SPECIAL (专题)
  meeting_on      DATE         NOT NULL,  -- planned or held
  called_on       DATE         NULL,      -- 征集通知日期
  topics_due_on   DATE         NULL,
  minutes_on      DATE         NULL,
  convenor        VARCHAR(200) NULL,
  file_id         BIGINT       NOT NULL,
  sheet_name      VARCHAR(64)  NOT NULL,
  row_no          INT          NOT NULL,
  content_hash    CHAR(64)     NOT NULL,  -- of the normalised values: an identical resend is 'unchanged'
  loaded_at       DATETIME(3)  NOT NULL,
  superseded_at   DATETIME(3)  NULL,
  first_arrived   DATETIME(3)  NOT NULL,
  CONSTRAINT meeting_report_current_uk UNIQUE (record_key, reporting_unit, is_current),
  CONSTRAINT meeting_report_source_uk UNIQUE (file_id, sheet_name, row_no),
  CONSTRAINT meeting_report_file_fk FOREIGN KEY (file_id) REFERENCES received_file (id),
  CONSTRAINT meeting_report_unit_fk FOREIGN KEY (reporting_unit) REFERENCES unit (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- 会议议题 (topic, v2): a topic proposed for a meeting; key: 提出单位 and 议题编号
CREATE TABLE topic_report (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  record_key      VARCHAR(250) NOT NULL,  -- the standard's key (section 6), canonical
  reporting_unit  VARCHAR(32)  NOT NULL,  -- the unit whose file this version came from
  version_no      INT          NOT NULL,
  is_current      TINYINT(1)   NULL,      -- 1 for the side's current version, NULL once superseded
  topic_no        VARCHAR(100) NOT NULL,
  meeting_no      VARCHAR(100) NOT NULL,
  proposer_unit   VARCHAR(32)  NOT NULL,
  title           VARCHAR(500) NOT NULL,
  units_involved  VARCHAR(1000) NULL,     -- unit codes, comma-separated
  submitted_on    DATE         NOT NULL,
  verdict         VARCHAR(12)  NULL,      -- TO_MEETING (提交会议), SETTLED (会前协调解决), DECLINED (不予提交)
  file_id         BIGINT       NOT NULL,
  sheet_name      VARCHAR(64)  NOT NULL,
  row_no          INT          NOT NULL,
  content_hash    CHAR(64)     NOT NULL,  -- of the normalised values: an identical resend is 'unchanged'
  loaded_at       DATETIME(3)  NOT NULL,
  superseded_at   DATETIME(3)  NULL,
  first_arrived   DATETIME(3)  NOT NULL,
  CONSTRAINT topic_report_current_uk UNIQUE (record_key, reporting_unit, is_current),
  CONSTRAINT topic_report_source_uk UNIQUE (file_id, sheet_name, row_no),
  CONSTRAINT topic_report_file_fk FOREIGN KEY (file_id) REFERENCES received_file (id),
  CONSTRAINT topic_report_unit_fk FOREIGN KEY (reporting_unit) REFERENCES unit (code),
  INDEX topic_report_meeting_ix (meeting_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- A county may add rules of its own (rules.md, county.yaml rules:): their names are its to choose.
ALTER TABLE judgement MODIFY rule_name VARCHAR(64) NOT NULL;
