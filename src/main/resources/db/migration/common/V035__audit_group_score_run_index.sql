-- The scores of a run are read by organization and run. The organization index led with the group
-- (organization, kind, key): with statistics that had not caught up with the runs, PostgreSQL read every
-- run's team scores through it and filtered by run — 15 ms per dashboard at 23 runs of scale L, more with
-- every check-in's run. Leading with the run, the index serves that read and the organization's deletion.
DROP INDEX audit_group_score_org_idx;
CREATE INDEX audit_group_score_org_idx ON audit_group_score (organization_id, run_id, group_kind);
