-- When each side's record first arrived, in whatever file, kept on every version: reconcile and
-- the reports read it for every current version, and working it out from the versions and their
-- files (a GROUP BY over the whole table) was half the time of a province's reconcile. The ledger
-- writes it from now on (the first version: its file's arrival; a later one: the earlier of the
-- version before and its own file's); here it is worked out once for what is already there.

ALTER TABLE referral_report ADD COLUMN first_arrived DATETIME(3) NULL AFTER superseded_at;
UPDATE referral_report r
  JOIN (SELECT v.record_key, v.reporting_unit, MIN(f.received_at) AS first_arrived
        FROM referral_report v JOIN received_file f ON f.id = v.file_id
        GROUP BY v.record_key, v.reporting_unit) a
    ON a.record_key = r.record_key AND a.reporting_unit = r.reporting_unit
  SET r.first_arrived = a.first_arrived;
ALTER TABLE referral_report MODIFY first_arrived DATETIME(3) NOT NULL;

ALTER TABLE complaint_report ADD COLUMN first_arrived DATETIME(3) NULL AFTER superseded_at;
UPDATE complaint_report r
  JOIN (SELECT v.record_key, v.reporting_unit, MIN(f.received_at) AS first_arrived
        FROM complaint_report v JOIN received_file f ON f.id = v.file_id
        GROUP BY v.record_key, v.reporting_unit) a
    ON a.record_key = r.record_key AND a.reporting_unit = r.reporting_unit
  SET r.first_arrived = a.first_arrived;
ALTER TABLE complaint_report MODIFY first_arrived DATETIME(3) NOT NULL;

ALTER TABLE assistance_report ADD COLUMN first_arrived DATETIME(3) NULL AFTER superseded_at;
UPDATE assistance_report r
  JOIN (SELECT v.record_key, v.reporting_unit, MIN(f.received_at) AS first_arrived
        FROM assistance_report v JOIN received_file f ON f.id = v.file_id
        GROUP BY v.record_key, v.reporting_unit) a
    ON a.record_key = r.record_key AND a.reporting_unit = r.reporting_unit
  SET r.first_arrived = a.first_arrived;
ALTER TABLE assistance_report MODIFY first_arrived DATETIME(3) NOT NULL;

ALTER TABLE decision_report ADD COLUMN first_arrived DATETIME(3) NULL AFTER superseded_at;
UPDATE decision_report r
  JOIN (SELECT v.record_key, v.reporting_unit, MIN(f.received_at) AS first_arrived
        FROM decision_report v JOIN received_file f ON f.id = v.file_id
        GROUP BY v.record_key, v.reporting_unit) a
    ON a.record_key = r.record_key AND a.reporting_unit = r.reporting_unit
  SET r.first_arrived = a.first_arrived;
ALTER TABLE decision_report MODIFY first_arrived DATETIME(3) NOT NULL;

ALTER TABLE criminal_report ADD COLUMN first_arrived DATETIME(3) NULL AFTER superseded_at;
UPDATE criminal_report r
  JOIN (SELECT v.record_key, v.reporting_unit, MIN(f.received_at) AS first_arrived
        FROM criminal_report v JOIN received_file f ON f.id = v.file_id
        GROUP BY v.record_key, v.reporting_unit) a
    ON a.record_key = r.record_key AND a.reporting_unit = r.reporting_unit
  SET r.first_arrived = a.first_arrived;
ALTER TABLE criminal_report MODIFY first_arrived DATETIME(3) NOT NULL;

ALTER TABLE dispute_report ADD COLUMN first_arrived DATETIME(3) NULL AFTER superseded_at;
UPDATE dispute_report r
  JOIN (SELECT v.record_key, v.reporting_unit, MIN(f.received_at) AS first_arrived
        FROM dispute_report v JOIN received_file f ON f.id = v.file_id
        GROUP BY v.record_key, v.reporting_unit) a
    ON a.record_key = r.record_key AND a.reporting_unit = r.reporting_unit
  SET r.first_arrived = a.first_arrived;
ALTER TABLE dispute_report MODIFY first_arrived DATETIME(3) NOT NULL;

ALTER TABLE joint_report ADD COLUMN first_arrived DATETIME(3) NULL AFTER superseded_at;
UPDATE joint_report r
  JOIN (SELECT v.record_key, v.reporting_unit, MIN(f.received_at) AS first_arrived
        FROM joint_report v JOIN received_file f ON f.id = v.file_id
        GROUP BY v.record_key, v.reporting_unit) a
    ON a.record_key = r.record_key AND a.reporting_unit = r.reporting_unit
  SET r.first_arrived = a.first_arrived;
ALTER TABLE joint_report MODIFY first_arrived DATETIME(3) NOT NULL;

ALTER TABLE notice_report ADD COLUMN first_arrived DATETIME(3) NULL AFTER superseded_at;
UPDATE notice_report r
  JOIN (SELECT v.record_key, v.reporting_unit, MIN(f.received_at) AS first_arrived
        FROM notice_report v JOIN received_file f ON f.id = v.file_id
        GROUP BY v.record_key, v.reporting_unit) a
    ON a.record_key = r.record_key AND a.reporting_unit = r.reporting_unit
  SET r.first_arrived = a.first_arrived;
ALTER TABLE notice_report MODIFY first_arrived DATETIME(3) NOT NULL;

ALTER TABLE resolution_report ADD COLUMN first_arrived DATETIME(3) NULL AFTER superseded_at;
UPDATE resolution_report r
  JOIN (SELECT v.record_key, v.reporting_unit, MIN(f.received_at) AS first_arrived
        FROM resolution_report v JOIN received_file f ON f.id = v.file_id
        GROUP BY v.record_key, v.reporting_unit) a
    ON a.record_key = r.record_key AND a.reporting_unit = r.reporting_unit
  SET r.first_arrived = a.first_arrived;
ALTER TABLE resolution_report MODIFY first_arrived DATETIME(3) NOT NULL;
