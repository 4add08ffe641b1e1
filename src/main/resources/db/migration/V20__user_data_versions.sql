-- A counter per user, raised after every change the user makes (issue 18). What is built from a user's
-- rows and kept in memory (the day summary) stays valid while the counter is unchanged, on every
-- instance, since each reads the counter from the database. No row means version 0.
CREATE TABLE user_data_versions (
    user_id BIGINT NOT NULL PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    version BIGINT NOT NULL
);
