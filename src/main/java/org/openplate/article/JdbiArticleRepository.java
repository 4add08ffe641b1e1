package org.openplate.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.openplate.account.UserId;

/** {@link ArticleRepository} over JDBI. Articles are shared content, not user data: editors see them all. */
final class JdbiArticleRepository implements ArticleRepository {

    private static final String SELECT = "SELECT a.id, a.slug, a.created_at, a.first_published_at, a.last_published_at,"
            + " l.id AS l_id, l.title AS l_title, l.summary AS l_summary, l.tags AS l_tags, l.features AS l_features,"
            + " l.hero_image AS l_hero_image, l.hero_alt AS l_hero_alt, l.hero_credit AS l_hero_credit,"
            + " l.body AS l_body, l.saved_at AS l_saved_at,"
            + " p.id AS p_id, p.title AS p_title, p.summary AS p_summary, p.tags AS p_tags, p.features AS p_features,"
            + " p.hero_image AS p_hero_image, p.hero_alt AS p_hero_alt, p.hero_credit AS p_hero_credit,"
            + " p.body AS p_body, p.saved_at AS p_saved_at"
            + " FROM articles a"
            + " JOIN article_versions l ON l.id = (SELECT MAX(v.id) FROM article_versions v WHERE v.article_id = a.id)"
            + " LEFT JOIN article_versions p ON p.id = a.published_version_id";

    private final Jdbi jdbi;

    public JdbiArticleRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public long create(String slug, ArticleDraft first, UserId by, long now) {
        return jdbi.inTransaction(h -> {
            long id = h.createQuery("INSERT INTO articles (slug, created_at, created_by) VALUES (:slug, :now, :by)"
                            + " RETURNING id")
                    .bind("slug", slug).bind("now", now).bind("by", by.value())
                    .mapTo(Long.class).one();
            insertVersion(h, id, first, by, now);
            return id;
        });
    }

    @Override
    public long addVersion(long articleId, ArticleDraft draft, UserId by, long now) {
        return jdbi.inTransaction(h -> insertVersion(h, articleId, draft, by, now));
    }

    private static long insertVersion(Handle h, long articleId, ArticleDraft d, UserId by, long now) {
        return h.createQuery("INSERT INTO article_versions (article_id, title, summary, tags, features, hero_image,"
                        + " hero_alt, hero_credit, body, saved_at, saved_by) VALUES (:a, :title, :summary, :tags,"
                        + " :features, :hero, :alt, :credit, :body, :now, :by) RETURNING id")
                .bind("a", articleId).bind("title", d.title()).bind("summary", d.summary())
                .bind("tags", String.join(",", d.tags())).bind("features", String.join(",", d.features()))
                .bind("hero", d.heroImage()).bind("alt", d.heroAlt()).bind("credit", d.heroCredit())
                .bind("body", d.body()).bind("now", now).bind("by", by.value())
                .mapTo(Long.class).one();
    }

    @Override
    public Optional<StoredArticle> find(long id) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " WHERE a.id = :id").bind("id", id)
                .map((rs, ctx) -> row(rs)).findOne());
    }

    @Override
    public Optional<Long> idBySlug(String slug) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM articles WHERE slug = :slug").bind("slug", slug)
                .mapTo(Long.class).findOne());
    }

    @Override
    public List<StoredArticle> all() {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " ORDER BY l.saved_at DESC, a.id DESC")
                .map((rs, ctx) -> row(rs)).list());
    }

    @Override
    public List<StoredArticle> published() {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " WHERE a.published_version_id IS NOT NULL"
                + " ORDER BY a.first_published_at DESC").map((rs, ctx) -> row(rs)).list());
    }

    @Override
    public void publishLatest(long articleId, long now) {
        jdbi.useTransaction(h -> h.createUpdate("UPDATE articles SET published_version_id = (SELECT MAX(v.id) FROM"
                        + " article_versions v WHERE v.article_id = articles.id), first_published_at ="
                        + " COALESCE(first_published_at, :now), last_published_at = :now WHERE id = :id")
                .bind("now", now).bind("id", articleId).execute());
    }

    @Override
    public void unpublish(long articleId) {
        jdbi.useTransaction(h -> h.createUpdate("UPDATE articles SET published_version_id = NULL WHERE id = :id")
                .bind("id", articleId).execute());
    }

    @Override
    public void addImage(ArticleImage image, UserId by) {
        jdbi.useTransaction(h -> h.createUpdate("INSERT INTO article_images (name, content_type, size_bytes, width, height,"
                        + " uploaded_by, uploaded_at) VALUES (:name, :type, :size, :w, :h, :by, :at)"
                        + " ON CONFLICT (name) DO NOTHING")
                .bind("name", image.name()).bind("type", image.contentType()).bind("size", image.sizeBytes())
                .bind("w", image.width()).bind("h", image.height()).bind("by", by.value())
                .bind("at", image.uploadedAt().toEpochMilli()).execute());
    }

    @Override
    public Optional<ArticleImage> image(String name) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM article_images WHERE name = :name").bind("name", name)
                .map((rs, ctx) -> image(rs)).findOne());
    }

    @Override
    public List<ArticleImage> images() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM article_images ORDER BY uploaded_at DESC, id DESC")
                .map((rs, ctx) -> image(rs)).list());
    }

    private static ArticleImage image(ResultSet rs) throws SQLException {
        return new ArticleImage(rs.getString("name"), rs.getString("content_type"), rs.getLong("size_bytes"),
                rs.getInt("width"), rs.getInt("height"), Instant.ofEpochMilli(rs.getLong("uploaded_at")));
    }

    private static StoredArticle row(ResultSet rs) throws SQLException {
        ArticleVersion latest = version(rs, "l_");
        rs.getLong("p_id");
        ArticleVersion published = rs.wasNull() ? null : version(rs, "p_");
        return new StoredArticle(rs.getLong("id"), rs.getString("slug"), Instant.ofEpochMilli(rs.getLong("created_at")),
                latest, published, instant(rs, "first_published_at"), instant(rs, "last_published_at"));
    }

    private static ArticleVersion version(ResultSet rs, String p) throws SQLException {
        return new ArticleVersion(rs.getLong(p + "id"), rs.getString(p + "title"), rs.getString(p + "summary"),
                ArticleLibrary.list(rs.getString(p + "tags")), ArticleLibrary.list(rs.getString(p + "features")),
                rs.getString(p + "hero_image"), rs.getString(p + "hero_alt"), rs.getString(p + "hero_credit"),
                rs.getString(p + "body"), Instant.ofEpochMilli(rs.getLong(p + "saved_at")));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }
}
