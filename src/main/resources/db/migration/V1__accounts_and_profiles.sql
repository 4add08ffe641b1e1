-- Accounts, database-backed sessions, sign-in throttling and profiles.
-- One script for SQLite and PostgreSQL: ${id_pk} and ${double} are Flyway placeholders set per
-- dialect (see org.openplate.storage.Dialect). Instants are INTEGER epoch milliseconds; calendar
-- dates are ISO-8601 TEXT (yyyy-mm-dd), which sorts correctly on both databases.

CREATE TABLE users (
    id            ${id_pk},
    email         TEXT    NOT NULL UNIQUE,
    password_hash TEXT    NOT NULL,
    created_at    BIGINT  NOT NULL
);

CREATE TABLE user_roles (
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role    TEXT   NOT NULL,
    PRIMARY KEY (user_id, role)
);

-- The cookie holds a random token; only its SHA-256 is stored, so a database leak does not leak sessions.
CREATE TABLE sessions (
    token_hash  TEXT   NOT NULL PRIMARY KEY,
    user_id     BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    csrf_token  TEXT   NOT NULL,
    created_at  BIGINT NOT NULL,
    expires_at  BIGINT NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);
CREATE INDEX sessions_expiry ON sessions (expires_at);

-- Failed sign-ins, shared by every instance, for the per-account and per-address limits.
CREATE TABLE login_failures (
    id         ${id_pk},
    email      TEXT   NOT NULL,
    ip         TEXT   NOT NULL,
    failed_at  BIGINT NOT NULL
);
CREATE INDEX login_failures_email ON login_failures (email, failed_at);
CREATE INDEX login_failures_ip ON login_failures (ip, failed_at);

CREATE TABLE profiles (
    user_id          BIGINT  NOT NULL PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    sex              TEXT,
    birth_date       TEXT,
    height_cm        ${double},
    weight_kg        ${double},
    activity         TEXT    NOT NULL,
    weekly_goal      TEXT    NOT NULL,
    target_weight_kg ${double},
    unit_system      TEXT    NOT NULL,
    time_zone        TEXT    NOT NULL,
    bmr_equation     TEXT    NOT NULL,
    body_fat_pct     ${double},
    carbs_pct        INTEGER NOT NULL,
    protein_pct      INTEGER NOT NULL,
    fat_pct          INTEGER NOT NULL,
    updated_at       BIGINT  NOT NULL
);
