package org.openplate.module;

import java.util.List;
import org.openplate.web.AreaGuard;
import org.openplate.web.BodyLimits;
import org.openplate.web.HealthRoutes;
import org.openplate.web.Routes;

/**
 * One feature, built from {@link Infra} and the facades of the features it needs. {@code App}
 * iterates the modules for routes, limits, areas, health and jobs; the CLI uses the same modules'
 * facades. Each feature's module class is its only public way in besides its facade and records.
 */
public interface FeatureModule {

    /** Its web adapters (pages and JSON API). */
    List<Routes> routes(WebKit web);

    /** Uploads larger than an ordinary form, and who may send them (see {@link BodyLimits}). */
    default List<BodyLimits.Upload> uploads() {
        return List.of();
    }

    /** Path prefixes only a role may enter. */
    default List<AreaGuard.Area> areas() {
        return List.of();
    }

    /** What /health reports about this feature. */
    default List<HealthRoutes.Part> health() {
        return List.of();
    }

    /** Background work while the server runs. */
    default List<Job> jobs() {
        return List.of();
    }

    /** Releases what the module holds open (files, indexes); called once when the app stops. */
    default void close() {
    }
}
