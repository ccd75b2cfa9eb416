-- Files uploaded on the console's 报送 page come by a channel of their own, 'console'.
-- DROP CONSTRAINT names a CHECK constraint on MariaDB and on MySQL 8.0.19 and later.
ALTER TABLE received_file DROP CONSTRAINT received_file_channel_ck;
ALTER TABLE received_file
  ADD CONSTRAINT received_file_channel_ck
  CHECK (channel IN ('sftp', 'mail', 'drop', 'hand', 'console'));
