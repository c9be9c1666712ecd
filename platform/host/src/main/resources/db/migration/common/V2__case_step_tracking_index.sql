-- Reading one case's history scanned every step, waiting on rows other officers' transactions had just written:
-- officers moving different cases deadlocked.
CREATE INDEX idx_case_step_tracking ON case_step (tracking);
