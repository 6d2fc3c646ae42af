-- Objectives cascade through parent; they serve pillars (by key), belong to a team, have an owner and a
-- priority rank within their team. Key results measure them; check-ins record progress.
CREATE TABLE objective (
    id               UUID PRIMARY KEY,
    organization_id  UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    objective_key    VARCHAR(60) NOT NULL,
    title            VARCHAR(200) NOT NULL,
    description      TEXT NOT NULL DEFAULT '',
    owner_id         UUID REFERENCES person (id),
    team_id          UUID REFERENCES team (id),
    parent_id        UUID REFERENCES objective (id),
    priority         INT NOT NULL DEFAULT 0,
    start_date       DATE,
    due_date         DATE,
    status           VARCHAR(20) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT objective_key_uk UNIQUE (organization_id, objective_key),
    CONSTRAINT objective_status_ck CHECK (status IN ('PLANNED', 'ACTIVE', 'COMPLETED', 'CANCELLED'))
);
CREATE INDEX objective_team_priority_idx ON objective (organization_id, team_id, priority);
CREATE INDEX objective_owner_idx ON objective (owner_id);
CREATE INDEX objective_parent_idx ON objective (parent_id);
CREATE INDEX objective_team_idx ON objective (team_id);
CREATE INDEX objective_status_idx ON objective (organization_id, status);

CREATE TABLE objective_pillar (
    organization_id  UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    objective_id     UUID NOT NULL REFERENCES objective (id) ON DELETE CASCADE,
    pillar_key       VARCHAR(60) NOT NULL,
    PRIMARY KEY (objective_id, pillar_key)
);
CREATE INDEX objective_pillar_key_idx ON objective_pillar (organization_id, pillar_key);

CREATE TABLE key_result (
    id               UUID PRIMARY KEY,
    organization_id  UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    objective_id     UUID NOT NULL REFERENCES objective (id) ON DELETE CASCADE,
    kr_key           VARCHAR(60) NOT NULL,
    title            VARCHAR(200) NOT NULL,
    unit             VARCHAR(40) NOT NULL DEFAULT '',
    baseline         NUMERIC(18, 4) NOT NULL DEFAULT 0,
    target           NUMERIC(18, 4),
    direction        VARCHAR(10) NOT NULL,
    position         INT NOT NULL DEFAULT 0,
    version          BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT key_result_key_uk UNIQUE (objective_id, kr_key),
    CONSTRAINT key_result_direction_ck CHECK (direction IN ('INCREASE', 'DECREASE'))
);
CREATE INDEX key_result_objective_idx ON key_result (objective_id);
CREATE INDEX key_result_org_idx ON key_result (organization_id);

CREATE TABLE check_in (
    id               UUID PRIMARY KEY,
    organization_id  UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    key_result_id    UUID NOT NULL REFERENCES key_result (id) ON DELETE CASCADE,
    check_date       DATE NOT NULL,
    check_value      NUMERIC(18, 4) NOT NULL,
    confidence       NUMERIC(3, 2),
    note             TEXT NOT NULL DEFAULT '',
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by       UUID,
    CONSTRAINT check_in_confidence_ck CHECK (confidence IS NULL OR (confidence >= 0 AND confidence <= 1))
);
CREATE INDEX check_in_key_result_date_idx ON check_in (key_result_id, check_date);
CREATE INDEX check_in_org_idx ON check_in (organization_id);
