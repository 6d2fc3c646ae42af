-- Seats (the accountability chart: a role, what it contributes to the mission, who holds it, to which seat
-- it reports) and fit assessments of a person in a seat (values ratings and gets it / wants it / capacity).
CREATE TABLE seat (
    id               UUID PRIMARY KEY,
    organization_id  UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    seat_key         VARCHAR(60) NOT NULL,
    title            TEXT NOT NULL,
    team_id          UUID REFERENCES team (id),
    reports_to_id    UUID REFERENCES seat (id),
    contribution     TEXT,
    holder_id        UUID REFERENCES person (id),
    CONSTRAINT seat_key_uk UNIQUE (organization_id, seat_key)
);
CREATE INDEX seat_team_idx ON seat (team_id);
CREATE INDEX seat_reports_to_idx ON seat (reports_to_id);
CREATE INDEX seat_holder_idx ON seat (holder_id);

CREATE TABLE seat_responsibility (
    organization_id  UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    seat_id          UUID NOT NULL REFERENCES seat (id) ON DELETE CASCADE,
    position         INT NOT NULL,
    responsibility   TEXT NOT NULL,
    PRIMARY KEY (seat_id, position)
);
CREATE INDEX seat_responsibility_org_idx ON seat_responsibility (organization_id);

CREATE TABLE fit (
    id               UUID PRIMARY KEY,
    organization_id  UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    person_id        UUID NOT NULL REFERENCES person (id),
    seat_id          UUID REFERENCES seat (id),
    fit_date         DATE,
    gets_it          BOOLEAN,
    wants_it         BOOLEAN,
    capacity         BOOLEAN,
    notes            TEXT
);
CREATE INDEX fit_org_person_date_idx ON fit (organization_id, person_id, fit_date);
CREATE INDEX fit_person_idx ON fit (person_id);
CREATE INDEX fit_seat_idx ON fit (seat_id);

CREATE TABLE fit_value_rating (
    organization_id  UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    fit_id           UUID NOT NULL REFERENCES fit (id) ON DELETE CASCADE,
    position         INT NOT NULL,
    value_key        VARCHAR(60) NOT NULL,
    rating           VARCHAR(12) NOT NULL,
    PRIMARY KEY (fit_id, value_key),
    CONSTRAINT fit_value_rating_ck CHECK (rating IN ('PLUS', 'PLUS_MINUS', 'MINUS'))
);
CREATE INDEX fit_value_rating_org_idx ON fit_value_rating (organization_id, value_key);
