-- Audit runs: one row per run, kept, so the index has a trend. Scores per pillar and team, kept too.
CREATE TABLE audit_run (
    id               UUID PRIMARY KEY,
    organization_id  UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    as_of            DATE NOT NULL,
    ran_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    trigger_reason   VARCHAR(80) NOT NULL,
    index_value      INT NOT NULL,
    critical_count   INT NOT NULL,
    warning_count    INT NOT NULL,
    info_count       INT NOT NULL,
    duration_ms      BIGINT NOT NULL,
    CONSTRAINT audit_run_index_ck CHECK (index_value BETWEEN 0 AND 100)
);
CREATE INDEX audit_run_org_time_idx ON audit_run (organization_id, ran_at);

CREATE TABLE audit_group_score (
    run_id           UUID NOT NULL REFERENCES audit_run (id) ON DELETE CASCADE,
    organization_id  UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    group_kind       VARCHAR(10) NOT NULL,
    group_key        VARCHAR(60) NOT NULL,
    name             VARCHAR(200) NOT NULL,
    score            INT NOT NULL,
    position         INT NOT NULL,
    PRIMARY KEY (run_id, group_kind, group_key),
    CONSTRAINT audit_group_score_kind_ck CHECK (group_kind IN ('pillar', 'team'))
);
CREATE INDEX audit_group_score_org_idx ON audit_group_score (organization_id, group_kind, group_key);

-- The latest audit of each organization as served: the report JSON (the bytes the command line
-- prints for the same organization and date) and the drawing of the alignment graph.
CREATE TABLE audit_latest (
    organization_id  UUID PRIMARY KEY REFERENCES organization (id) ON DELETE CASCADE,
    run_id           UUID NOT NULL REFERENCES audit_run (id) ON DELETE CASCADE,
    report_json      TEXT NOT NULL,
    graph_json       TEXT NOT NULL
);
CREATE INDEX audit_latest_run_idx ON audit_latest (run_id);

-- Findings and index deductions of the latest run only (replaced at every run), for filtering and paging.
CREATE TABLE audit_finding (
    run_id           UUID NOT NULL REFERENCES audit_run (id) ON DELETE CASCADE,
    organization_id  UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    position         INT NOT NULL,
    code             VARCHAR(40) NOT NULL,
    severity         VARCHAR(10) NOT NULL,
    subject_kind     VARCHAR(20) NOT NULL,
    subject_key      VARCHAR(200) NOT NULL,
    subject_name     VARCHAR(400) NOT NULL,
    evidence         TEXT NOT NULL,
    action           TEXT NOT NULL,
    PRIMARY KEY (run_id, position)
);
CREATE INDEX audit_finding_org_idx ON audit_finding (organization_id, severity, code);

CREATE TABLE audit_deduction (
    run_id            UUID NOT NULL REFERENCES audit_run (id) ON DELETE CASCADE,
    organization_id   UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    group_kind        VARCHAR(12) NOT NULL,
    group_key         VARCHAR(60) NOT NULL,
    finding_position  INT NOT NULL,
    points            NUMERIC(9, 4) NOT NULL,
    CONSTRAINT audit_deduction_kind_ck CHECK (group_kind IN ('organization', 'pillar', 'team'))
);
CREATE INDEX audit_deduction_group_idx ON audit_deduction (run_id, group_kind, group_key);
CREATE INDEX audit_deduction_org_idx ON audit_deduction (organization_id);
