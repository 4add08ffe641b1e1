-- The food catalogue: bundled USDA SR24 foods, imported foods (USDA SR, FoodData Central, Open Food
-- Facts, OpenPlate CSV) and users' private custom foods (owner_id set).
-- All nutrient amounts per 100 g of edible portion. The full nutrient map and the portions are
-- JSON text (one row per food keeps a multi-million-row catalogue compact and its imports fast);
-- energy and the three macros are also columns for list views. NULL means "not measured".
CREATE TABLE foods (
    id             ${id_pk},
    source         TEXT    NOT NULL,
    source_id      TEXT    NOT NULL,
    owner_id       BIGINT  REFERENCES users (id) ON DELETE CASCADE,
    name           TEXT    NOT NULL,
    brand          TEXT,
    food_group     TEXT,
    barcode        TEXT,
    kcal           ${double},
    protein_g      ${double},
    fat_g          ${double},
    carbs_g        ${double},
    nutrients      TEXT    NOT NULL,
    portions       TEXT    NOT NULL,
    protein_factor ${double},
    fat_factor     ${double},
    carb_factor    ${double},
    flags          TEXT,
    deleted        INTEGER NOT NULL DEFAULT 0,
    updated_at     BIGINT  NOT NULL,
    UNIQUE (source, source_id)
);
CREATE INDEX foods_barcode ON foods (barcode);
CREATE INDEX foods_updated ON foods (updated_at);
CREATE INDEX foods_owner ON foods (owner_id);

-- Which version (content hash) of each bundled resource has been loaded.
CREATE TABLE catalog_bundles (
    source     TEXT   NOT NULL PRIMARY KEY,
    version    TEXT   NOT NULL,
    food_count INTEGER NOT NULL,
    loaded_at  BIGINT NOT NULL
);
