-- Uploaded images live in the database, not in a folder of one instance's disk, so any instance
-- serves any image (issue 17: no shared disk). Named by the SHA-256 of their bytes, so a name is
-- immutable: served with a strong ETag and a year-long cache. Files an older version wrote to
-- <data-dir>/media are copied in at start-up (ArticleModule, LegacyMedia).
CREATE TABLE media_objects (
    name         TEXT    NOT NULL PRIMARY KEY,
    content_type TEXT    NOT NULL,
    size_bytes   BIGINT  NOT NULL,
    bytes        ${blob} NOT NULL,
    created_at   BIGINT  NOT NULL
);
