-- Frozen periods: once a half year (its briefing) or a year (its assessment) is closed, its
-- figures are kept as computed then and printed again as they are, whatever data arrives later.
-- Reopening deletes the frozen figures; every close and reopen is recorded in period_event.

CREATE TABLE frozen_period (
  period     VARCHAR(8)   NOT NULL,   -- 2026H1 / 2026H2 (the briefing) or 2026 (the assessment)
  frozen_at  DATETIME(3)  NOT NULL,
  as_of      DATE         NOT NULL,   -- the day open records were judged as of
  figures    LONGTEXT     NOT NULL,   -- the computed report (JSON), printed again as is
  PRIMARY KEY (period)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE period_event (
  id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  period     VARCHAR(8)   NOT NULL,
  action     VARCHAR(8)   NOT NULL,   -- CLOSE or REOPEN
  automatic  TINYINT(1)   NOT NULL DEFAULT 0,
  happened_at DATETIME(3) NOT NULL,
  reason     VARCHAR(500) NULL,
  INDEX period_event_ix (period, happened_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
