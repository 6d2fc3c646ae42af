-- Concerns: the "things that aren't quite right" list, taken from raised to discussed to solved (or
-- dropped), each about pillars (by key).
CREATE TABLE concern (
    id               UUID PRIMARY KEY,
    organization_id  UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    concern_key      VARCHAR(60) NOT NULL,
    title            TEXT NOT NULL,
    raised_by_id     UUID REFERENCES person (id),
    raised_on        DATE,
    status           VARCHAR(12) NOT NULL,
    CONSTRAINT concern_key_uk UNIQUE (organization_id, concern_key),
    CONSTRAINT concern_status_ck CHECK (status IN ('RAISED', 'DISCUSSED', 'SOLVED', 'DROPPED'))
);
CREATE INDEX concern_raised_by_idx ON concern (raised_by_id);
CREATE INDEX concern_org_status_idx ON concern (organization_id, status);

CREATE TABLE concern_pillar (
    organization_id  UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    concern_id       UUID NOT NULL REFERENCES concern (id) ON DELETE CASCADE,
    position         INT NOT NULL,
    pillar_key       VARCHAR(60) NOT NULL,
    PRIMARY KEY (concern_id, pillar_key)
);
CREATE INDEX concern_pillar_key_idx ON concern_pillar (organization_id, pillar_key);
