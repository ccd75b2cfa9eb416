-- A file's receipt is owed until it was written: whatever pass loads a file answers it, and a
-- pass that finds a loaded or rejected file still unanswered (its pass was killed before the
-- receipt) answers it then. Files handled before this change were answered by their own pass.
ALTER TABLE received_file ADD COLUMN answered_at DATETIME(3) NULL;

UPDATE received_file SET answered_at = COALESCE(loaded_at, received_at) WHERE status <> 'received';

-- The files still owed a receipt are found without reading the answered ones.
CREATE INDEX received_file_unanswered_ix ON received_file (answered_at, id);
