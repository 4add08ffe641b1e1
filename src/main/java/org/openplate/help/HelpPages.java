package org.openplate.help;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.function.Supplier;
import org.openplate.common.NotFoundException;
import org.openplate.web.Routes;
import org.openplate.web.Views;

/** {@code /help}: the index of topics, and {@code /help/{topic}}. Open to everyone, signed in or not. */
final class HelpPages implements Routes {

    private final Supplier<HelpLibrary> library;
    private final Views views;

    HelpPages(Supplier<HelpLibrary> library, Views views) {
        this.library = library;
        this.views = views;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/help", this::index);
        r.get("/help/{topic}", this::topic);
    }

    private void index(Context ctx) {
        views.send(ctx, 200, "help/index.jte", views.page(ctx, "Help"), "topics", library.get().all());
    }

    private void topic(Context ctx) {
        HelpLibrary help = library.get();
        HelpTopic t = help.topic(ctx.pathParam("topic"))
                .orElseThrow(() -> new NotFoundException("There is no help page by that name; see the list at /help."));
        views.send(ctx, 200, "help/topic.jte", views.page(ctx, t.title()), "topic", t, "topics", help.all());
    }
}
