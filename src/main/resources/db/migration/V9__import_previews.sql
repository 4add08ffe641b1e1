-- Files uploaded for an import, kept between the preview and the confirmation so that any
-- instance can finish the import (base64 text: one column type on both databases). Purged after a day.
CREATE TABLE import_previews (
    id         ${id_pk},
    user_id    BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token      TEXT   NOT NULL UNIQUE,
    source     TEXT   NOT NULL,
    files      TEXT   NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX import_previews_user ON import_previews (user_id);
