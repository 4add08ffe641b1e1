package org.openplate.web;

import io.javalin.config.RoutesConfig;

/** A feature's web adapter registers its pages and API endpoints through this. */
public interface Routes {
    void register(RoutesConfig routes);
}
