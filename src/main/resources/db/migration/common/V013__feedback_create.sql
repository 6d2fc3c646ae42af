-- Pulse surveys: questions on a 1..scale range and anonymous responses (the respondent's team only),
-- one answer per question. Individual answers are stored, never shown: pages and the API aggregate them.
CREATE TABLE survey (
    id               UUID PRIMARY KEY,
    organization_id  UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    survey_key       VARCHAR(60) NOT NULL,
    title            TEXT NOT NULL,
    audience         VARCHAR(12),
    survey_date      DATE,
    CONSTRAINT survey_key_uk UNIQUE (organization_id, survey_key),
    CONSTRAINT survey_audience_ck CHECK (audience IN ('EMPLOYEES', 'CUSTOMERS', 'STAKEHOLDERS'))
);

CREATE TABLE survey_question (
    id               UUID PRIMARY KEY,
    organization_id  UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    survey_id        UUID NOT NULL REFERENCES survey (id) ON DELETE CASCADE,
    question_key     VARCHAR(60) NOT NULL,
    text             TEXT NOT NULL,
    scale            INT NOT NULL,
    position         INT NOT NULL,
    CONSTRAINT survey_question_key_uk UNIQUE (survey_id, question_key),
    CONSTRAINT survey_question_scale_ck CHECK (scale BETWEEN 2 AND 10)
);
CREATE INDEX survey_question_org_idx ON survey_question (organization_id);

CREATE TABLE survey_response (
    id               UUID PRIMARY KEY,
    organization_id  UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    survey_id        UUID NOT NULL REFERENCES survey (id) ON DELETE CASCADE,
    team_id          UUID REFERENCES team (id),
    position         INT NOT NULL
);
CREATE INDEX survey_response_survey_idx ON survey_response (survey_id, position);
CREATE INDEX survey_response_team_idx ON survey_response (team_id);
CREATE INDEX survey_response_org_idx ON survey_response (organization_id);

CREATE TABLE survey_answer (
    organization_id  UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    response_id      UUID NOT NULL REFERENCES survey_response (id) ON DELETE CASCADE,
    question_id      UUID NOT NULL REFERENCES survey_question (id) ON DELETE CASCADE,
    position         INT NOT NULL,
    answer_value     INT NOT NULL,
    PRIMARY KEY (response_id, question_id),
    CONSTRAINT survey_answer_value_ck CHECK (answer_value BETWEEN 1 AND 10)
);
CREATE INDEX survey_answer_question_idx ON survey_answer (question_id);
CREATE INDEX survey_answer_org_idx ON survey_answer (organization_id);
