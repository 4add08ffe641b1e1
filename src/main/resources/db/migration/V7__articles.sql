-- Articles written by editors in the browser (the shipped articles live in the jar). Every save
-- appends a version; the article points at the version readers see, so a published article can be
-- edited as a draft without readers seeing the change until it is published again.
CREATE TABLE articles (
    id                   ${id_pk},
    slug                 TEXT   NOT NULL UNIQUE,
    created_at           BIGINT NOT NULL,
    created_by           BIGINT REFERENCES users (id) ON DELETE SET NULL,
    published_version_id BIGINT,
    first_published_at   BIGINT,
    last_published_at    BIGINT
);

CREATE TABLE article_versions (
    id          ${id_pk},
    article_id  BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    title       TEXT   NOT NULL,
    summary     TEXT   NOT NULL,
    tags        TEXT   NOT NULL,
    features    TEXT   NOT NULL,
    hero_image  TEXT,
    hero_alt    TEXT,
    hero_credit TEXT,
    body        TEXT   NOT NULL,
    saved_at    BIGINT NOT NULL,
    saved_by    BIGINT REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX article_versions_article ON article_versions (article_id, id);

-- Images uploaded by editors. The bytes are files in the data directory named by their SHA-256,
-- so the same image uploaded twice is stored once.
CREATE TABLE article_images (
    id           ${id_pk},
    name         TEXT   NOT NULL UNIQUE,
    content_type TEXT   NOT NULL,
    size_bytes   BIGINT NOT NULL,
    width        INTEGER NOT NULL,
    height       INTEGER NOT NULL,
    uploaded_by  BIGINT REFERENCES users (id) ON DELETE SET NULL,
    uploaded_at  BIGINT NOT NULL
);
