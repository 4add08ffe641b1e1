package org.openplate.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Renders the precompiled jte templates (generated at build time from src/main/jte). jte escapes
 * every expression for HTML by default.
 */
public final class Views {

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);
    private final Csrf csrf;
    private final java.util.function.ToIntFunction<Long> unread;
    private final java.util.function.LongFunction<ZoneId> zoneOf;

    public Views(Csrf csrf) {
        this(csrf, userId -> 0, userId -> ZoneOffset.UTC);
    }

    /**
     * @param unread the signed-in user's unread notifications, for the bell on every page
     * @param zoneOf the signed-in user's time zone, asked only by pages that show a time
     */
    public Views(Csrf csrf, java.util.function.ToIntFunction<Long> unread, java.util.function.LongFunction<ZoneId> zoneOf) {
        this.csrf = csrf;
        this.unread = unread;
        this.zoneOf = zoneOf;
    }

    /** The layout data for this request. */
    public Page page(Context ctx, String title) {
        Viewer viewer = ctx.attribute(Viewer.ATTRIBUTE);
        return new Page(title, viewer, csrf.token(ctx), ctx.queryParam("notice"),
                viewer == null ? 0 : unread.applyAsInt(viewer.userId()),
                viewer == null ? () -> ZoneOffset.UTC : once(() -> zoneOf.apply(viewer.userId())));
    }

    private static Supplier<ZoneId> once(Supplier<ZoneId> lookUp) {
        ZoneId[] found = new ZoneId[1];
        return () -> {
            if (found[0] == null) {
                found[0] = lookUp.get();
            }
            return found[0];
        };
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
