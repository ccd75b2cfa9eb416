-- judgement_state_ix (V19) let 台账's rule-state filter read a type's judgements in one state
-- without the others. Measured at a province's scale (1.2 million judgements): writing them took
-- 9.4 s on the server with it and 7.7 s without, on every full reconcile; the filter it served
-- takes 0.12-0.24 s without it (a range of the primary key, whose first column is the type), and
-- the console keeps its counts until the ledger moves. The reconcile is the one that has to be
-- fast.
DROP INDEX judgement_state_ix ON judgement;
