-- The exercise log and back-care check-ins. Calories are computed when an entry is saved, with the
-- user's weight then, and stored: later weigh-ins do not rewrite history.

CREATE TABLE exercise_entries (
    id               ${id_pk},
    user_id          BIGINT  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    day              TEXT    NOT NULL,
    kind             TEXT    NOT NULL,          -- cardio, strength, custom, manual
    activity_code    TEXT,                      -- Compendium code, with its edition
    activity_edition TEXT,
    name             TEXT    NOT NULL,
    minutes          ${double},
    distance_km      ${double},
    sets             INTEGER,
    reps             INTEGER,
    load_kg          ${double},
    met              ${double},                 -- the MET used
    kcal_per_min     ${double},                 -- a custom activity's own rate
    body_weight_kg   ${double},                 -- the weight the calories were computed with
    net_of_rest      INTEGER NOT NULL DEFAULT 0,
    kcal             ${double} NOT NULL,
    kcal_override    INTEGER NOT NULL DEFAULT 0,
    created_at       BIGINT  NOT NULL
);
CREATE INDEX exercise_entries_day ON exercise_entries (user_id, day);

CREATE TABLE back_checkins (
    entry_id     BIGINT  NOT NULL PRIMARY KEY REFERENCES exercise_entries (id) ON DELETE CASCADE,
    user_id      BIGINT  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    day          TEXT    NOT NULL,
    pain_before  INTEGER NOT NULL,
    pain_after   INTEGER NOT NULL,
    areas        TEXT    NOT NULL,              -- comma-separated area codes
    hold_seconds INTEGER NOT NULL,
    effort       TEXT    NOT NULL,
    red_flags    TEXT    NOT NULL,              -- comma-separated, may be empty
    created_at   BIGINT  NOT NULL
);
CREATE INDEX back_checkins_user ON back_checkins (user_id, day);

CREATE TABLE exercise_settings (
    user_id     BIGINT  NOT NULL PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    net_of_rest INTEGER NOT NULL
);
