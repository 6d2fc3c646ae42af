-- Teams (nested through parent) and the people of an organization. A person need not have an account;
-- when one exists with the same e-mail, it is that person ("my objectives").
CREATE TABLE team (
    id               UUID PRIMARY KEY,
    organization_id  UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    team_key         VARCHAR(60) NOT NULL,
    name             VARCHAR(120) NOT NULL,
    parent_id        UUID REFERENCES team (id),
    version          BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT team_key_uk UNIQUE (organization_id, team_key)
);
CREATE INDEX team_parent_idx ON team (parent_id);

CREATE TABLE person (
    id               UUID PRIMARY KEY,
    organization_id  UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    person_key       VARCHAR(60) NOT NULL,
    name             VARCHAR(120) NOT NULL,
    email            VARCHAR(254),
    team_id          UUID REFERENCES team (id),
    version          BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT person_key_uk UNIQUE (organization_id, person_key)
);
CREATE INDEX person_team_idx ON person (team_id);
CREATE INDEX person_email_idx ON person (organization_id, email);
