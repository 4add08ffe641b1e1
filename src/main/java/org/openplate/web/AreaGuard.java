package org.openplate.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;
import org.openplate.common.NotFoundException;
import org.openplate.common.UnauthorizedException;

/**
 * Role checks for whole areas of the site, made before anything reads the request body (and so before
 * the CSRF check, which reads forms). Anonymous visitors are asked to sign in (401 under /api/); signed-in
 * users without the role get 404, as if the area did not exist. The routes still check the role
 * themselves: this is the first of two locks, not the only one.
 */
public final class AreaGuard implements Handler {

    /** Everything at {@code prefix} and below it (e.g. "/admin" covers /admin and /admin/...) needs {@code role}. */
    public record Area(String prefix, String role) {
        public Area {
            if (!prefix.startsWith("/") || prefix.endsWith("/")) {
                throw new IllegalArgumentException("an area is a path like /admin, was " + prefix);
            }
        }

        boolean covers(String path) {
            return path.equals(prefix) || path.startsWith(prefix + "/");
        }
    }

    private final List<Area> areas;

    public AreaGuard(List<Area> areas) {
        this.areas = List.copyOf(areas);
    }

    @Override
    public void handle(Context ctx) {
        String path = normalise(ctx.path());
        for (Area area : areas) {
            if (area.covers(path)) {
                Viewer viewer = ctx.attribute(Viewer.ATTRIBUTE);
                if (viewer == null) {
                    throw new UnauthorizedException(null, "Sign in to continue.");
                }
                if (!viewer.hasRole(area.role())) {
                    throw new NotFoundException("There is nothing at " + ctx.path() + ".");
                }
            }
        }
    }

    /** "//admin//x" and "/ADMIN/x" must not slip past the check, whatever the router makes of them. */
    static String normalise(String path) {
        String lower = path.toLowerCase(java.util.Locale.ROOT);
        if (!lower.contains("//")) {
            return lower;
        }
        StringBuilder out = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c != '/' || out.isEmpty() || out.charAt(out.length() - 1) != '/') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
