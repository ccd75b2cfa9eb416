-- What reconcile derives from the reported versions. Every reconcile replaces these rows as a
-- whole (one transaction), so the same ledger and the same as-of date give the same rows.

-- Two-sided records matched: first side = sender / requester / first-receiving unit,
-- second side = receiver / helper / handling unit.
CREATE TABLE record_state (
  record_type         VARCHAR(12)  NOT NULL,
  record_key          VARCHAR(250) NOT NULL,
  first_unit          VARCHAR(32)  NULL,
  second_unit         VARCHAR(32)  NULL,
  first_report_id     BIGINT       NULL,
  second_report_id    BIGINT       NULL,
  missing_side        VARCHAR(6)   NULL,      -- FIRST, SECOND, or NULL when both reported
  from_other_side     VARCHAR(500) NULL,      -- fields taken from the non-authoritative side
  closing_decision    VARCHAR(200) NULL,      -- 处罚决定 whose 关联移送文号 names this referral
  PRIMARY KEY (record_type, record_key),
  INDEX record_state_missing_ix (missing_side, second_unit)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Submissions per unit and period of the profile's cadence (a zero report counts).
CREATE TABLE submission_period (
  unit_code           VARCHAR(32)  NOT NULL,
  period_start        DATE         NOT NULL,
  period_end          DATE         NOT NULL,
  files               INT          NOT NULL,
  zero_reports        INT          NOT NULL,
  rows_submitted      INT          NOT NULL,
  rows_rejected       INT          NOT NULL,
  PRIMARY KEY (unit_code, period_start)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- The last report of each type a unit's shared digest (共享信息) has carried: nothing twice.
CREATE TABLE digest_watermark (
  unit_code           VARCHAR(32)  NOT NULL,
  record_type         VARCHAR(12)  NOT NULL,
  last_report_id      BIGINT       NOT NULL,
  delivered_at        DATETIME(3)  NOT NULL,
  PRIMARY KEY (unit_code, record_type)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Every reconcile: when, as of when, and by which calendar and profile.
CREATE TABLE reconcile_run (
  id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  ran_at              DATETIME(3)  NOT NULL,
  as_of               DATETIME     NOT NULL,
  calendar_version    CHAR(16)     NOT NULL,
  profile_version     CHAR(16)     NOT NULL,
  records             INT          NOT NULL,
  judgements          INT          NOT NULL,
  discrepancies       INT          NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
