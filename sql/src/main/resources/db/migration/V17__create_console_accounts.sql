-- The console's accounts (console.md): one per person, of one unit, in one role; no account exists
-- until the county makes one (./lianxi user add). Passwords are kept hashed only ({id}hash, the
-- hash naming its own scheme). must_change: a one-time password, changed at the next sign-in.
-- failed_count and locked_until: five failures in a row lock for a while; locked: the office
-- locked it (./lianxi user lock) until it is reset.
CREATE TABLE console_account (
  id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name           VARCHAR(64)  NOT NULL,
  unit_code      VARCHAR(32)  NOT NULL,
  role           VARCHAR(8)   NOT NULL,
  password_hash  VARCHAR(255) NOT NULL,
  must_change    TINYINT(1)   NOT NULL DEFAULT 1,
  failed_count   INT          NOT NULL DEFAULT 0,
  locked_until   DATETIME(3)  NULL,
  locked         TINYINT(1)   NOT NULL DEFAULT 0,
  created_at     DATETIME(3)  NOT NULL,
  changed_at     DATETIME(3)  NOT NULL,
  CONSTRAINT console_account_name_uq UNIQUE (name),
  CONSTRAINT console_account_unit_fk FOREIGN KEY (unit_code) REFERENCES unit (code),
  CONSTRAINT console_account_role_ck CHECK (role IN ('OFFICE', 'UNIT', 'AUDITOR'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Who did what, when and from where: sign-ins, failures, locks, account changes (and, as the
-- console grows, uploads, downloads, releases and period changes). Rows are only ever added.
-- actor: the account name as typed (also for a failed sign-in of a name that does not exist), or
-- the command line's user; remote: the client's address, or 'command line'.
CREATE TABLE console_audit (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  happened_at  DATETIME(3)  NOT NULL,
  actor        VARCHAR(64)  NOT NULL,
  remote       VARCHAR(64)  NOT NULL,
  action       VARCHAR(32)  NOT NULL,
  detail       VARCHAR(500) NULL,
  INDEX console_audit_at_ix (happened_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
