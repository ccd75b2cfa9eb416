-- Units as registered in county.yaml (synchronised at every start), and the official
-- working-day calendar: a year is covered exactly when it has a calendar_year row.

CREATE TABLE unit (
  code        VARCHAR(32)  NOT NULL PRIMARY KEY,
  name        VARCHAR(200) NOT NULL,
  unit_type   VARCHAR(12)  NOT NULL,
  updated_at  DATETIME(3)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE calendar_year (
  year        SMALLINT     NOT NULL PRIMARY KEY,
  source      VARCHAR(300) NOT NULL,
  checksum    CHAR(64)     NOT NULL,
  imported_at DATETIME(3)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Only the dates that differ from Monday-Friday: off = holiday, work = make-up working day (调休).
-- A year's notice may also arrange the last days of the year before (the 2019 notice did), so a
-- date can stand in two years' data; the later notice decides.
CREATE TABLE calendar_day (
  year        SMALLINT     NOT NULL,
  day         DATE         NOT NULL,
  kind        VARCHAR(4)   NOT NULL,
  name        VARCHAR(32)  NOT NULL,
  PRIMARY KEY (year, day),
  CONSTRAINT calendar_day_year_fk FOREIGN KEY (year) REFERENCES calendar_year (year) ON DELETE CASCADE,
  CONSTRAINT calendar_day_kind_ck CHECK (kind IN ('off', 'work'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
