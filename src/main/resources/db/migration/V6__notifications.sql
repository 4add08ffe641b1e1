-- Notifications. dedupe_key makes creation idempotent: a scheduler on any number of instances can
-- try to create the same notification and only one row ever exists (INSERT … ON CONFLICT DO NOTHING).
CREATE TABLE notifications (
    id         ${id_pk},
    user_id    BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind       TEXT   NOT NULL,
    dedupe_key TEXT   NOT NULL,
    title      TEXT   NOT NULL,
    body       TEXT   NOT NULL,
    link       TEXT,
    created_at BIGINT NOT NULL,
    read_at    BIGINT,
    UNIQUE (user_id, dedupe_key)
);
CREATE INDEX notifications_feed ON notifications (user_id, created_at);

-- Per-type on/off preferences (absent = on) and the food-reminder time.
CREATE TABLE notification_prefs (
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind    TEXT   NOT NULL,
    enabled INTEGER NOT NULL,
    PRIMARY KEY (user_id, kind)
);
CREATE TABLE notification_settings (
    user_id            BIGINT NOT NULL PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    food_reminder_time TEXT   NOT NULL
);
