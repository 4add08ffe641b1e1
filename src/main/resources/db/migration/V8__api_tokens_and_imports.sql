-- Personal access tokens for the REST API. Only the SHA-256 of a token is stored; the token itself
-- is shown once, when it is created.
CREATE TABLE api_tokens (
    id           ${id_pk},
    user_id      BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name         TEXT   NOT NULL,
    token_hash   TEXT   NOT NULL UNIQUE,
    prefix       TEXT   NOT NULL,
    scopes       TEXT   NOT NULL,
    created_at   BIGINT NOT NULL,
    last_used_at BIGINT,
    revoked_at   BIGINT
);
CREATE INDEX api_tokens_user ON api_tokens (user_id);

-- Requests per token per minute, shared by every instance (fixed one-minute windows).
CREATE TABLE api_rate (
    token_id     BIGINT NOT NULL REFERENCES api_tokens (id) ON DELETE CASCADE,
    window_start BIGINT NOT NULL,
    requests     INTEGER NOT NULL,
    PRIMARY KEY (token_id, window_start)
);

-- What each import wrote, keyed by source and the record's stable id in that source, so that
-- importing the same file again adds nothing.
CREATE TABLE import_keys (
    user_id     BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    source      TEXT   NOT NULL,
    external_id TEXT   NOT NULL,
    kind        TEXT   NOT NULL,
    local_id    BIGINT,
    imported_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, source, external_id)
);
