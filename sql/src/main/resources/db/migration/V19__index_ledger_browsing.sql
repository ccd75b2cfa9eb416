-- The console's ledger (台账) pages list a type's records newest start first, a page at a time,
-- filtered by unit, rule state, period and text (org.lianxi.ledger.browse.Matching says which
-- query takes which index). At a province's scale (2,000 units, a million rows) none of them may
-- sort or scan a whole table.

-- The list: current rows by the record's start (RecordType.countedBy), read backwards a page at a
-- time; a period is a range of it; the record key makes counting them index-only.
CREATE INDEX referral_report_current_start_ix ON referral_report (is_current, sent_at, record_key);
CREATE INDEX complaint_report_current_start_ix ON complaint_report (is_current, accepted_on, record_key);
CREATE INDEX assistance_report_current_start_ix ON assistance_report (is_current, sent_on, record_key);
CREATE INDEX decision_report_current_start_ix ON decision_report (is_current, decided_on, record_key);
CREATE INDEX criminal_report_current_start_ix ON criminal_report (is_current, sent_on, record_key);
CREATE INDEX dispute_report_current_start_ix ON dispute_report (is_current, raised_on, record_key);
CREATE INDEX joint_report_current_start_ix ON joint_report (is_current, started_on, record_key);
CREATE INDEX notice_report_current_start_ix ON notice_report (is_current, formed_on, record_key);
CREATE INDEX resolution_report_current_start_ix ON resolution_report (is_current, meeting_on, record_key);
CREATE INDEX review_report_current_start_ix ON review_report (is_current, submitted_on, record_key);
CREATE INDEX urgent_report_current_start_ix ON urgent_report (is_current, called_at, record_key);
CREATE INDEX datarequest_report_current_start_ix ON datarequest_report (is_current, requested_on, record_key);
CREATE INDEX meeting_report_current_start_ix ON meeting_report (is_current, meeting_on, record_key);
CREATE INDEX topic_report_current_start_ix ON topic_report (is_current, submitted_on, record_key);

-- A unit's records: its rows by each unit column (those that had no index led by it yet).
CREATE INDEX complaint_report_first_ix ON complaint_report (first_unit);
CREATE INDEX assistance_report_requester_ix ON assistance_report (requester_unit);
CREATE INDEX decision_report_copied_ix ON decision_report (copied_to_unit);
CREATE INDEX criminal_report_sender_ix ON criminal_report (sender_unit);
CREATE INDEX criminal_report_judicial_ix ON criminal_report (judicial_unit);
CREATE INDEX dispute_report_raised_ix ON dispute_report (raised_by);
CREATE INDEX dispute_report_other_ix ON dispute_report (other_unit);
CREATE INDEX joint_report_lead_ix ON joint_report (lead_unit);
CREATE INDEX resolution_report_owner_ix ON resolution_report (owner_unit);
CREATE INDEX review_report_submitter_ix ON review_report (submitter_unit);
CREATE INDEX urgent_report_caller_ix ON urgent_report (caller_unit);
CREATE INDEX datarequest_report_requester_ix ON datarequest_report (requester_unit);
CREATE INDEX topic_report_proposer_ix ON topic_report (proposer_unit);

-- A rule state across every unit (the office's "overdue" list): the judgements of a type in that
-- state, without reading the others; the primary key's record_key rides along in the index.
CREATE INDEX judgement_state_ix ON judgement (record_type, status, due_soon);
