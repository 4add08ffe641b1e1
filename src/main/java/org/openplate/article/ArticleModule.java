package org.openplate.article;

import java.util.List;
import org.openplate.account.AuthGuard;
import org.openplate.account.Role;
import org.openplate.config.Settings;
import org.openplate.module.FeatureModule;
import org.openplate.module.Infra;
import org.openplate.module.WebKit;
import org.openplate.web.AreaGuard;
import org.openplate.web.BodyLimits;
import org.openplate.web.Routes;

/** Health articles: the shipped library, editors' articles and their images. */
public final class ArticleModule implements FeatureModule {

    private final AuthGuard guard;
    private final ArticleService articles;
    private final TodaySource days;

    public ArticleModule(Infra infra, AuthGuard guard) {
        this(infra, guard, TodaySource.NONE);
    }

    /** {@code days}: a signed-in user's goal and what is left today, for the article sidebar. */
    public ArticleModule(Infra infra, AuthGuard guard, TodaySource days) {
        this.guard = guard;
        this.days = days;
        JdbiArticleRepository repo = new JdbiArticleRepository(infra.database().jdbi());
        MediaStore media = new JdbiMediaStore(infra.database().jdbi());
        // upgrade: images an older version kept in <data-dir>/media move into the database
        LegacyMedia.copyIn(infra.dataDir("media"), repo, media, infra.clock());
        this.articles = new ArticleService(ArticleLibrary::load, repo, media, infra.clock());
    }

    @Override
    public List<Routes> routes(WebKit web) {
        return List.of(new ArticlePages(articles, web.views(), guard, days), new EditorPages(articles, guard, web.views()));
    }

    @Override
    public List<BodyLimits.Upload> uploads() {
        return List.of(BodyLimits.Upload.of("POST", "/editor/images", Role.EDITOR.code(), Settings.USER_UPLOAD_BYTES));
    }

    @Override
    public List<AreaGuard.Area> areas() {
        return List.of(new AreaGuard.Area("/editor", Role.EDITOR.code()));
    }

    /** Markdown to safe HTML, as articles are rendered (raw HTML escaped, unsafe link targets removed); the help pages use it. */
    public static String renderMarkdown(String markdown) {
        return ArticleLibrary.render(markdown);
    }
}
