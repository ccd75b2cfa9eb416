-- Every intake pass takes the files still waiting (status 'received') up to its newest, oldest
-- first; with a province's files in the table, that must not be a scan of all of them.
CREATE INDEX received_file_status_ix ON received_file (status, id);
