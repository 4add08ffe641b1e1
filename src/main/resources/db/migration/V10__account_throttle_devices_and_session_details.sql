-- Sign-in throttling that slows guessing without letting a stranger lock the owner out
-- (OWASP ASVS 4.0 V2.2.1, NIST SP 800-63B 5.2.2). One row per counter ("bucket"), e.g. one per
-- account-and-address pair, one per address, one per account, one per known device. A request
-- claims an attempt with a single INSERT ... ON CONFLICT ... DO UPDATE ... RETURNING, so the count
-- is atomic across threads and instances. The older login_failures table is no longer used.
CREATE TABLE login_throttle (
    bucket   TEXT    NOT NULL PRIMARY KEY,
    hits     INTEGER NOT NULL,
    last_at  BIGINT  NOT NULL,
    claim    TEXT    NOT NULL
);
CREATE INDEX login_throttle_last ON login_throttle (last_at);

DROP TABLE login_failures;

-- Devices that signed in successfully ("device cookies", OWASP Blocking Brute Force Attacks):
-- the cookie holds a random token; only its SHA-256 is kept.
CREATE TABLE known_devices (
    token_hash TEXT   NOT NULL PRIMARY KEY,
    user_id    BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX known_devices_user ON known_devices (user_id);

-- What the "your sessions" page shows: a public id (never the token or its hash), a short
-- device summary from the User-Agent, and an approximate last-seen time.
ALTER TABLE sessions ADD COLUMN public_id TEXT;
ALTER TABLE sessions ADD COLUMN device TEXT;
ALTER TABLE sessions ADD COLUMN last_seen_at BIGINT;
UPDATE sessions SET public_id = SUBSTR(token_hash, 1, 24), last_seen_at = created_at;
CREATE UNIQUE INDEX sessions_public_id ON sessions (public_id);
