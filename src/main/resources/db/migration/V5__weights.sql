-- Weigh-ins: several a day allowed; the day's first (by time) counts for the trend.
CREATE TABLE weigh_ins (
    id           ${id_pk},
    user_id      BIGINT  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    day          TEXT    NOT NULL,
    measured_at  BIGINT  NOT NULL,       -- epoch ms; orders a day's weigh-ins
    weight_kg    ${double} NOT NULL,
    body_fat_pct ${double},
    waist_cm     ${double},
    created_at   BIGINT  NOT NULL
);
CREATE INDEX weigh_ins_user_day ON weigh_ins (user_id, day, measured_at);

-- Every change of the daily calorie goal, and why (formula, adaptive estimate, by hand).
CREATE TABLE goal_changes (
    id         ${id_pk},
    user_id    BIGINT  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    changed_at BIGINT  NOT NULL,
    goal_kcal  INTEGER NOT NULL,
    source     TEXT    NOT NULL,
    weight_kg  ${double},
    note       TEXT
);
CREATE INDEX goal_changes_user ON goal_changes (user_id, changed_at);
