package org.openplate.module;

import org.openplate.web.Cookies;
import org.openplate.web.Views;

/** The page plumbing that routes are built with (only the web server needs it; the CLI never builds routes). */
public record WebKit(Views views, Cookies cookies) {
}
