package org.openplate.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openplate.account.UserId;
import org.openplate.common.BadInputException;
import org.openplate.common.NotFoundException;
import org.openplate.storage.Database;
import org.openplate.testing.MutableClock;
import org.openplate.testing.TestDatabases.TestDb;

/** The editor's workflow on both databases: drafts, versions, publishing, slugs and image uploads. */
class ArticleServiceTest {

    private static UserId editor(Database db) {
        return new UserId(db.jdbi().withHandle(h -> h.createQuery("INSERT INTO users (email, password_hash,"
                        + " created_at) VALUES (:e, 'x', 0) RETURNING id").bind("e", "ed" + System.nanoTime() + "@example.org")
                .mapTo(Long.class).one()));
    }

    private static long mediaRows(Database db) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM media_objects").mapTo(Long.class).one());
    }

    private static ArticleDraft draft(String slug, String title, String body) {
        return ArticleDraft.of(slug, title, "A summary long enough to pass.", "Sleep, Recovery", "diary", null, null,
                null, body);
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void draftsStayHiddenUntilPublishedAndEditsWaitForRepublishing(TestDb tdb) throws Exception {
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            MutableClock clock = new MutableClock(Instant.parse("2026-11-20T10:00:00Z"));
            ArticleService s = new ArticleService(ArticleLibrary::load, new JdbiArticleRepository(db.jdbi()),
                    new JdbiMediaStore(db.jdbi()), clock);
            UserId ed = editor(db);
            String slug = "sleep-and-appetite-" + System.nanoTime();
            long id = s.create(ed, draft(slug, "Sleep and appetite", "## Why\n\nShort sleep raises hunger."));
            assertEquals("Draft", s.get(id).status());
            assertTrue(s.library().bySlug(slug).isEmpty(), "a draft is not published");
            assertTrue(s.library().search("hunger").stream().noneMatch(a -> a.slug().equals(slug)));

            s.publish(ed, id);
            Article a = s.library().bySlug(slug).orElseThrow();
            assertEquals("Sleep and appetite", a.title());
            assertEquals(ArticleLibrary.TEAM, a.author());
            assertEquals(List.of("sleep", "recovery"), a.tags());
            assertTrue(a.html().contains("<h2>Why</h2>"), a.html());
            assertTrue(s.library().search("hunger").stream().anyMatch(x -> x.slug().equals(slug)), "readers find it");
            assertTrue(s.library().tagged("sleep").stream().anyMatch(x -> x.slug().equals(slug)));

            clock.advance(java.time.Duration.ofDays(2));
            s.save(ed, id, draft("ignored-slug", "Sleep, hunger and appetite", "## Why\n\nRevised text."));
            StoredArticle st = s.get(id);
            assertEquals(slug, st.slug(), "the slug is fixed once created");
            assertEquals("Published, with unpublished changes", st.status());
            assertEquals("Sleep and appetite", s.library().bySlug(slug).orElseThrow().title(), "readers see the published version");

            s.publish(ed, id);
            Article republished = s.library().bySlug(slug).orElseThrow();
            assertEquals("Sleep, hunger and appetite", republished.title());
            assertEquals(java.time.LocalDate.of(2026, 11, 20), republished.published());
            assertEquals(java.time.LocalDate.of(2026, 11, 22), republished.updated());

            s.unpublish(ed, id);
            assertTrue(s.library().bySlug(slug).isEmpty());
            assertEquals("Draft", s.get(id).status());
            assertThrows(NotFoundException.class, () -> s.get(id + 1000));
        }
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void slugsAreUniqueAcrossShippedAndEditedArticles(TestDb tdb) throws Exception {
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            ArticleService s = new ArticleService(ArticleLibrary::load, new JdbiArticleRepository(db.jdbi()),
                    new JdbiMediaStore(db.jdbi()), java.time.Clock.systemUTC());
            UserId ed = editor(db);
            BadInputException shipped = assertThrows(BadInputException.class,
                    () -> s.create(ed, draft("back-pain-after-stretching", "Copy", "Body")));
            assertEquals("slug", shipped.field());
            String slug = "unique-" + System.nanoTime();
            s.create(ed, draft(slug, "First", "Body"));
            assertEquals("slug", assertThrows(BadInputException.class, () -> s.create(ed, draft(slug, "Second", "Body")))
                    .field());
            assertEquals(1, s.forEditor().stream().filter(x -> x.slug().equals(slug)).count(), "nothing half-written");
            assertEquals("heroImage", assertThrows(BadInputException.class, () -> s.create(ed, ArticleDraft.of(
                    "with-hero-" + System.nanoTime(), "Hero", "A summary long enough.", "", "",
                    "/media/0123456789abcdef0123456789abcdef.png", "alt", "credit", "Body"))).field(),
                    "a hero image must have been uploaded");
        }
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void imagesAreCheckedByContentAndStoredOnce(TestDb tdb) throws Exception {
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            JdbiMediaStore media = new JdbiMediaStore(db.jdbi());
            ArticleService s = new ArticleService(ArticleLibrary::load, new JdbiArticleRepository(db.jdbi()), media,
                    java.time.Clock.systemUTC());
            long before = mediaRows(db);
            UserId ed = editor(db);
            byte[] png = TestImages.png(30, 20, (int) System.nanoTime());
            ArticleImage img = s.upload(ed, png);
            assertEquals("image/png", img.contentType());
            assertEquals(30, img.width());
            assertEquals(20, img.height());
            assertTrue(img.name().matches("[0-9a-f]{32}\\.png"));
            assertTrue(media.has(img.name()), "stored in the database");
            assertTrue(java.util.Arrays.equals(png, media.get(img.name()).orElseThrow().bytes()), "byte for byte");
            s.upload(ed, png);
            assertEquals(1, s.images().stream().filter(i -> i.name().equals(img.name())).count(), "same bytes stored once");
            assertTrue(s.imageFile(img.name()).isPresent());
            assertTrue(s.imageFile("../../etc/passwd").isEmpty());
            assertEquals("image/jpeg", s.upload(ed, TestImages.jpeg(10, 12)).contentType());

            // wrong type whatever the name says, SVG (can script), empty, too large, absurd dimensions, damaged
            byte[] notImage = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
            byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8);
            byte[] tooBig = new byte[(int) ImageUploads.MAX_BYTES + 1];
            System.arraycopy(png, 0, tooBig, 0, png.length);
            byte[] damaged = java.util.Arrays.copyOf(png, 20);
            for (byte[] bad : List.of(notImage, svg, new byte[0], tooBig, TestImages.pngClaiming(100_000, 100_000),
                    damaged)) {
                BadInputException e = assertThrows(BadInputException.class, () -> s.upload(ed, bad));
                assertEquals("image", e.field());
            }
            assertTrue(assertThrows(BadInputException.class, () -> s.upload(ed, tooBig)).getMessage().contains("2 MiB"));
            assertTrue(assertThrows(BadInputException.class, () -> s.upload(ed, TestImages.pngClaiming(100_000, 10)))
                    .getMessage().contains("8000"));
            assertEquals(before + 2, mediaRows(db), "rejected uploads write nothing; the same bytes once");
        }
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void editorsMarkdownIsSanitisedForReaders(TestDb tdb) throws Exception {
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            ArticleService s = new ArticleService(ArticleLibrary::load, new JdbiArticleRepository(db.jdbi()),
                    new JdbiMediaStore(db.jdbi()), java.time.Clock.systemUTC());
            UserId ed = editor(db);
            String slug = "xss-" + System.nanoTime();
            String body = String.join("\n\n", ArticleLibraryTest.PAYLOADS);
            long id = s.create(ed, draft(slug, "Payloads", body));
            s.publish(ed, id);
            String html = s.library().bySlug(slug).orElseThrow().html();
            ArticleLibraryTest.assertSafe(html);
            ArticleLibraryTest.assertSafe(s.preview(body));
            assertFalse(html.isBlank());
        }
    }
}
