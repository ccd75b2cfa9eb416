-- A nightly reconcile judges again only what can have changed since the run before it: the
-- records reported in files after that run's settled file, and every judgement still open.
-- settled_file_id: every received file up to this id had been loaded or rejected when the run read
-- the ledger. records_judged: how many records the run judged (all of them in a full run).
ALTER TABLE reconcile_run
  ADD COLUMN scope           VARCHAR(8) NOT NULL DEFAULT 'full',
  ADD COLUMN settled_file_id BIGINT     NOT NULL DEFAULT 0,
  ADD COLUMN records_judged  INT        NULL;

-- The judgements a nightly reconcile takes up again: not yet ended, with a deadline.
CREATE INDEX judgement_open_ix ON judgement (ended_at, due_at);
