-- The organization's trail: who changed what and when, one row per write.
CREATE TABLE activity (
    id               UUID PRIMARY KEY,
    organization_id  UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    occurred_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id         UUID,
    actor_name       VARCHAR(254) NOT NULL,
    action           VARCHAR(60) NOT NULL,
    subject          VARCHAR(200) NOT NULL,
    summary          TEXT NOT NULL
);
CREATE INDEX activity_org_time_idx ON activity (organization_id, occurred_at);
