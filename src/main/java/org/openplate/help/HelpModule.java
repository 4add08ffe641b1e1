package org.openplate.help;

import java.util.List;
import java.util.function.UnaryOperator;
import org.openplate.common.Lazy;
import org.openplate.module.FeatureModule;
import org.openplate.module.WebKit;
import org.openplate.web.Routes;

/**
 * Help pages for people using the app (file formats, importing from other trackers, the API), written
 * in Markdown under {@code resources/help/} and rendered once, on the first visit, by the app's Markdown renderer
 * and sanitiser (the articles'). Owns no table.
 */
public final class HelpModule implements FeatureModule {

    private final Lazy<HelpLibrary> library;

    /** @param markdown the app's Markdown-to-safe-HTML renderer */
    public HelpModule(UnaryOperator<String> markdown) {
        this.library = Lazy.of(() -> HelpLibrary.load(markdown));
    }

    @Override
    public List<Routes> routes(WebKit web) {
        return List.of(new HelpPages(library, web.views()));
    }
}
