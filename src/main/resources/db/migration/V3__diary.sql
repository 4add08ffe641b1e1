-- The food diary: per-user meal slots, entries, recipes, day notes and water, diary settings.
-- Dates are ISO-8601 TEXT (yyyy-mm-dd) in the user's time zone; instants are epoch milliseconds.

-- The user's meals, in order (Breakfast, Lunch, Dinner, Snacks until the user changes them).
CREATE TABLE diary_meals (
    id       ${id_pk},
    user_id  BIGINT  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name     TEXT    NOT NULL,
    position INTEGER NOT NULL
);
CREATE INDEX diary_meals_user ON diary_meals (user_id, position);

-- A recipe: ingredients with amounts, and how many servings they make.
CREATE TABLE recipes (
    id         ${id_pk},
    user_id    BIGINT  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name       TEXT    NOT NULL,
    servings   ${double} NOT NULL,
    notes      TEXT,
    deleted    INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT  NOT NULL,
    updated_at BIGINT  NOT NULL
);
CREATE INDEX recipes_user ON recipes (user_id);

CREATE TABLE recipe_ingredients (
    id        ${id_pk},
    recipe_id BIGINT  NOT NULL REFERENCES recipes (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    food_id   BIGINT  NOT NULL REFERENCES foods (id),
    amount    ${double} NOT NULL,
    unit      TEXT    NOT NULL,
    grams     ${double} NOT NULL
);
CREATE INDEX recipe_ingredients_recipe ON recipe_ingredients (recipe_id, position);

-- One diary line: a food or recipe with an amount (unit = a portion name, g, oz, ml or serving;
-- grams is the resolved weight), or a quick add (calories and optional macros, no food).
-- deleted_at marks an entry removed but still restorable (undo).
CREATE TABLE diary_entries (
    id          ${id_pk},
    user_id     BIGINT  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    day         TEXT    NOT NULL,
    meal_id     BIGINT  NOT NULL REFERENCES diary_meals (id),
    position    INTEGER NOT NULL,
    kind        TEXT    NOT NULL,
    food_id     BIGINT  REFERENCES foods (id),
    recipe_id   BIGINT  REFERENCES recipes (id),
    amount      ${double},
    unit        TEXT,
    grams       ${double},
    quick_name  TEXT,
    quick_kcal  ${double},
    quick_protein_g ${double},
    quick_carbs_g   ${double},
    quick_fat_g     ${double},
    created_at  BIGINT  NOT NULL,
    deleted_at  BIGINT
);
CREATE INDEX diary_entries_day ON diary_entries (user_id, day);
CREATE INDEX diary_entries_food ON diary_entries (user_id, food_id);

-- Per-day notes and water.
CREATE TABLE diary_days (
    user_id  BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    day      TEXT   NOT NULL,
    note     TEXT,
    water_ml ${double} NOT NULL DEFAULT 0,
    PRIMARY KEY (user_id, day)
);

CREATE TABLE diary_settings (
    user_id         BIGINT NOT NULL PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    exercise_credit TEXT   NOT NULL,
    water_unit      TEXT   NOT NULL
);
