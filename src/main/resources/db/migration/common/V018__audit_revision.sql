-- Each organization's revision: bumped in the same transaction as every change the audit hears of (each
-- trail event), so that a node can tell whether its in-memory audit model has seen every change, or
-- another node (or a rolled-forward database) changed the organization meanwhile (ADR 0006).
CREATE TABLE audit_revision (
    organization_id  UUID PRIMARY KEY REFERENCES organization (id) ON DELETE CASCADE,
    revision         BIGINT NOT NULL
);
INSERT INTO audit_revision (organization_id, revision) SELECT id, 0 FROM organization;

-- The revision a run reflects: the latest run is the one of the highest revision (then the latest time).
ALTER TABLE audit_run ADD COLUMN revision BIGINT NOT NULL DEFAULT 0;
CREATE INDEX audit_run_org_revision_idx ON audit_run (organization_id, revision, ran_at);
