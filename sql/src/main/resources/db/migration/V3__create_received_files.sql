-- Every file received, whichever channel it came by. The channel decides the sender;
-- the same bytes from the same sender are one file (never loaded twice).

CREATE TABLE received_file (
  id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  sender_unit    VARCHAR(32)  NOT NULL,
  channel        VARCHAR(8)   NOT NULL,
  original_name  VARCHAR(255) NOT NULL,  -- shown in receipts only, never used as a path
  checksum       CHAR(64)     NOT NULL,  -- SHA-256 of the bytes
  size_bytes     BIGINT       NOT NULL,
  received_at    DATETIME(3)  NOT NULL,  -- Asia/Shanghai local time
  landed_path    VARCHAR(500) NOT NULL,
  status         VARCHAR(10)  NOT NULL,
  reason         VARCHAR(1000) NULL,     -- why a whole file was rejected
  zero_report    TINYINT(1)   NOT NULL DEFAULT 0,
  loaded_at      DATETIME(3)  NULL,
  CONSTRAINT received_file_sender_checksum_uk UNIQUE (sender_unit, checksum),
  CONSTRAINT received_file_sender_fk FOREIGN KEY (sender_unit) REFERENCES unit (code),
  CONSTRAINT received_file_channel_ck CHECK (channel IN ('sftp', 'mail', 'drop', 'hand')),
  CONSTRAINT received_file_status_ck CHECK (status IN ('received', 'loaded', 'rejected')),
  INDEX received_file_received_at_ix (sender_unit, received_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Per file and sheet: what the receipt reports.
CREATE TABLE received_sheet (
  file_id        BIGINT       NOT NULL,
  sheet_name     VARCHAR(64)  NOT NULL,
  record_type    VARCHAR(12)  NULL,      -- NULL: a sheet the standard does not name (ignored)
  rows_loaded    INT          NOT NULL DEFAULT 0,
  rows_replaced  INT          NOT NULL DEFAULT 0,
  rows_unchanged INT          NOT NULL DEFAULT 0,
  rows_rejected  INT          NOT NULL DEFAULT 0,
  PRIMARY KEY (file_id, sheet_name),
  CONSTRAINT received_sheet_file_fk FOREIGN KEY (file_id) REFERENCES received_file (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- One row per problem: a rejected row (sheet, row as the spreadsheet shows it, column,
-- value, plain-Chinese reason), or a rejected file (row_no NULL).
CREATE TABLE file_problem (
  id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  file_id        BIGINT       NOT NULL,
  sheet_name     VARCHAR(64)  NULL,
  row_no         INT          NULL,
  column_name    VARCHAR(64)  NULL,
  cell_value     VARCHAR(500) NULL,
  reason         VARCHAR(500) NOT NULL,
  CONSTRAINT file_problem_file_fk FOREIGN KEY (file_id) REFERENCES received_file (id),
  INDEX file_problem_file_ix (file_id, sheet_name, row_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
