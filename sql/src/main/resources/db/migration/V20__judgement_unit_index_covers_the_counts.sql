-- The console's dashboard counts every unit's duties per rule and status on each visit (open, due
-- soon, overdue, on time, late): with these columns in the unit index the count reads the index
-- alone, a million judgements at province scale, instead of the table. A unit's own duties
-- (owing_unit = ?) still read it by its first column, as before.
ALTER TABLE judgement
  DROP INDEX judgement_unit_ix,
  ADD INDEX judgement_unit_ix (owing_unit, rule_name, status, due_soon);
