package org.openplate.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Renders the precompiled jte templates (generated at build time from src/main/jte). jte escapes
 * every expression for HTML by default.
 */
public final class Views {

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);
    private final Csrf csrf;
    private final java.util.function.ToIntFunction<Long> unread;

    public Views(Csrf csrf) {
        this(csrf, userId -> 0);
    }

    /** @param unread the signed-in user's unread notifications, for the bell on every page */
    public Views(Csrf csrf, java.util.function.ToIntFunction<Long> unread) {
        this.csrf = csrf;
        this.unread = unread;
    }

    /** The layout data for this request. */
    public Page page(Context ctx, String title) {
        Viewer viewer = ctx.attribute(Viewer.ATTRIBUTE);
        return new Page(title, viewer, csrf.token(ctx), ctx.queryParam("notice"),
                viewer == null ? 0 : unread.applyAsInt(viewer.userId()));
    }

    public String render(String template, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        engine.render(template, params, out);
        return out.toString();
    }

    /** Renders {@code template} with {@code page} plus the given name/value pairs and sends it. */
    public void send(Context ctx, int status, String template, Page page, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must come in pairs");
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("page", page);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        ctx.status(status).html(render(template, params));
    }
}
