package org.openplate.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openplate.account.UserId;
import org.openplate.storage.Database;
import org.openplate.testing.TestDatabases.TestDb;

/**
 * Uploaded images live in the database. Only bytes an upload would have stored are taken in: an upgrade
 * copies the images an older version kept in {@code <data-dir>/media}, and never a file put there any
 * other way (an old restore wrote a 3 MiB non-image named like a GIF, or a valid image under a name that
 * is not its own hash).
 */
class MediaFilesTest {

    @Test
    void onlyTheBytesAnUploadStoresCountAsThatUpload() {
        byte[] png = TestImages.png(4, 3, 0x336699);
        String name = ImageUploads.inspect(png, Instant.EPOCH).name();
        assertTrue(ImageUploads.isUpload(name, png));
        assertFalse(ImageUploads.isUpload("fedcba9876543210fedcba9876543210.png", png), "not its own hash");
        assertFalse(ImageUploads.isUpload("../" + name, png), "not a media name");
        byte[] junk = new byte[3 * 1024 * 1024];
        new Random(3).nextBytes(junk);
        System.arraycopy("GIF89a".getBytes(), 0, junk, 0, 6);
        assertFalse(ImageUploads.isUpload("0123456789abcdef0123456789abcdef.gif", junk), "over 2 MiB, not an image");
    }

    @Test
    void ifNoneMatchFollowsTheHttpRules() {
        String etag = "\"0123456789abcdef0123456789abcdef.png\"";
        assertTrue(ArticlePages.matches(etag, etag));
        assertTrue(ArticlePages.matches("W/" + etag, etag), "weak comparison");
        assertTrue(ArticlePages.matches("\"other\", " + etag, etag), "a list");
        assertTrue(ArticlePages.matches("*", etag));
        assertFalse(ArticlePages.matches("\"other\"", etag));
        assertFalse(ArticlePages.matches(null, etag));
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void anUpgradeCopiesTheOldMediaFolderIntoTheDatabaseOnce(TestDb tdb, @TempDir Path folder) throws Exception {
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            JdbiArticleRepository repo = new JdbiArticleRepository(db.jdbi());
            JdbiMediaStore store = new JdbiMediaStore(db.jdbi());
            UserId editor = new UserId(db.jdbi().withHandle(h -> h.createQuery("INSERT INTO users (email,"
                    + " password_hash, created_at) VALUES (:e, 'x', 0) RETURNING id").bind("e", "media" + System.nanoTime()
                    + "@example.org").mapTo(Long.class).one()));
            // what an older version did on upload: a row in article_images and the file in the folder
            byte[] png = TestImages.png(9, 7, (int) System.nanoTime());
            ArticleImage kept = ImageUploads.inspect(png, Instant.parse("2026-01-02T03:04:05Z"));
            repo.addImage(kept, editor);
            Files.write(folder.resolve(kept.name()), png);
            // a recorded image whose file was replaced by something else, and one whose file is gone
            byte[] other = TestImages.png(5, 5, (int) System.nanoTime() + 1);
            ArticleImage tampered = ImageUploads.inspect(TestImages.png(6, 6, (int) System.nanoTime() + 2), Instant.EPOCH);
            repo.addImage(tampered, editor);
            Files.write(folder.resolve(tampered.name()), other);
            ArticleImage lost = ImageUploads.inspect(TestImages.png(7, 7, (int) System.nanoTime() + 3), Instant.EPOCH);
            repo.addImage(lost, editor);

            assertEquals(1, LegacyMedia.copyIn(folder, repo, store, Clock.systemUTC()));
            assertTrue(Arrays.equals(png, store.get(kept.name()).orElseThrow().bytes()), "byte for byte");
            assertEquals("image/png", store.get(kept.name()).orElseThrow().contentType());
            assertFalse(store.has(tampered.name()), "a file that is not the upload's bytes stays out");
            assertFalse(store.has(lost.name()));
            assertEquals(0, LegacyMedia.copyIn(folder, repo, store, Clock.systemUTC()), "a second start copies nothing");
            assertEquals(0, LegacyMedia.copyIn(folder.resolve("absent"), repo, store, Clock.systemUTC()));
        }
    }
}
