-- The diary's "get started" card: dismissed by the user, the weight step done, or every step done.
-- One row per user, written on the first change; no row means the card is still to do.
CREATE TABLE get_started (
    user_id          BIGINT NOT NULL PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    dismissed_at     BIGINT,
    weight_logged_at BIGINT,
    done_at          BIGINT
);

-- A one-time message for the next page of this session (POST-redirect-GET), e.g. a new API token's
-- secret shown once. Kept with the session so any instance can show it; cleared when shown.
ALTER TABLE sessions ADD COLUMN flash TEXT;
