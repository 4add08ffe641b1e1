-- The notification scheduler's queue (issue 17): one row per user with a profile, saying when that
-- user's notifications are next due. Instances claim due rows in batches (FOR UPDATE SKIP LOCKED on
-- PostgreSQL; SQLite has a single writer) under a short lease, so N instances share the work and the
-- work grows with what is due, not with the number of users times the number of instances.
-- goal_checked_on replaces each instance's in-memory "goal prompt checked today" map.
CREATE TABLE notification_due (
    user_id         BIGINT  NOT NULL PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    due_at          BIGINT  NOT NULL,
    lease_until     BIGINT  NOT NULL DEFAULT 0,
    failures        INTEGER NOT NULL DEFAULT 0,
    goal_checked_on TEXT
);
CREATE INDEX notification_due_at ON notification_due (due_at);

-- Where the enrolment sweep (users whose profile appeared after higher ids were enrolled) goes on.
CREATE TABLE notification_cursor (
    name     TEXT   NOT NULL PRIMARY KEY,
    position BIGINT NOT NULL
);

-- An upgrade enrols every existing profile at once, due now; new profiles join as the scheduler runs.
INSERT INTO notification_due (user_id, due_at) SELECT user_id, 0 FROM profiles;
