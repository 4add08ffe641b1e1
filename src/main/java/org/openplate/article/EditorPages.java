package org.openplate.article;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.openplate.account.AuthGuard;
import org.openplate.account.Role;
import org.openplate.account.Session;
import org.openplate.account.UserId;
import org.openplate.common.BadInputException;
import org.openplate.web.FormErrors;
import org.openplate.common.NotFoundException;
import org.openplate.web.Routes;
import org.openplate.web.Views;

/**
 * The editor's desk: article list, the Markdown editor with live preview, saving drafts,
 * publishing, and image uploads. Only users with the editor role see any of it; to everyone else
 * these addresses do not exist (404).
 */
final class EditorPages implements Routes {

    private final ArticleService articles;
    private final AuthGuard guard;
    private final Views views;

    public EditorPages(ArticleService articles, AuthGuard guard, Views views) {
        this.articles = articles;
        this.guard = guard;
        this.views = views;
    }

    /** The form's text as typed, for re-rendering after an error. */
    @Override
    public void register(RoutesConfig r) {
        r.get("/editor", ctx -> {
            editor(ctx);
            views.send(ctx, 200, "article/editor-list.jte", views.page(ctx, "Editor"), "articles",
                    articles.forEditor());
        });
        r.get("/editor/new", ctx -> {
            editor(ctx);
            form(ctx, 200, null, ArticleForm.empty(), FormErrors.none());
        });
        r.post("/editor", ctx -> {
            UserId u = editor(ctx);
            ArticleForm f = ArticleForm.of(ctx);
            try {
                long id = articles.create(u, f.draft());
                if ("publish".equals(ctx.formParam("action"))) {
                    articles.publish(u, id);
                }
                ctx.redirect("/editor/" + id + "?notice=" + enc("publish".equals(ctx.formParam("action"))
                        ? "Published." : "Draft saved."), HttpStatus.SEE_OTHER);
            } catch (BadInputException e) {
                form(ctx, 400, null, f, FormErrors.of(e));
            }
        });
        r.post("/editor/preview", ctx -> {
            editor(ctx);
            ctx.contentType("text/html; charset=utf-8").result(articles.preview(ctx.formParam("body")));
        });
        r.get("/editor/images", ctx -> {
            editor(ctx);
            images(ctx, 200, null);
        });
        r.post("/editor/images", ctx -> {
            UserId u = editor(ctx);
            try {
                UploadedFile file = ctx.uploadedFile("image");
                if (file == null) {
                    throw new BadInputException("image", "Image: choose a PNG, JPEG or GIF file to upload.");
                }
                ArticleImage img = articles.upload(u, read(file));
                ctx.redirect("/editor/images?notice=" + enc("Uploaded " + img.path() + " (" + img.width() + " × "
                        + img.height() + " px)."), HttpStatus.SEE_OTHER);
            } catch (BadInputException e) {
                images(ctx, 400, e.getMessage());
            }
        });
        r.get("/editor/{id}", ctx -> {
            editor(ctx);
            StoredArticle s = articles.get(id(ctx));
            form(ctx, 200, s, ArticleForm.of(s), FormErrors.none());
        });
        r.post("/editor/{id}", ctx -> {
            UserId u = editor(ctx);
            long id = id(ctx);
            StoredArticle s = articles.get(id);
            String action = ctx.formParam("action") == null ? "save" : ctx.formParam("action");
            if (action.equals("unpublish")) {
                articles.unpublish(u, id);
                ctx.redirect("/editor/" + id + "?notice=" + enc("Unpublished: readers no longer see it."),
                        HttpStatus.SEE_OTHER);
                return;
            }
            ArticleForm f = ArticleForm.of(ctx).withSlug(s.slug());
            try {
                articles.save(u, id, f.draft());
                if (action.equals("publish")) {
                    articles.publish(u, id);
                }
                ctx.redirect("/editor/" + id + "?notice=" + enc(action.equals("publish") ? "Published." : "Draft saved."),
                        HttpStatus.SEE_OTHER);
            } catch (BadInputException e) {
                form(ctx, 400, s, f, FormErrors.of(e));
            }
        });
    }

    private void form(Context ctx, int status, StoredArticle s, ArticleForm f, FormErrors errors) {
        views.send(ctx, status, "article/editor.jte", views.page(ctx, s == null ? "New article" : "Edit article"),
                "article", s, "form", f, "images", articles.images(), "preview", articles.preview(f.value(f.body())),
                "errors", errors);
    }

    private void images(Context ctx, int status, String error) {
        views.send(ctx, status, "article/images.jte", views.page(ctx, "Images"), "images", articles.images(),
                "error", error);
    }

    private UserId editor(Context ctx) {
        Session s = guard.requireSession(ctx);
        if (!s.roles().contains(Role.EDITOR)) {
            throw new NotFoundException("No page here.");
        }
        return s.userId();
    }

    private static long id(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new NotFoundException("No article with id " + ctx.pathParam("id") + ".");
        }
    }

    private static byte[] read(UploadedFile file) throws IOException {
        try (InputStream in = file.content()) {
            byte[] bytes = in.readNBytes((int) ImageUploads.MAX_BYTES + 1);
            if (bytes.length > ImageUploads.MAX_BYTES) {
                throw new BadInputException("image", "Image must be at most 2 MiB.");
            }
            return bytes;
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
