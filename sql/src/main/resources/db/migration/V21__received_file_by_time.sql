-- The files of a span of time across every unit (the dashboard's submissions of this week or
-- month) and the latest files: a range and a backwards walk of this index, where the
-- (sender_unit, received_at) index made each unit's every file a row to read (100,000 at a
-- province's year). The primary key rides along, so the latest are in (received_at, id) order.
CREATE INDEX received_file_time_ix ON received_file (received_at);
