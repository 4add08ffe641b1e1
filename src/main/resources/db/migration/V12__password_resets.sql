-- "Forgot password?" links (OWASP Forgot Password Cheat Sheet; ASVS 4.0 V2.5): the e-mailed link
-- holds a random token; only its SHA-256 is kept, so a database leak does not leak working links.
-- A token works once (used_at) and only until expires_at (epoch millis).
CREATE TABLE password_resets (
    token_hash TEXT   NOT NULL PRIMARY KEY,
    user_id    BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at    BIGINT
);
CREATE INDEX password_resets_user ON password_resets (user_id);
CREATE INDEX password_resets_expiry ON password_resets (expires_at);
