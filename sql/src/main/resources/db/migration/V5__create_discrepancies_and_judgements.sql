-- What reconciliation finds: fields on which the two sides disagree, and the judgement of
-- every rule on every record as of a date, with the calendar and profile it was judged by.

CREATE TABLE discrepancy (
  id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  record_type         VARCHAR(12)  NOT NULL,
  record_key          VARCHAR(250) NOT NULL,
  field               VARCHAR(32)  NOT NULL,
  authority_unit      VARCHAR(32)  NOT NULL,
  authority_value     VARCHAR(1000) NULL,
  authority_report_id BIGINT       NOT NULL,
  other_unit          VARCHAR(32)  NOT NULL,
  other_value         VARCHAR(1000) NULL,
  other_report_id     BIGINT       NOT NULL,
  found_at            DATETIME(3)  NOT NULL,
  CONSTRAINT discrepancy_uk UNIQUE (record_type, record_key, field)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE judgement (
  id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  record_type         VARCHAR(12)  NOT NULL,
  record_key          VARCHAR(250) NOT NULL,
  rule_name           VARCHAR(24)  NOT NULL,
  owing_unit          VARCHAR(32)  NOT NULL,  -- the unit that owes the action
  starts_at           DATETIME     NOT NULL,
  due_at              DATETIME     NULL,      -- NULL: the profile sets no figure (tracked, not scored)
  ended_at            DATETIME     NULL,
  status              VARCHAR(10)  NOT NULL,  -- ON_TIME, LATE, OPEN, OVERDUE, UNTRACKED
  late_by             INT          NULL,
  late_unit           VARCHAR(2)   NULL,      -- wd or h
  due_soon            TINYINT(1)   NOT NULL DEFAULT 0,
  provisional         TINYINT(1)   NOT NULL DEFAULT 0,
  limit_text          VARCHAR(16)  NOT NULL,  -- as configured, e.g. 3wd, 24h, none
  calendar_version    CHAR(16)     NOT NULL,
  profile_version     CHAR(16)     NOT NULL,
  as_of               DATETIME     NOT NULL,
  CONSTRAINT judgement_uk UNIQUE (record_type, record_key, rule_name, owing_unit),
  INDEX judgement_unit_ix (owing_unit, status),
  INDEX judgement_start_ix (rule_name, starts_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
