package org.openplate.article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The upgrade step for images an older version kept in {@code <data-dir>/media}: at start-up, every
 * recorded upload whose bytes are not yet in the database is copied in from that folder, if the file
 * is there and is still what the upload stored. The folder is left alone (an operator deletes it once
 * every instance runs this version). Idempotent, and safe when several instances start at once.
 */
final class LegacyMedia {

    private static final Logger LOG = LoggerFactory.getLogger(LegacyMedia.class);

    private LegacyMedia() {
    }

    /** Copies what is missing; returns how many images were copied. */
    static int copyIn(Path folder, ArticleRepository repo, MediaStore store, Clock clock) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        int copied = 0;
        int skipped = 0;
        for (ArticleImage image : repo.images()) {
            if (store.has(image.name())) {
                continue;
            }
            Path file = folder.resolve(image.name());
            try {
                if (Files.isRegularFile(file) && Files.size(file) <= ImageUploads.MAX_BYTES) {
                    byte[] bytes = Files.readAllBytes(file);
                    if (ImageUploads.isUpload(image.name(), bytes)) {
                        store.put(image.name(), image.contentType(), bytes, clock.instant());
                        copied++;
                        continue;
                    }
                }
            } catch (IOException e) {
                LOG.warn("media: could not read {}: {}", file, e.getMessage());
            }
            skipped++;
        }
        if (copied > 0 || skipped > 0) {
            LOG.info("media: copied {} uploaded image(s) from {} into the database; {} missing or not valid",
                    copied, folder, skipped);
        }
        return copied;
    }
}
