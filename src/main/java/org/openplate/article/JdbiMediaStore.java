package org.openplate.article;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Uploaded images in the {@code media_objects} table (BLOB on SQLite, BYTEA on PostgreSQL). */
final class JdbiMediaStore implements MediaStore {

    private final Jdbi jdbi;

    JdbiMediaStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void put(String name, String contentType, byte[] bytes, Instant at) {
        // Two instances storing the same upload (or the start-up copy of old files racing) write it once.
        jdbi.useTransaction(h -> h.createUpdate("INSERT INTO media_objects (name, content_type, size_bytes, bytes, created_at)"
                        + " VALUES (:name, :type, :size, :bytes, :at) ON CONFLICT (name) DO NOTHING")
                .bind("name", name).bind("type", contentType).bind("size", (long) bytes.length).bind("bytes", bytes)
                .bind("at", at.toEpochMilli()).execute());
    }

    @Override
    public Optional<Media> get(String name) {
        return jdbi.withHandle(h -> h.createQuery("SELECT name, content_type, bytes FROM media_objects WHERE name = :name")
                .bind("name", name)
                .map((rs, ctx) -> new Media(rs.getString("name"), rs.getString("content_type"), rs.getBytes("bytes")))
                .findOne());
    }

    @Override
    public boolean has(String name) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM media_objects WHERE name = :name")
                .bind("name", name).mapTo(Long.class).one()) > 0;
    }
}
