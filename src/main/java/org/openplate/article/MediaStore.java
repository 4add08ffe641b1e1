package org.openplate.article;

import java.time.Instant;
import java.util.Optional;

/**
 * Where uploaded images' bytes live. The database is the store ({@link JdbiMediaStore}), so every
 * instance serves every image and nothing needs a shared folder; an object store could stand behind
 * the same two methods. Names are content hashes: a name, once stored, never changes its bytes.
 */
interface MediaStore {

    /** Stores the bytes under the name unless it is already there (same name, same bytes). */
    void put(String name, String contentType, byte[] bytes, Instant at);

    Optional<Media> get(String name);

    boolean has(String name);

    /** Stored bytes and their type. */
    record Media(String name, String contentType, byte[] bytes) {
    }
}
