-- Tenants, people who sign in, their memberships and personal API tokens.
CREATE TABLE organization (
    id          UUID PRIMARY KEY,
    slug        VARCHAR(40)  NOT NULL,
    name        VARCHAR(120) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT organization_slug_uk UNIQUE (slug)
);

-- An account is a person; it may belong to several organizations (one role in each).
CREATE TABLE account (
    id               UUID PRIMARY KEY,
    email            VARCHAR(254) NOT NULL,
    display_name     VARCHAR(120) NOT NULL,
    password_hash    VARCHAR(200) NOT NULL,
    failed_logins    INT NOT NULL DEFAULT 0,
    locked_until     TIMESTAMP WITH TIME ZONE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT account_email_uk UNIQUE (email)
);

CREATE TABLE membership (
    id               UUID PRIMARY KEY,
    organization_id  UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    account_id       UUID NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    role             VARCHAR(20) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT membership_uk UNIQUE (organization_id, account_id),
    CONSTRAINT membership_role_ck CHECK (role IN ('ADMIN', 'LEADER', 'MEMBER', 'STAKEHOLDER'))
);
CREATE INDEX membership_account_idx ON membership (account_id);

-- Only the SHA-256 of a token is stored; the token itself is shown once.
CREATE TABLE api_token (
    id            UUID PRIMARY KEY,
    account_id    UUID NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    name          VARCHAR(80) NOT NULL,
    token_hash    CHAR(64) NOT NULL,
    token_prefix  VARCHAR(12) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at  TIMESTAMP WITH TIME ZONE,
    revoked_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT api_token_hash_uk UNIQUE (token_hash)
);
CREATE INDEX api_token_account_idx ON api_token (account_id);
