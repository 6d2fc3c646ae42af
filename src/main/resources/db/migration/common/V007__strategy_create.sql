-- Initiatives: the strategy inventory. Each serves pillars (by key), advances objectives and addresses
-- journey pain points (kept as text references journey.stage.painPoint until the journeys module exists).
CREATE TABLE initiative (
    id               UUID PRIMARY KEY,
    organization_id  UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    initiative_key   VARCHAR(60) NOT NULL,
    name             VARCHAR(200) NOT NULL,
    description      TEXT NOT NULL DEFAULT '',
    owner_id         UUID REFERENCES person (id),
    status           VARCHAR(20) NOT NULL,
    start_date       DATE,
    end_date         DATE,
    budget           NUMERIC(14, 2) NOT NULL DEFAULT 0,
    fte              NUMERIC(8, 2) NOT NULL DEFAULT 0,
    progress         INT NOT NULL DEFAULT 0,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT initiative_key_uk UNIQUE (organization_id, initiative_key),
    CONSTRAINT initiative_status_ck CHECK (status IN ('PROPOSED', 'PLANNED', 'ACTIVE', 'PAUSED', 'COMPLETED', 'CANCELLED')),
    CONSTRAINT initiative_dates_ck CHECK (start_date IS NULL OR end_date IS NULL OR end_date >= start_date),
    CONSTRAINT initiative_budget_ck CHECK (budget >= 0),
    CONSTRAINT initiative_fte_ck CHECK (fte >= 0),
    CONSTRAINT initiative_progress_ck CHECK (progress BETWEEN 0 AND 100)
);
CREATE INDEX initiative_org_name_idx ON initiative (organization_id, name);
CREATE INDEX initiative_status_idx ON initiative (organization_id, status);
CREATE INDEX initiative_owner_idx ON initiative (owner_id);

CREATE TABLE initiative_pillar (
    organization_id  UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    initiative_id    UUID NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    pillar_key       VARCHAR(60) NOT NULL,
    PRIMARY KEY (initiative_id, pillar_key)
);
CREATE INDEX initiative_pillar_key_idx ON initiative_pillar (organization_id, pillar_key);

CREATE TABLE initiative_objective (
    organization_id  UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    initiative_id    UUID NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    objective_id     UUID NOT NULL REFERENCES objective (id) ON DELETE CASCADE,
    PRIMARY KEY (initiative_id, objective_id)
);
CREATE INDEX initiative_objective_objective_idx ON initiative_objective (objective_id);
CREATE INDEX initiative_objective_org_idx ON initiative_objective (organization_id);

CREATE TABLE initiative_pain_point (
    organization_id  UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    initiative_id    UUID NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    pain_point_ref   VARCHAR(200) NOT NULL,
    PRIMARY KEY (initiative_id, pain_point_ref)
);
CREATE INDEX initiative_pain_point_org_idx ON initiative_pain_point (organization_id, pain_point_ref);
