-- The dashboard's "why is this N?" reads the largest deductions of one group of the latest run. At scale L the
-- organization's group holds ~47,000 of them and PostgreSQL sorted them all on every view (90 ms); in this
-- order the database reads the first dozen and stops. It covers every use of the index it replaces.
CREATE INDEX audit_deduction_top_idx ON audit_deduction (run_id, group_kind, group_key, points DESC, finding_position);
DROP INDEX audit_deduction_group_idx;
